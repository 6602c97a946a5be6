import type { Phase, ZoneStatus } from "../enums.ts";
import { PHASE_YEARS } from "../zones/zone-phase.ts";
import { publicVocabulary } from "./vocabulary.ts";

/** Where a zone or subsidence area stood at the end of a year (the time slider's colours). */
export const progressState = publicVocabulary({
  later: { zh: "尚未开始", en: "Not yet started" },
  planned: { zh: "已列入计划", en: "Planned" },
  in_progress: { zh: "治理中", en: "In progress" },
  done: { zh: "已完成治理", en: "Done" },
});
export type ProgressState = (typeof progressState.values)[number];

export interface ZoneProgressFacts {
  phase: Phase;
  status: ZoneStatus;
  /** Sums of the zone's yearly rows: all years, and up to the year asked. */
  plannedTotalM2: number;
  plannedByYearM2: number;
  doneByYearM2: number;
  /** Whether the zone has any yearly rows at all. */
  hasYearly: boolean;
}

const FINISHED: readonly ZoneStatus[] = ["completed", "accepted", "aftercare"];

/**
 * A zone's state at the end of `year`. With yearly rows, the done area
 * against the planned area decides; without them only the phase and today's
 * status are known, so today's status is shown from the current year on (or
 * from the end of the phase, by which the plan said it would be done).
 * @example zoneStateAtYear({ phase: "near", status: "planned", plannedTotalM2: 10, plannedByYearM2: 10, doneByYearM2: 4, hasYearly: true }, 2024, 2026) // "in_progress"
 */
export function zoneStateAtYear(z: ZoneProgressFacts, year: number, currentYear: number): ProgressState {
  const [phaseStart, phaseEnd] = PHASE_YEARS[z.phase];
  if (z.hasYearly) {
    if (z.plannedTotalM2 > 0 && z.doneByYearM2 >= z.plannedTotalM2) return "done";
    if (z.doneByYearM2 > 0) return "in_progress";
    if (z.plannedByYearM2 > 0 || year >= phaseStart) return "planned";
    return "later";
  }
  if (FINISHED.includes(z.status) && year >= Math.min(phaseEnd, currentYear)) return "done";
  if (z.status === "in_progress" && year >= currentYear) return "in_progress";
  return year >= phaseStart ? "planned" : "later";
}

export interface SubsidenceProgressFacts {
  planYear: number | null;
  treatedYear: number | null;
  /** completed or accepted today */
  treated: boolean;
  inProgress: boolean;
}

/**
 * A subsidence area's state at the end of `year`: done from its treated
 * year, planned from its plan year, in progress from the current year when
 * work is under way today.
 */
export function subsidenceStateAtYear(
  s: SubsidenceProgressFacts,
  year: number,
  currentYear: number,
): ProgressState {
  if (s.treated && s.treatedYear !== null && s.treatedYear <= year) return "done";
  if (s.inProgress && year >= currentYear) return "in_progress";
  if (s.planYear !== null && s.planYear <= year) return "planned";
  return "later";
}
