import type { Mineral, miningMethod, scaleClass } from "../enums.ts";

export type MiningMethod = (typeof miningMethod.values)[number];
export type ScaleClass = (typeof scaleClass.values)[number];
export type ProductionUnit = "万t/a" | "万m3/a";

interface Thresholds {
  unit: ProductionUnit;
  /** Lower bound of large, inclusive. */
  large: number;
  /** Lower bound of medium, inclusive. */
  medium: number;
}

/*
 * Production-scale classes (矿山生产建设规模分类). Coal is the national table
 * (docs/domain-rules.md "Non-coal mine rectification" uses these classes). The non-coal rows approximate the national table
 * of 2004 (国土资发〔2004〕208号, 矿山生产建设规模分类一览表) from memory and are
 * good enough for demo data and dashboards; check them against the table in
 * force before using them for a regulatory decision. Construction stone is
 * graded in 万t/a as Shanxi's plans do (large ≥100, medium ≥50), not by the
 * 2004 table's 万m³ row, so that the Zezhou plan's "below 50 万t/a" quarry is
 * the small class.
 */
const TABLE: Partial<Record<Mineral, Partial<Record<MiningMethod, Thresholds>> & { any?: Thresholds }>> = {
  coal: {
    underground: { unit: "万t/a", large: 120, medium: 45 },
    // Combined working is graded like underground: the stricter reading.
    combined: { unit: "万t/a", large: 120, medium: 45 },
    open_pit: { unit: "万t/a", large: 400, medium: 100 },
  },
  iron: {
    underground: { unit: "万t/a", large: 100, medium: 30 },
    open_pit: { unit: "万t/a", large: 200, medium: 60 },
    combined: { unit: "万t/a", large: 100, medium: 30 },
  },
  bauxite: { any: { unit: "万t/a", large: 100, medium: 30 } },
  cement_limestone: { any: { unit: "万t/a", large: 100, medium: 50 } },
  dolomite: { any: { unit: "万t/a", large: 50, medium: 30 } },
  // Quarries in 万t/a as Shanxi counts them: the Zezhou plan's "below scale" (<50) is small.
  construction_stone: { any: { unit: "万t/a", large: 100, medium: 50 } },
  sand_gravel: { any: { unit: "万m3/a", large: 20, medium: 5 } },
  clay: { any: { unit: "万m3/a", large: 20, medium: 6 } },
};

/**
 * Bulk density (t/m³) used to compare a figure given in the other unit:
 * solid rock about 2.7, sand, gravel and clay as dug about 1.8.
 */
const DENSITY: Partial<Record<Mineral, number>> = { construction_stone: 2.7, sand_gravel: 1.8, clay: 1.8 };

export interface ScaleClassInput {
  mineral: Mineral;
  miningMethod: MiningMethod;
  /** Designed production capacity. */
  productionScale: number;
  unit: ProductionUnit;
}

/**
 * Mine scale class (large / medium / small) by mineral and mining method, or
 * null for minerals without a row (coalbed methane, other).
 * @example mineScaleClass({ mineral: "coal", miningMethod: "underground", productionScale: 120, unit: "万t/a" }) // "large"
 */
export function mineScaleClass(input: ScaleClassInput): ScaleClass | null {
  const row = TABLE[input.mineral];
  const t = row?.[input.miningMethod] ?? row?.any;
  if (!t) return null;
  const value = inUnit(input.productionScale, input.unit, t.unit, DENSITY[input.mineral] ?? 2.7);
  if (value >= t.large) return "large";
  if (value >= t.medium) return "medium";
  return "small";
}

function inUnit(value: number, from: ProductionUnit, to: ProductionUnit, density: number): number {
  if (from === to) return value;
  return from === "万t/a" ? value / density : value * density;
}

/** The thresholds used for a mineral and method, for display beside the class. */
export function scaleClassThresholds(mineral: Mineral, method: MiningMethod): Thresholds | null {
  const row = TABLE[mineral];
  return row?.[method] ?? row?.any ?? null;
}
