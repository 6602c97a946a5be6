import {
  type AlertLevel,
  type CompassPoint,
  compassPoint,
  type HazardCard,
  haversineDistanceMeters,
  initialBearingDegrees,
} from "@lianpian/domain";

/** One row of the nearest list, from the server or ranked on the phone. */
export interface NearestRow {
  id: number;
  name: string;
  hazardType: string;
  dangerGrade: string;
  currentAlert: string;
  threatenedPeople: number;
  lng: number;
  lat: number;
  distanceM: number;
  compass: CompassPoint | null;
  monitored: boolean;
}

export interface NearestFilter {
  onlyMine: boolean;
  alertLevels: readonly AlertLevel[];
}

/**
 * Ranks cached cards by distance from a position, for when there is no
 * network: the same order the server gives, within the sphere's error.
 */
export function rankNearest(
  cards: readonly HazardCard[],
  position: readonly [number, number],
  filter: NearestFilter,
  monitoredIds: ReadonlySet<number>,
  limit: number,
): NearestRow[] {
  const rows: NearestRow[] = [];
  for (const card of cards) {
    if (card.inventory_status !== "active") continue;
    const monitored = monitoredIds.has(card.id);
    if (filter.onlyMine && !monitored) continue;
    if (filter.alertLevels.length > 0 && !filter.alertLevels.includes(card.current_alert as AlertLevel))
      continue;
    const distanceM = haversineDistanceMeters(position, [card.lng, card.lat]);
    rows.push({
      id: card.id,
      name: card.name_zh,
      hazardType: card.hazard_type,
      dangerGrade: card.danger_grade,
      currentAlert: card.current_alert,
      threatenedPeople: card.threatened_people,
      lng: card.lng,
      lat: card.lat,
      distanceM,
      compass: distanceM < 1 ? null : compassPoint(initialBearingDegrees(position, [card.lng, card.lat])),
      monitored,
    });
  }
  return rows.sort((a, b) => a.distanceM - b.distanceM || a.id - b.id).slice(0, limit);
}
