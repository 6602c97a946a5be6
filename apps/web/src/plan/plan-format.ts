import { formatArea, formatLength } from "@lianpian/geo";
import { formatNumber } from "../platform/format.ts";

type Locale = "zh" | "en";

/** Area in 亩 and ha (the plans' units), e.g. "6,000亩 / 400公顷". */
export function areaText(m2: number, locale: Locale): string {
  return `${formatArea(m2, "mu", { locale })} / ${formatArea(m2, "ha", { locale })}`;
}

/** Area in 亩, ha and km². */
export function areaFull(m2: number, locale: Locale): string {
  return `${areaText(m2, locale)} / ${formatArea(m2, "km2", { locale, digits: 3 })}`;
}

export function lengthText(m: number | null | undefined, locale: Locale): string {
  return m === null || m === undefined ? "—" : formatLength(m, { locale });
}

export function pct(value: number, digits = 1): string {
  return `${value.toFixed(digits)}%`;
}

export function int(value: number, locale: Locale): string {
  return formatNumber(value, locale, 0);
}

/** The class of a table column of numbers (right-aligned). */
export const NUM = "lp-plan-num";
