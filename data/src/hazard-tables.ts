import type { Random } from "./random.ts";

/** Ground collapses (地面塌陷) per coal county: 99 in all, as in the 2020 inventory. */
export const GROUND_COLLAPSES: Record<string, number> = {
  "140521": 32,
  "140525": 30,
  "140581": 22,
  "140522": 15,
};

/** The other 223 points by county and type (mountain counties get the slope hazards). */
export const OTHER_HAZARDS: Record<string, Record<string, number>> = {
  "140521": {
    collapse: 15,
    landslide: 12,
    unstable_slope: 10,
    ground_fissure: 6,
    debris_flow: 5,
    land_subsidence: 0,
  },
  "140522": {
    collapse: 18,
    landslide: 14,
    unstable_slope: 11,
    ground_fissure: 5,
    debris_flow: 6,
    land_subsidence: 1,
  },
  "140525": {
    collapse: 11,
    landslide: 9,
    unstable_slope: 8,
    ground_fissure: 6,
    debris_flow: 2,
    land_subsidence: 4,
  },
  "140524": {
    collapse: 18,
    landslide: 13,
    unstable_slope: 10,
    ground_fissure: 4,
    debris_flow: 5,
    land_subsidence: 0,
  },
  "140581": {
    collapse: 5,
    landslide: 4,
    unstable_slope: 3,
    ground_fissure: 3,
    debris_flow: 0,
    land_subsidence: 3,
  },
  "140502": {
    collapse: 3,
    landslide: 3,
    unstable_slope: 3,
    ground_fissure: 1,
    debris_flow: 0,
    land_subsidence: 2,
  },
};

/** The 2020 Jincheng inventory: its 322 points threaten 19,791 people (real figures). */
export const INVENTORY_PEOPLE = 19_791;

interface SizeRule {
  unit: "m3" | "m2";
  min: number;
  max: number;
  /** Lower bounds of medium, large and huge. */
  grades: [number, number, number];
}

/*
 * Size and scale grade by type, after the usual geo-hazard survey grading
 * (volumes for slope hazards, areas for ground hazards); approximate.
 */
const SIZE: Record<string, SizeRule> = {
  collapse: { unit: "m3", min: 500, max: 60_000, grades: [1e4, 1e5, 1e6] },
  landslide: { unit: "m3", min: 2_000, max: 600_000, grades: [1e5, 1e6, 1e7] },
  unstable_slope: { unit: "m3", min: 1_000, max: 300_000, grades: [1e5, 1e6, 1e7] },
  debris_flow: { unit: "m3", min: 1_000, max: 120_000, grades: [2e4, 2e5, 5e5] },
  ground_collapse: { unit: "m2", min: 200, max: 300_000, grades: [1e5, 1e6, 1e7] },
  ground_fissure: { unit: "m2", min: 300, max: 60_000, grades: [1e5, 1e6, 1e7] },
  land_subsidence: { unit: "m2", min: 5e5, max: 5e6, grades: [1e7, 1e8, 1e9] },
};

export function hazardSize(type: string, rng: Random): { value: number; unit: "m3" | "m2"; grade: string } {
  const rule = SIZE[type] as SizeRule;
  const value = Math.round(rng.logUniform(rule.min, rule.max));
  const [m, l, h] = rule.grades;
  const grade = value >= h ? "huge" : value >= l ? "large" : value >= m ? "medium" : "small";
  return { value, unit: rule.unit, grade };
}

export const TRIGGERS: Record<string, string[][]> = {
  collapse: [["rainfall"], ["rainfall", "freeze_thaw"], ["rainfall", "slope_cut"]],
  landslide: [["rainfall"], ["rainfall", "slope_cut"], ["rainfall", "groundwater"]],
  unstable_slope: [["rainfall", "slope_cut"], ["rainfall"]],
  debris_flow: [["rainfall"]],
  ground_collapse: [["mining"], ["mining", "groundwater"], ["mining", "rainfall"]],
  ground_fissure: [["mining"], ["mining", "rainfall"], ["groundwater"]],
  land_subsidence: [["groundwater"], ["groundwater", "mining"]],
};

export const THREAT_OBJECTS = ["居民房屋", "乡村道路", "学校", "农田", "输电线路", "县乡公路"];
export const SIGNALS = ["鸣锣", "口哨", "高音喇叭", "手摇报警器", "电话通知", "微信群"];

/**
 * Splits `total` people over points by weight, at least `floor` each, with
 * the largest-remainder method so the sum is exact.
 */
export function allocate(total: number, weights: readonly number[], floor: number): number[] {
  const rest = total - floor * weights.length;
  if (rest < 0) throw new RangeError("total below the floor");
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (rest * w) / sum);
  const out = raw.map((r) => floor + Math.floor(r));
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out;
}
