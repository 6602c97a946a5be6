import type { Phase } from "../enums.ts";

/** The years of each phase of the plans (近期 to 2025, 中期 2026–2028, 远期 2029–2035). */
export const PHASE_YEARS: Readonly<Record<Phase, readonly [number, number]>> = {
  near: [2019, 2025],
  middle: [2026, 2028],
  long: [2029, 2035],
};

/**
 * The phase a year belongs to; years before 2019 count as near term, years
 * after 2035 are outside the plans (null).
 * @example phaseOfYear(2027) // "middle"
 */
export function phaseOfYear(year: number): Phase | null {
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`);
  if (year <= PHASE_YEARS.near[1]) return "near";
  if (year <= PHASE_YEARS.middle[1]) return "middle";
  if (year <= PHASE_YEARS.long[1]) return "long";
  return null;
}

/** Yearly plan rows that fall outside the zone's phase (a warning, not an error: work may start early). */
export function yearsOutsidePhase(phase: Phase, years: readonly number[]): number[] {
  const [from, to] = PHASE_YEARS[phase];
  return years.filter((y) => y < from || y > to);
}
