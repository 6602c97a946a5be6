import { type DatasetTreatmentZone, type DatasetZoneParty, JINCHENG_COUNTIES } from "@lianpian/domain";
import { geodesicArea, squareMetersToMu, validatePolygonal } from "@lianpian/geo";
import type { CompanyDraft } from "./companies.ts";
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
import { circleTouchesRing, convexHull, expand, ringInside, ringToPathDistance, sampleRing } from "./hull.ts";
import type { MineDraft } from "./mine-rows.ts";
import { type Circle, insideRegion, type Region } from "./placement.ts";
import { DEMO_AS_OF_YEAR, FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";
import type { SubsidenceDraft } from "./subsidence.ts";
import { basinClusters, hazardClusters, type Members, mineClusters, pitCluster } from "./zone-members.ts";
import { LEAD, PHASE_YEARS, ZONE_SPECS, type ZoneSpec } from "./zone-specs.ts";

export interface ZoneContext {
  city: Region;
  counties: readonly Region[];
  protectedCircles: readonly Circle[];
  hsr: XY[][];
  expressways: XY[][];
}

/** Fund shares: each company's attributable damaged area over the total; ownerless damage is the government's. */
function parties(
  m: Members,
  spec: ZoneSpec,
  mines: readonly MineDraft[],
  companies: readonly CompanyDraft[],
  rng: Random,
): DatasetZoneParty[] {
  const area = new Map<string | null, number>();
  const credit = (owner: number | null) =>
    owner === null ? null : ((companies[owner] as CompanyDraft).row.credit_code as string);
  const add = (who: string | null, a: number) => area.set(who, (area.get(who) ?? 0) + a);
  if (spec.type === "contiguous_mine")
    for (const mine of m.mines) add(credit(mine.owner), geodesicArea(mine.row.geom));
  for (const b of m.basins) {
    const a = geodesicArea(b.row.geom);
    let left = 100;
    for (const r of b.row.responsibilities ?? []) {
      add(credit(mines.find((x) => x.row.key === r.mine_key)?.owner ?? null), (a * r.share_pct) / 100);
      left -= r.share_pct;
    }
    if (left > 0) add(null, (a * left) / 100);
  }
  if (spec.type === "historic_pit") add(null, 1);
  if (spec.type === "hazard_works") {
    add(null, 0.7);
    const holder = rng.pick(companies.filter((c) => c.kind === "noncoal"));
    add(holder.row.credit_code, 0.3);
  }
  const total = [...area.values()].reduce((s, v) => s + v, 0);
  const rows = [...area.entries()].map(([who, a]) => ({
    company_credit_code: who,
    share_pct: Math.round((a / total) * 100_000) / 1000,
  }));
  const drift = Math.round((100 - rows.reduce((s, r) => s + r.share_pct, 0)) * 1000) / 1000;
  const biggest = rows.reduce((b, r) => (r.share_pct > b.share_pct ? r : b));
  biggest.share_pct = Math.round((biggest.share_pct + drift) * 1000) / 1000;
  return rows.map((r) => ({ ...r, is_override: false }));
}

/** About six treatment zones: contiguous mine areas, a subsidence zone, the Chengqu pits, a hazard-works zone. */
export function buildZones(
  mines: readonly MineDraft[],
  basins: readonly SubsidenceDraft[],
  hazards: readonly HazardDraft[],
  companies: readonly CompanyDraft[],
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
    out.push(zoneRow(spec, township, chosen, mines, companies, ctx, rng.fork(spec.code), source));
  }
  return out;
}

function zoneRow(
  spec: ZoneSpec,
  township: string,
  chosen: { m: Members; hull: XY[]; ring: LngLat[] },
  mines: readonly MineDraft[],
  companies: readonly CompanyDraft[],
  ctx: ZoneContext,
  rng: Random,
  source: string,
): DatasetTreatmentZone {
  const geom = { type: "MultiPolygon" as const, coordinates: [[chosen.ring]] };
  const areaM2 = geodesicArea(geom);
  const samples = sampleRing(chosen.hull, 500);
  const countyCodes = ctx.counties.filter((c) => samples.some((p) => insideRegion(p, c))).map((c) => c.code);
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
    county_codes: countyCodes,
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
        : "矿山地质环境治理恢复基金、财政资金、社会资本",
    dist_hsr_m: Math.round(Math.min(...ctx.hsr.map((l) => ringToPathDistance(chosen.hull, l)))),
    dist_expressway_m: Math.round(
      Math.min(...ctx.expressways.map((l) => ringToPathDistance(chosen.hull, l))),
    ),
    geom,
    tasks: spec.tasks.map((kind) => ({
      task_kind: kind,
      lead_unit: `${unitPrefix}${LEAD[kind]}`,
      planned_area_m2: Math.round(restorable / spec.tasks.length),
      budget_wan: Math.round((budget / spec.tasks.length) * 100) / 100,
    })),
    parties: parties(chosen.m, spec, mines, companies, rng),
    yearly,
    data_source: source,
    remarks: `${FICTIONAL}；片区范围为成员图斑凸包外扩 outline is the convex hull of its members, widened`,
  };
}
