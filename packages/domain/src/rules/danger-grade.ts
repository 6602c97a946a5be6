import type { DangerGrade } from "../enums.ts";

/*
 * Danger grade (险情等级) of a geo-hazard point, from the national grading
 * used in Shanxi's inventories: 特大型 ≥1000 threatened people or ≥1亿元
 * potential loss; 大型 500–1000 people or 5000万–1亿元; 中型 100–500 people or
 * 500万–5000万元; 小型 below. Lower bounds are inclusive. Money is in 万元.
 */
const ORDER: readonly DangerGrade[] = ["small", "medium", "large", "huge"];

/** Grade by threatened people alone. @example dangerGradeByPeople(500) // "large" */
export function dangerGradeByPeople(people: number): DangerGrade {
  if (people >= 1000) return "huge";
  if (people >= 500) return "large";
  if (people >= 100) return "medium";
  return "small";
}

/** Grade by potential economic loss in 万元 alone. @example dangerGradeByLossWan(10_000) // "huge" */
export function dangerGradeByLossWan(lossWan: number): DangerGrade {
  if (lossWan >= 10_000) return "huge";
  if (lossWan >= 5_000) return "large";
  if (lossWan >= 500) return "medium";
  return "small";
}

/** The higher of two grades. */
export function higherDangerGrade(a: DangerGrade, b: DangerGrade): DangerGrade {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

export interface DangerGradeInput {
  threatenedPeople: number;
  /** Potential economic loss (threatened property), 万元. */
  potentialLossWan: number;
}

/**
 * The computed danger grade: the higher of the people and the loss criteria.
 * @example computeDangerGrade({ threatenedPeople: 120, potentialLossWan: 6000 }) // "large"
 */
export function computeDangerGrade(input: DangerGradeInput): DangerGrade {
  return higherDangerGrade(
    dangerGradeByPeople(input.threatenedPeople),
    dangerGradeByLossWan(input.potentialLossWan),
  );
}

/** The grade in force: a planner's override when set, else the computed one. */
export function effectiveDangerGrade(
  computed: DangerGrade,
  override: DangerGrade | null | undefined,
): DangerGrade {
  return override ?? computed;
}
