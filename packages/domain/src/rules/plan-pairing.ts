/*
 * Plan-to-region pairing: each plan's figures belong to the region the plan
 * covers (Changzhi's subsidence reply to Changzhi 140400, the Jincheng plan's
 * targets to Jincheng 140500 and its counties). A dashboard for one region
 * shows only the figures of that region, of the cities above it (the city's
 * 36 % goal applies to each of its counties) and of the regions below it (a
 * city's dashboard lists its counties' targets) — never another city's.
 */

/** A plan region and the city it lies in (null for a city). */
export interface PlanRegionLink {
  code: string;
  parent_code: string | null;
}

/** The region the database's own data (mines, dams, zones) covers when no county is picked. */
export const HOME_CITY_CODE = "140500";

/** The codes of a region and every region above it, nearest first. */
function lineage(code: string, regions: readonly PlanRegionLink[]): string[] {
  const parent = new Map(regions.map((r) => [r.code, r.parent_code]));
  const out: string[] = [];
  for (let c: string | null | undefined = code; c && !out.includes(c); c = parent.get(c)) out.push(c);
  return out;
}

/** Whether a figure of region `figureRegion` belongs on the dashboard of region `shown`. */
export function figureBelongsTo(
  figureRegion: string,
  shown: string,
  regions: readonly PlanRegionLink[],
): boolean {
  return lineage(shown, regions).includes(figureRegion) || lineage(figureRegion, regions).includes(shown);
}

/**
 * The figures that belong on the dashboard of region `shown` (a county, a
 * city, or null for the home city).
 * @example figuresForRegion([{ region_code: "140400" }], "140521", regions) // [] — Changzhi's plan is not Qinshui's
 */
export function figuresForRegion<T extends { region_code: string }>(
  figures: readonly T[],
  shown: string | null,
  regions: readonly PlanRegionLink[],
): T[] {
  return figures.filter((f) => figureBelongsTo(f.region_code, shown ?? HOME_CITY_CODE, regions));
}
