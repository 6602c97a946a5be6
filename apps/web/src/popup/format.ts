import { JINCHENG_CITY, JINCHENG_COUNTIES, type Label } from "@lianpian/domain";
import type { Locale } from "../i18n/locale.ts";
import { formatNumber } from "../platform/format.ts";

/** 1 亩 = 10000/15 m². */
const M2_PER_MU = 10000 / 15;

/** An area stored in m², shown as planners count it: 亩 first, hectares beside. */
export function formatAreaM2(m2: number, locale: Locale): string {
  const mu = formatNumber(m2 / M2_PER_MU, locale, 1);
  const ha = formatNumber(m2 / 10000, locale, 2);
  return locale === "zh" ? `${mu} 亩（${ha} 公顷）` : `${mu} mu (${ha} ha)`;
}

export function formatLengthM(m: number, locale: Locale): string {
  return m >= 1000 ? `${formatNumber(m / 1000, locale, 2)} km` : `${formatNumber(m, locale, 0)} m`;
}

const UNITS: Record<string, Label> = {
  people: { zh: "人", en: "people" },
  households: { zh: "户", en: "households" },
  wan_yuan: { zh: "万元", en: "×10⁴ yuan" },
  percent: { zh: "%", en: "%" },
  years: { zh: "年", en: "years" },
  km2: { zh: "平方千米", en: "km²" },
  m: { zh: "米", en: "m" },
};
export type Unit = keyof typeof UNITS;

export function formatWithUnit(value: number, unit: Unit, locale: Locale): string {
  const label = UNITS[unit]?.[locale] ?? "";
  const sep = unit === "percent" || (locale === "zh" && unit !== "wan_yuan" && unit !== "km2") ? "" : " ";
  return `${formatNumber(value, locale)}${sep}${label}`;
}

/** County (or city) name from its GB/T 2260 code. */
export function countyName(code: unknown, locale: Locale): string {
  const text = String(code ?? "").trim();
  const region = [JINCHENG_CITY, ...JINCHENG_COUNTIES].find((r) => r.code === text);
  if (!region) return text;
  return locale === "zh" ? region.nameZh : region.nameEn;
}

/** A date or timestamp as YYYY-MM-DD (the way registers print them). */
export function formatDate(value: unknown): string {
  const text = String(value ?? "");
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}
