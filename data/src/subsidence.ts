import type { DatasetSubsidenceArea } from "@lianpian/domain";
import { geodesicArea, gkZoneSrid, squareMetersToMu, toProjected } from "@lianpian/geo";
import type { VillageDraft } from "./context-features.ts";
import { distance, fromLocal, type XY } from "./frame.ts";
import type { MineDraft } from "./mine-rows.ts";
import type { Placer } from "./placement.ts";
import { DEMO_AS_OF_YEAR, FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";
import { blobFootprint, type EN, type Footprint, ringToLngLat } from "./shapes.ts";

export interface SubsidenceDraft {
  index: number;
  row: DatasetSubsidenceArea;
  /** The mine whose replica offset this area follows; null for ownerless ones. */
  anchor: number | null;
  center: XY;
  srid: 4546 | 4547;
  centerEN: EN;
  footprint: Footprint;
}

const COAL_COUNTIES = ["140521", "140525", "140581", "140522"];

function nearestVillage(p: XY, villages: readonly VillageDraft[]): VillageDraft {
  return villages.reduce((best, v) => (distance(v.xy, p) < distance(best.xy, p) ? v : best));
}

/**
 * About 70 coal-mining subsidence areas: 12 straddling two neighbouring mines
 * (two responsible mines), 40 inside one mine (100 %), 8 mixed (one mine's
 * share plus the government's), 10 ownerless historic ones (government).
 * Areas never overlap one another; `basins` keeps them apart.
 */
export function buildSubsidence(
  mines: readonly MineDraft[],
  villages: readonly VillageDraft[],
  basins: Placer,
  rng: Random,
  source: string,
): SubsidenceDraft[] {
  const coal = mines.filter((m) => m.site.category === "coal" && m.row.status !== "building");
  const used = new Set<number>();
  const out: SubsidenceDraft[] = [];
  const add = (
    center: XY,
    radius: number,
    county: string,
    anchor: number | null,
    shares: [number, number][] | null,
  ) => {
    const lngLat = fromLocal(center);
    const srid = gkZoneSrid(lngLat[0]);
    const centerEN = toProjected(lngLat, srid);
    const footprint = blobFootprint(centerEN, radius, rng.fork(`basin-${out.length}`), 14, 0.75);
    const geom = { type: "MultiPolygon" as const, coordinates: [[ringToLngLat(footprint.ring, srid, 7)]] };
    const village = nearestVillage(center, villages);
    const responsibility =
      shares === null ? "government" : shares.reduce((s, [, p]) => s + p, 0) < 100 ? "mixed" : "enterprise";
    out.push({
      index: out.length,
      anchor,
      center,
      srid,
      centerEN,
      footprint,
      row: subsidenceRow(
        out.length,
        county,
        village,
        geom,
        responsibility,
        shares,
        mines,
        villages,
        center,
        radius,
        rng.fork(`attrs-${out.length}`),
        source,
      ),
    });
  };
  // Two-mine areas on the gap between close neighbours.
  const pairs: [MineDraft, MineDraft][] = [];
  for (const a of rng.shuffle(coal)) {
    if (pairs.length >= 12) break;
    if (used.has(a.site.index)) continue;
    const b = coal
      .filter((m) => m !== a && !used.has(m.site.index))
      .map((m) => ({
        m,
        gap:
          distance(m.site.center, a.site.center) - m.site.footprint.coreRadius - a.site.footprint.coreRadius,
      }))
      .filter(({ gap }) => gap < 5000)
      .sort((x, y) => x.gap - y.gap)[0]?.m;
    if (!b) continue;
    const d = distance(a.site.center, b.site.center);
    const ca = a.site.footprint.coreRadius;
    const cb = b.site.footprint.coreRadius;
    const t = (d + ca - cb) / 2 / d;
    const center: XY = [
      a.site.center[0] + t * (b.site.center[0] - a.site.center[0]),
      a.site.center[1] + t * (b.site.center[1] - a.site.center[1]),
    ];
    // Reaches both mines' cores when the gap allows; capped so a basin stays a few km².
    const radius = Math.min(2200, (d - ca - cb) / 2 / 0.75 + rng.float(400, 800));
    if (!basins.fits(center, radius, a.site.county, 200)) continue;
    basins.add({ center, radius });
    used.add(a.site.index);
    used.add(b.site.index);
    pairs.push([a, b]);
    const share = rng.int(50, 75);
    add(center, radius, a.site.county, a.site.index, [
      [a.site.index, share],
      [b.site.index, 100 - share],
    ]);
  }
  // One-mine and mixed areas inside their mine.
  let inside = 0;
  for (const m of rng.shuffle(coal)) {
    if (inside >= 48) break;
    if (used.has(m.site.index)) continue;
    const core = m.site.footprint.coreRadius;
    const radius = core * rng.float(0.4, 0.65);
    const offset = (core - radius) * rng.float(0, 0.8);
    const angle = rng.float(0, 2 * Math.PI);
    const center: XY = [
      m.site.center[0] + offset * Math.cos(angle),
      m.site.center[1] + offset * Math.sin(angle),
    ];
    if (!basins.fits(center, radius, m.site.county, 200)) continue;
    basins.add({ center, radius });
    used.add(m.site.index);
    const mixed = inside >= 40;
    add(center, radius, m.site.county, m.site.index, [[m.site.index, mixed ? rng.int(40, 80) : 100]]);
    inside++;
  }
  // Ownerless historic areas from small mines closed long ago.
  for (let k = 0; k < 10; k++) {
    const county = COAL_COUNTIES[k % COAL_COUNTIES.length] as string;
    const radius = rng.float(400, 1200);
    const center = basins.place(county, radius, rng, 300);
    if (!center) throw new Error(`no room for a historic subsidence area in ${county}`);
    add(center, radius, county, null, null);
  }
  return out;
}

function subsidenceRow(
  index: number,
  county: string,
  village: VillageDraft,
  geom: DatasetSubsidenceArea["geom"],
  responsibility: string,
  shares: [number, number][] | null,
  mines: readonly MineDraft[],
  villages: readonly VillageDraft[],
  center: XY,
  radius: number,
  rng: Random,
  source: string,
): DatasetSubsidenceArea {
  const areaM2 = geodesicArea(geom);
  const damaged = areaM2 * rng.float(0.6, 0.95);
  const cultivated = damaged * rng.float(0.35, 0.6);
  const forest = damaged * rng.float(0.15, 0.35);
  const construction = damaged * rng.float(0.02, 0.08);
  const grass = Math.max(0, damaged - cultivated - forest - construction);
  const affected = villages.filter((v) => distance(v.xy, center) < radius + 1000);
  const households =
    affected.reduce((s, v) => s + Math.round(v.row.households * rng.float(0.1, 0.4)), 0) + rng.int(5, 60);
  const status = rng.weighted([
    ["untreated", 0.15],
    ["planned", 0.2],
    ["in_progress", 0.25],
    ["completed", 0.25],
    ["accepted", 0.15],
  ] as const);
  const done = status === "completed" || status === "accepted";
  const treatedYear = done ? rng.int(2019, DEMO_AS_OF_YEAR) : null;
  const planYear =
    status === "untreated"
      ? rng.chance(0.5)
        ? null
        : rng.int(2027, 2028)
      : status === "planned"
        ? rng.int(2026, 2028)
        : status === "in_progress"
          ? rng.int(2025, 2026)
          : (treatedYear as number) - rng.int(0, 1);
  const round2 = (v: number) => Math.round(v * 100) / 100;
  const key = (i: number) => (mines[i] as MineDraft).row.key;
  return {
    code: `CX-${county}-${String(index + 1).padStart(3, "0")}`,
    name_zh: `${village.row.name_zh.replace(/村$/, "")}采煤沉陷区`,
    county_code: county,
    townships: village.row.township ? [village.row.township] : [],
    responsibility,
    severity: rng.weighted([
      ["light", 0.4],
      ["moderate", 0.4],
      ["severe", 0.2],
    ] as const),
    stability: done || rng.chance(0.4) ? "settled" : "unsettled",
    ponding: rng.chance(0.15),
    damaged_cultivated_m2: round2(cultivated),
    damaged_forest_m2: round2(forest),
    damaged_grass_m2: round2(grass),
    damaged_construction_m2: round2(construction),
    villages_affected: affected.length,
    households_affected: households,
    people_affected: Math.round(households * rng.float(2.9, 3.4)),
    houses_damaged: Math.round(households * rng.float(0.1, 0.45)),
    treatment_modes: rng
      .shuffle(["relocation", "house_repair", "reclamation", "hazard_works", "ecological_restoration"])
      .slice(0, rng.int(1, 4))
      .sort(),
    reclamation_direction: rng.weighted([
      ["farmland", 0.4],
      ["forest", 0.3],
      ["grassland", 0.1],
      ["fishery", 0.05],
      ["landscape", 0.1],
      ["construction", 0.05],
    ] as const),
    plan_year: planYear,
    treated_year: treatedYear,
    status,
    budget_wan: round2(squareMetersToMu(damaged) * rng.float(1.0, 2.0)),
    geom,
    responsibilities: (shares ?? []).map(([mine, share]) => ({ mine_key: key(mine), share_pct: share })),
    data_source: source,
    remarks: responsibility === "government" ? `${FICTIONAL}；历史遗留无主沉陷区，政府负责` : FICTIONAL,
  };
}
