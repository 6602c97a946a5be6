import { distance, toLocal, type XY } from "./frame.ts";
import type { HazardDraft } from "./hazards.ts";
import type { MineDraft } from "./mine-rows.ts";
import type { SubsidenceDraft } from "./subsidence.ts";

/** What a candidate zone would hold; its outline is the hull of `points`. */
export interface Members {
  points: XY[];
  mines: MineDraft[];
  basins: SubsidenceDraft[];
  hazards: HazardDraft[];
  expandM: number;
}

const ringPoints = (geom: { coordinates: number[][][][] }): XY[] =>
  (geom.coordinates[0]?.[0] ?? []).map((p) => toLocal(p as [number, number]));

function withBasins(mines: MineDraft[], basins: readonly SubsidenceDraft[]): Members {
  const keys = new Set(mines.map((m) => m.row.key));
  const own = basins.filter(
    (b) =>
      (b.row.responsibilities ?? []).every((r) => keys.has(r.mine_key)) &&
      (b.row.responsibilities ?? []).length > 0,
  );
  return {
    points: [
      ...mines.flatMap((m) => ringPoints(m.row.geom as never)),
      ...own.flatMap((b) => ringPoints(b.row.geom as never)),
    ],
    mines,
    basins: own,
    hazards: [],
    expandM: 300,
  };
}

/** Coal mines of a county with their nearest neighbours: one candidate per seed, most compact first. */
export function mineClusters(
  county: string,
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
): Members[] {
  const coal = mines.filter((m) => m.site.category === "coal" && m.site.county === county);
  return coal
    .map((seed) => {
      const near = coal
        .filter((m) => m !== seed)
        .map((m) => ({
          m,
          gap:
            distance(m.site.center, seed.site.center) -
            m.site.footprint.outerRadius -
            seed.site.footprint.outerRadius,
        }))
        .filter(({ gap }) => gap < 2500)
        .sort((a, b) => a.gap - b.gap)
        .slice(0, 2)
        .map(({ m }) => m);
      return { seed, near };
    })
    .filter(({ near }) => near.length >= 1)
    .sort((a, b) => b.near.length - a.near.length || a.seed.site.index - b.seed.site.index)
    .map(({ seed, near }) => withBasins([seed, ...near], basins));
}

/** Subsidence areas of a county close to one another. */
export function basinClusters(county: string, basins: readonly SubsidenceDraft[]): Members[] {
  const own = basins.filter((b) => b.row.county_code === county);
  return own
    .map((seed) =>
      own
        .filter((b) => distance(b.center, seed.center) < 8000)
        .sort((a, b) => distance(a.center, seed.center) - distance(b.center, seed.center))
        .slice(0, 3),
    )
    .filter((group) => group.length >= 2)
    .map((group) => ({
      points: group.flatMap((b) => ringPoints(b.row.geom as never)),
      mines: [],
      basins: group,
      hazards: [],
      expandM: 300,
    }));
}

/** Historic pits nearest a centre (the Chengqu plan's pits in sight of the rail and expressways). */
export function pitCluster(center: XY, mines: readonly MineDraft[], count: number): Members[] {
  const pits = mines
    .filter((m) => m.site.category === "historic")
    .sort((a, b) => distance(a.site.center, center) - distance(b.site.center, center));
  return [3, 2, 1].map((drop) => {
    const group = pits.slice(0, Math.max(2, count - drop + 1));
    return {
      points: group.flatMap((m) => ringPoints(m.row.geom as never)),
      mines: group,
      basins: [],
      hazards: [],
      expandM: 250,
    };
  });
}

/** Hazard points of a county in a tight group. */
export function hazardClusters(county: string, hazards: readonly HazardDraft[]): Members[] {
  const own = hazards.filter((h) => h.row.county_code === county && h.row.hazard_type !== "ground_collapse");
  return own
    .map((seed) =>
      own
        .filter((h) => distance(h.xy, seed.xy) < 5000)
        .sort((a, b) => distance(a.xy, seed.xy) - distance(b.xy, seed.xy))
        .slice(0, 6),
    )
    .filter((group) => group.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map((group) => ({
      points: group.map((h) => h.xy),
      mines: [],
      basins: [],
      hazards: group,
      expandM: 500,
    }));
}
