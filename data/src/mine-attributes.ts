import { mineScaleClass } from "@lianpian/domain";
import { planarRingArea } from "@lianpian/geo";
import type { MineSite } from "./mine-placement.ts";
import type { Random } from "./random.ts";

/** What a mine is and does, apart from its place, holder and licence number. */
export interface MineAttributes {
  status: string;
  productionScale: number | null;
  scaleClass: string | null;
  validFrom: string | null;
  validTo: string | null;
  safetyPermitValidTo: string | null;
  remainingYears: number | null;
  disposition: string | null;
  dispositionDoc: string | null;
  restorationState: string;
  suitability: string | null;
  greenLevel: string;
  greenYear: number | null;
}

const COAL_SCALES = [45, 60, 90, 120, 150, 180, 240, 300, 400, 500, 600, 800, 1000];
const DOC = "非煤矿山综合整治分类处置方案（演示引用 demo reference）";

const date = (rng: Random, year: number) =>
  `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;

function snap(value: number, steps: readonly number[]): number {
  return steps.reduce((best, s) => (Math.abs(s - value) < Math.abs(best - value) ? s : best));
}

function coal(site: MineSite, rng: Random): MineAttributes {
  const status = rng.weighted([
    ["producing", 0.74],
    ["building", 0.08],
    ["suspended", 0.1],
    ["closed", 0.08],
  ] as const);
  const areaKm2 = planarRingArea(site.footprint.ring) / 1e6;
  const productionScale = snap(areaKm2 * rng.float(6, 22), COAL_SCALES);
  const closed = status === "closed";
  const fromYear = closed ? rng.int(2005, 2012) : rng.int(2006, 2022);
  const toYear = closed ? rng.int(2019, 2024) : fromYear + rng.int(10, 30);
  return {
    status,
    productionScale,
    scaleClass: mineScaleClass({
      mineral: "coal",
      miningMethod: site.method,
      productionScale,
      unit: "万t/a",
    }),
    validFrom: date(rng, fromYear),
    validTo: date(rng, toYear),
    safetyPermitValidTo:
      status === "producing"
        ? date(rng, rng.int(2026, 2029))
        : status === "suspended"
          ? date(rng, rng.int(2023, 2026))
          : null,
    remainingYears: closed ? 0 : Math.round(rng.float(5, 60) * 10) / 10,
    disposition: null,
    dispositionDoc: null,
    restorationState: closed
      ? rng.weighted([
          ["in_progress", 0.4],
          ["restored", 0.35],
          ["accepted", 0.25],
        ] as const)
      : rng.weighted([
          ["not_started", 0.45],
          ["in_progress", 0.55],
        ] as const),
    suitability: closed ? rng.pick(["forest", "farmland", "grassland"]) : null,
    greenLevel: "none",
    greenYear: null,
  };
}

const NONCOAL_RANGE: Record<string, [number, number]> = {
  construction_stone: [10, 150],
  cement_limestone: [20, 300],
  bauxite: [5, 80],
  iron: [5, 120],
  sand_gravel: [5, 60],
  dolomite: [5, 80],
  clay: [2, 30],
  other: [5, 60],
};

/** The Zezhou plan's below-scale lines: 30 万t/a for bauxite, iron and cement limestone; 50 for quarries. */
function belowScale(mineral: string, scale: number): boolean {
  return ["bauxite", "iron", "cement_limestone"].includes(mineral) ? scale < 30 : scale < 50;
}

/**
 * Non-coal mines, classed roughly by the Zezhou rules: close-and-ban without
 * a safety licence or when mining beyond the boundary; guided exit when below
 * scale with under 5 years left; upgrade when at least medium with 5+ years;
 * consolidation for close neighbours on one ore body (drawn here as a chance);
 * a few new allocations; otherwise retained.
 */
function noncoal(site: MineSite, rng: Random): MineAttributes {
  const [lo, hi] = NONCOAL_RANGE[site.mineral] ?? [5, 60];
  const productionScale = Math.max(1, Math.round(rng.logUniform(lo, hi)));
  const scaleClass = mineScaleClass({
    mineral: site.mineral as "construction_stone",
    miningMethod: site.method,
    productionScale,
    unit: "万t/a",
  });
  const remainingYears = Math.round(rng.float(1, 25) * 10) / 10;
  const hasSafetyPermit = rng.chance(0.9);
  const overBoundary = rng.chance(0.05);
  let disposition: string;
  if (!hasSafetyPermit || overBoundary) disposition = "close_and_ban";
  else if (belowScale(site.mineral, productionScale) && remainingYears < 5) disposition = "guided_exit";
  else if (rng.chance(0.05)) disposition = "new_allocation";
  else if (rng.chance(0.1)) disposition = "consolidate";
  else if (scaleClass !== "small" && remainingYears >= 5) disposition = "upgrade";
  else disposition = "retain";
  const status =
    disposition === "close_and_ban"
      ? "closed"
      : disposition === "guided_exit"
        ? rng.weighted([
            ["suspended", 0.6],
            ["closed", 0.4],
          ] as const)
        : disposition === "new_allocation"
          ? "building"
          : disposition === "upgrade" || disposition === "consolidate"
            ? rng.weighted([
                ["producing", 0.8],
                ["suspended", 0.2],
              ] as const)
            : "producing";
  const closed = status === "closed";
  const fromYear = status === "building" ? rng.int(2022, 2025) : rng.int(2008, 2021);
  const toYear = closed ? Math.max(fromYear + 1, rng.int(2019, 2025)) : fromYear + rng.int(3, 12);
  return {
    status,
    productionScale,
    scaleClass,
    validFrom: date(rng, fromYear),
    validTo: date(rng, toYear),
    safetyPermitValidTo: hasSafetyPermit && !closed ? date(rng, rng.int(2025, 2028)) : null,
    remainingYears: closed ? 0 : remainingYears,
    disposition,
    dispositionDoc: `${site.county === "140525" ? "泽州县" : ""}${DOC}`,
    restorationState: closed
      ? rng.weighted([
          ["not_started", 0.2],
          ["in_progress", 0.4],
          ["restored", 0.25],
          ["accepted", 0.15],
        ] as const)
      : rng.weighted([
          ["not_started", 0.6],
          ["in_progress", 0.4],
        ] as const),
    suitability: closed ? rng.pick(["forest", "grassland", "landscape"]) : null,
    greenLevel: "none",
    greenYear: null,
  };
}

/**
 * Historic pits are restored nearest to the high-speed rail and expressways
 * first (Chengqu plan, 由近及远): `rank` is 0 for the nearest, 1 for the farthest.
 */
function historic(rank: number, rng: Random): MineAttributes {
  return {
    status: "historic_abandoned",
    productionScale: null,
    scaleClass: null,
    validFrom: null,
    validTo: null,
    safetyPermitValidTo: null,
    remainingYears: null,
    disposition: null,
    dispositionDoc: null,
    restorationState:
      rank < 0.25 ? "accepted" : rank < 0.45 ? "restored" : rank < 0.7 ? "in_progress" : "not_started",
    suitability: rng.weighted([
      ["forest", 0.35],
      ["landscape", 0.2],
      ["farmland", 0.2],
      ["grassland", 0.15],
      ["fishery", 0.05],
      ["construction", 0.05],
    ] as const),
    greenLevel: "none",
    greenYear: null,
  };
}

/** Draws every mine's attributes; then marks green mines so the rate sits just under 36 %. */
export function mineAttributes(sites: readonly MineSite[], rng: Random): MineAttributes[] {
  const historicOrder = sites
    .filter((s) => s.category === "historic")
    .sort((a, b) => a.lineDistanceM - b.lineDistanceM)
    .map((s) => s.index);
  const attributes = sites.map((s) => {
    const r = rng.fork(`attributes-${s.index}`);
    if (s.category === "coal") return coal(s, r);
    if (s.category === "noncoal") return noncoal(s, r);
    return historic(historicOrder.indexOf(s.index) / Math.max(1, historicOrder.length - 1), r);
  });
  markGreenMines(sites, attributes, rng.fork("green"));
  return attributes;
}

/**
 * Jincheng's goal is a 36 % green-mine rate by 2025; the demo sits just
 * under it: floor(35.5 %) of producing and building mines are on the
 * national or provincial list, large and medium coal mines first.
 */
function markGreenMines(sites: readonly MineSite[], attributes: MineAttributes[], rng: Random): void {
  const eligible = sites
    .map((s, i) => ({ s, a: attributes[i] as MineAttributes }))
    .filter(({ a }) => a.status === "producing" || a.status === "building");
  const weight = ({ s, a }: (typeof eligible)[number]) =>
    (s.category === "coal" ? (a.scaleClass === "large" ? 6 : 4) : a.scaleClass === "small" ? 0.5 : 1.5) *
    rng.float(0.5, 1.5);
  const ranked = eligible.map((e) => ({ e, w: weight(e) })).sort((x, y) => y.w - x.w);
  const green = Math.floor(0.355 * eligible.length);
  const submitted = Math.round(0.15 * eligible.length);
  ranked.forEach(({ e }, i) => {
    if (i < green) {
      const national = i < Math.round(green * 0.3);
      e.a.greenLevel = national ? "national" : "provincial";
      e.a.greenYear = national ? rng.int(2018, 2021) : rng.int(2019, 2025);
    } else if (i < green + submitted) {
      e.a.greenLevel = "submitted";
      e.a.greenYear = rng.int(2024, 2025);
    }
  });
}
