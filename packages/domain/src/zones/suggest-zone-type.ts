import type { zoneType } from "../enums.ts";

type ZoneType = (typeof zoneType.values)[number];

/** What a candidate zone is made of (counts of damage features by kind). */
export interface ProposalMembers {
  historic_pits: number;
  closed_mines: number;
  subsidence: number;
  hazards: number;
}

/**
 * The zone type a candidate most likely is: only historic pits → historic
 * pit zone; subsidence areas and nothing mined → subsidence zone; only hazard
 * points → hazard works; anything mixed with mines → contiguous mine area.
 * @example suggestZoneType({ historic_pits: 3, closed_mines: 0, subsidence: 0, hazards: 1 }) // "historic_pit"
 */
export function suggestZoneType(m: ProposalMembers): ZoneType {
  const mines = m.historic_pits + m.closed_mines;
  if (m.historic_pits > 0 && m.closed_mines === 0 && m.subsidence === 0) return "historic_pit";
  if (m.subsidence > 0 && mines === 0) return "subsidence";
  if (m.hazards > 0 && mines === 0 && m.subsidence === 0) return "hazard_works";
  return "contiguous_mine";
}
