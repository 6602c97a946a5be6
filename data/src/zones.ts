import { type DatasetTreatmentZone, JINCHENG_COUNTIES } from "@lianpian/domain";
import { geodesicArea, squareMetersToMu, validatePolygonal } from "@lianpian/geo";
import type { VillageDraft } from "./context-features.ts";
import {
  close,
  distance,
  fromLocal,
  type LngLat,
  orientRing,
  roundPosition,
  toLocal,
  type XY,
} from "./frame.ts";
import type { HazardDraft } from "./hazards.ts";
import { circleTouchesRing, convexHull, expand, ringInside } from "./hull.ts";
import type { MineDraft } from "./mine-rows.ts";
import type { Circle, Region } from "./placement.ts";
import { DEMO_AS_OF_YEAR, FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";
import type { SubsidenceDraft } from "./subsidence.ts";
import { basinClusters, hazardClusters, type Members, mineClusters, pitCluster } from "./zone-members.ts";
import { LEAD, PHASE_YEARS, ZONE_SPECS, type ZoneSpec } from "./zone-specs.ts";

export interface ZoneContext {
  city: Region;
  protectedCircles: readonly Circle[];
}

/** About six treatment zones: contiguous mine areas, a subsidence zone, the Chengqu pits, a hazard-works zone. */
export function buildZones(
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
  hazards: readonly HazardDraft[],
  villages: readonly VillageDraft[],
  ctx: ZoneContext,
  rng: Random,
  source: string,
): DatasetTreatmentZone[] {
  const accepted: LngLat[][] = [];
  const out: DatasetTreatmentZone[] = [];
  for (const spec of ZONE_SPECS) {
    const candidates =
      spec.type === "contiguous_mine"
        ? mineClusters(spec.county, mines, basins)
        : spec.type === "subsidence"
          ? basinClusters(spec.county, basins)
          : spec.type === "historic_pit"
            ? pitCluster(toLocal([112.865, 35.5]), mines, 5)
            : hazardClusters(spec.county, hazards);
    let chosen: { m: Members; hull: XY[]; ring: LngLat[] } | null = null;
    for (const m of candidates) {
      const hull = expand(convexHull(m.points), m.expandM);
      if (!ringInside(hull, ctx.city, 200)) continue;
      if (ctx.protectedCircles.some((c) => circleTouchesRing(c.center, c.radius, hull))) continue;
      const ring = orientRing(close(hull.map((p) => roundPosition(fromLocal(p), 7))), true);
      const together = { type: "MultiPolygon", coordinates: [...accepted, ring].map((r) => [r]) };
      if (!validatePolygonal(together).ok) continue;
      chosen = { m, hull, ring };
      break;
    }
    if (!chosen) throw new Error(`no outline found for zone ${spec.code}`);
    accepted.push(chosen.ring);
    const cx = chosen.hull.reduce((t, p) => t + p[0], 0) / chosen.hull.length;
    const cy = chosen.hull.reduce((t, p) => t + p[1], 0) / chosen.hull.length;
    const near = villages
      .filter((v) => v.row.county_code === spec.county)
      .reduce((b, v) => (distance(v.xy, [cx, cy]) < distance(b.xy, [cx, cy]) ? v : b));
    const township = spec.county === "140502" ? "" : (near.row.township ?? "");
    out.push(zoneRow(spec, township, chosen, rng.fork(spec.code), source));
  }
  return out;
}

/**
 * A zone's row. What its outline decides (counties, distances to the lines,
 * fund shares from the damage inside) is left to the database, which derives
 * it on import with the zone report's queries.
 */
function zoneRow(
  spec: ZoneSpec,
  township: string,
  chosen: { m: Members; hull: XY[]; ring: LngLat[] },
  rng: Random,
  source: string,
): DatasetTreatmentZone {
  const geom = { type: "MultiPolygon" as const, coordinates: [[chosen.ring]] };
  const areaM2 = geodesicArea(geom);
  const countyName = JINCHENG_COUNTIES.find((c) => c.code === spec.county)?.nameZh ?? "";
  const unitPrefix = spec.county === "140502" ? "晋城市城区" : countyName;
  const restorable = areaM2 * rng.float(0.5, 0.8);
  const restoration = Object.fromEntries(spec.directions.map(([k, f]) => [k, Math.round(restorable * f)]));
  const budget = Math.round(squareMetersToMu(restorable) * rng.float(0.8, 2) * 100) / 100;
  const [y0, y1] = PHASE_YEARS[spec.phase] as [number, number];
  const years = y1 - y0 + 1;
  const working = ["in_progress", "completed", "accepted", "aftercare"].includes(spec.status);
  const yearly = [];
  for (let year = 2021; year <= 2028; year++) {
    const inPhase = year >= y0 && year <= y1;
    const plannedArea = inPhase ? Math.round(restorable / years) : 0;
    const plannedSpend = inPhase ? Math.round((budget / years) * 100) / 100 : 0;
    const doneFactor =
      working && inPhase && year <= DEMO_AS_OF_YEAR
        ? spec.status === "in_progress"
          ? rng.float(0.55, 1.05)
          : rng.float(0.95, 1.08)
        : 0;
    yearly.push({
      year,
      planned_area_m2: plannedArea,
      done_area_m2: Math.round(plannedArea * doneFactor),
      planned_spend_wan: plannedSpend,
      done_spend_wan: Math.round(plannedSpend * doneFactor * 100) / 100,
    });
  }
  return {
    code: spec.code,
    name_zh: `${countyName}${township}${spec.suffix}`,
    zone_type: spec.type,
    damage_types:
      spec.type === "hazard_works"
        ? ["subsidence"]
        : spec.type === "subsidence"
          ? ["subsidence", "occupation"]
          : ["excavation", "occupation", "subsidence"],
    restoration_m2: restoration,
    implementation_mode: spec.mode,
    phase: spec.phase,
    status: spec.status,
    budget_wan: budget,
    fund_sources:
      spec.type === "historic_pit"
        ? "中央和省级财政资金、市县配套"
        : spec.type === "hazard_works"
          ? "地质灾害防治财政资金"
          : "矿山地质环境治理恢复基金、财政资金、社会资本",
    // Hazard works on ground no mine damaged: the planner's recorded split, all public money.
    ...(spec.type === "hazard_works"
      ? { parties: [{ company_credit_code: null, share_pct: 100, is_override: true }] }
      : {}),
    geom,
    tasks: spec.tasks.map((kind) => ({
      task_kind: kind,
      lead_unit: `${unitPrefix}${LEAD[kind]}`,
      planned_area_m2: Math.round(restorable / spec.tasks.length),
      budget_wan: Math.round((budget / spec.tasks.length) * 100) / 100,
    })),
    yearly,
    data_source: source,
    remarks: `${FICTIONAL}；片区范围为成员图斑凸包外扩 outline is the convex hull of its members, widened`,
  };
}
