import { computeDangerGrade, type DatasetHazardPoint, hazardType } from "@lianpian/domain";
import { pointInPolygon } from "@lianpian/geo";
import type { VillageDraft } from "./context-features.ts";
import { distance, fromLocal, roundPosition, type XY } from "./frame.ts";
import { hazardDetails } from "./hazard-details.ts";
import { allocate, GROUND_COLLAPSES, INVENTORY_PEOPLE, OTHER_HAZARDS } from "./hazard-tables.ts";
import type { MineDraft } from "./mine-rows.ts";
import { insideWithClearance, type Placer } from "./placement.ts";
import type { Random } from "./random.ts";
import type { SubsidenceDraft } from "./subsidence.ts";

const STEP_UP: Record<string, string> = { small: "medium", medium: "large", large: "huge" };

export interface HazardDraft {
  row: DatasetHazardPoint;
  /** The mine whose replica offset this point follows (ground collapses), else null. */
  anchor: number | null;
  xy: XY;
}

interface Seat {
  type: string;
  county: string;
  xy: XY;
  mine: MineDraft | null;
  basin: SubsidenceDraft | null;
  village: VillageDraft;
}

function nearest(p: XY, villages: readonly VillageDraft[]): VillageDraft {
  return villages.reduce((best, v) => (distance(v.xy, p) < distance(best.xy, p) ? v : best));
}

function around(center: XY, maxR: number, rng: Random): XY {
  const a = rng.float(0, 2 * Math.PI);
  const r = maxR * Math.sqrt(rng.next());
  return [center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)];
}

/**
 * Where each of the 322 points sits: ground collapses inside subsidence
 * areas (about 55 %) or coal mines, the rest on slopes near villages.
 */
function seats(
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
  villages: readonly VillageDraft[],
  placer: Placer,
  rng: Random,
): Seat[] {
  const out: Seat[] = [];
  for (const [county, n] of Object.entries(GROUND_COLLAPSES)) {
    const countyBasins = basins.filter((b) => b.row.county_code === county);
    const countyMines = mines.filter((m) => m.site.category === "coal" && m.site.county === county);
    for (let i = 0; i < n; i++) {
      const inBasin = countyBasins.length > 0 && i < Math.round(n * 0.55);
      if (inBasin) {
        const basin = countyBasins[i % countyBasins.length] as SubsidenceDraft;
        const xy = around(basin.center, basin.footprint.coreRadius * 0.8, rng);
        const key = basin.row.responsibilities?.[0]?.mine_key;
        const mine = key ? (mines.find((m) => m.row.key === key) ?? null) : null;
        out.push({ type: "ground_collapse", county, xy, mine, basin, village: nearest(xy, villages) });
      } else {
        const mine = rng.pick(countyMines);
        const xy = around(mine.site.center, mine.site.footprint.coreRadius * 0.8, rng);
        const lngLat = fromLocal(xy);
        const basin = basins.find((b) => pointInPolygon(lngLat, b.row.geom)) ?? null;
        out.push({ type: "ground_collapse", county, xy, mine, basin, village: nearest(xy, villages) });
      }
    }
  }
  for (const [county, types] of Object.entries(OTHER_HAZARDS)) {
    const region = placer.region(county);
    const countyVillages = villages.filter((v) => v.row.county_code === county);
    for (const [type, n] of Object.entries(types)) {
      for (let i = 0; i < n; i++) {
        const village = rng.pick(countyVillages);
        let xy: XY = village.xy;
        for (let attempt = 0; attempt < 50; attempt++) {
          const c: XY = around(village.xy, 1500, rng);
          if (distance(c, village.xy) > 200 && insideWithClearance(c, region, 300)) {
            xy = c;
            break;
          }
        }
        out.push({ type, county, xy, mine: null, basin: null, village });
      }
    }
  }
  return out;
}

/**
 * Exactly 322 hazard points threatening exactly 19,791 people (the 2020
 * Jincheng inventory), 99 of them ground collapses linked to coal mines and
 * subsidence areas. The danger grade follows the rule.
 */
export function buildHazards(
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
  villages: readonly VillageDraft[],
  placer: Placer,
  rng: Random,
  source: string,
): HazardDraft[] {
  const all = seats(mines, basins, villages, placer, rng.fork("seats"));
  const weightRng = rng.fork("people");
  const weights = all.map((s, i) => {
    const typeFactor = s.type === "ground_collapse" ? 1.4 : s.type === "land_subsidence" ? 2 : 1;
    // Two collapses under large villages, and a few large slope hazards: the inventory's big points.
    const boost = s.type === "ground_collapse" && i < 2 ? 14 : i % 40 === 7 ? 6 : 1;
    return Math.exp(weightRng.normal()) * typeFactor * boost * (s.county === "140502" ? 1.5 : 1);
  });
  const people = allocate(INVENTORY_PEOPLE, weights, 3);
  const serial = new Map<string, number>();
  const special = rng.fork("special");
  const alerts = new Map<number, string>();
  const alertPool = special.shuffle(all.map((_, i) => i));
  for (const [k, level] of ["orange", "yellow", "yellow", "blue", "blue"].entries())
    alerts.set(alertPool[k] as number, level);
  const writtenOff = new Set(alertPool.slice(5, 13));
  const overridden = new Set(alertPool.slice(13, 16));
  return all.map((s, i) => {
    const r = rng.fork(`hazard-${i}`);
    const n = (serial.get(s.county) ?? 0) + 1;
    serial.set(s.county, n);
    const typeLabel = hazardType.labels[s.type as "collapse"].zh;
    const details = hazardDetails(s.type, people[i] as number, s.village, s.xy, s.mine, r, {
      alert: alerts.get(i) ?? "none",
      writtenOff: writtenOff.has(i),
    });
    const computed = computeDangerGrade({
      threatenedPeople: people[i] as number,
      potentialLossWan: details.threatened_property_wan ?? 0,
    });
    const row: DatasetHazardPoint = {
      unified_code: `${s.county}${String(n).padStart(6, "0")}`,
      name_zh: `${s.village.row.name_zh}${typeLabel}`,
      hazard_type: s.type,
      county_code: s.county,
      township: s.village.row.township ?? null,
      village: s.village.row.name_zh,
      ...details,
      danger_grade: computed,
      danger_grade_override: overridden.has(i) ? (STEP_UP[computed] ?? null) : null,
      mine_key: s.mine?.row.key ?? null,
      subsidence_code: s.basin?.row.code ?? null,
      geom: { type: "Point", coordinates: roundPosition(fromLocal(s.xy), 7) },
      data_source: source,
      remarks: overridden.has(i)
        ? "虚构对象 fictional record；险情等级经专家会商上调 grade raised after expert review"
        : "虚构对象 fictional record",
    };
    return { row, anchor: s.type === "ground_collapse" ? (s.mine?.site.index ?? null) : null, xy: s.xy };
  });
}
