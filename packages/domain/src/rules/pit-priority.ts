/*
 * Priority of historic open pits (城区 plan): restore them nearest first to
 * the high-speed railways and expressways (由近及远), and all pits visible
 * from those lines by the end of 2025. "Visible from the line" is a band of
 * a set width either side of the line (a setting; default 1000 m, the
 * distance at which a quarry face still reads from a train or car in the
 * plan's photographs — an assumption, not a figure of the plan).
 */

export const DEFAULT_VISIBLE_BAND_M = 1000;
/** The plan's goal: every pit visible from the lines restored by the end of this year. */
export const VISIBLE_PITS_GOAL_YEAR = 2025;

export interface PitDistance {
  id: number;
  /** Geodesic distance to the nearest high-speed railway or expressway, m; null when there is none. */
  distance_m: number | null;
  restoration_state: "not_started" | "in_progress" | "restored" | "accepted";
}

export interface RankedPit<P extends PitDistance> {
  pit: P;
  /** 1 = first to restore. */
  rank: number;
  visible: boolean;
}

/**
 * Pits ranked nearest first (ties by id; pits with no line last); `visible`
 * when within the band (inclusive).
 * @example rankPits([{ id: 1, distance_m: 900, restoration_state: "not_started" }], 1000)[0].visible // true
 */
export function rankPits<P extends PitDistance>(
  pits: readonly P[],
  bandM = DEFAULT_VISIBLE_BAND_M,
): RankedPit<P>[] {
  if (!(bandM >= 0)) throw new RangeError(`bad band: ${bandM}`);
  return [...pits]
    .sort((a, b) => (a.distance_m ?? Infinity) - (b.distance_m ?? Infinity) || a.id - b.id)
    .map((pit, i) => ({ pit, rank: i + 1, visible: pit.distance_m !== null && pit.distance_m <= bandM }));
}

/** Progress on the goal: visible pits restored (restored or accepted) of all visible pits. */
export function visiblePitsProgress(ranked: readonly RankedPit<PitDistance>[]) {
  const visible = ranked.filter((r) => r.visible);
  const restored = visible.filter(
    (r) => r.pit.restoration_state === "restored" || r.pit.restoration_state === "accepted",
  ).length;
  return {
    visible: visible.length,
    restored,
    pct: visible.length === 0 ? 100 : Math.round((restored / visible.length) * 1000) / 10,
    goal_year: VISIBLE_PITS_GOAL_YEAR,
    met: restored === visible.length,
  };
}
