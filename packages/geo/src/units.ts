/** 1 亩 = 10000/15 m² (≈ 666.67 m²), the statutory mu. */
export const SQUARE_METERS_PER_MU = 10000 / 15;
export const SQUARE_METERS_PER_HECTARE = 10_000;
export const SQUARE_METERS_PER_SQUARE_KILOMETER = 1_000_000;

/** m² to 亩. @example squareMetersToMu(10000) // 15 */
export const squareMetersToMu = (m2: number): number => m2 / SQUARE_METERS_PER_MU;
export const muToSquareMeters = (mu: number): number => mu * SQUARE_METERS_PER_MU;
export const squareMetersToHectares = (m2: number): number => m2 / SQUARE_METERS_PER_HECTARE;
export const hectaresToSquareMeters = (ha: number): number => ha * SQUARE_METERS_PER_HECTARE;
export const squareMetersToSquareKilometers = (m2: number): number => m2 / SQUARE_METERS_PER_SQUARE_KILOMETER;
export const squareKilometersToSquareMeters = (km2: number): number =>
  km2 * SQUARE_METERS_PER_SQUARE_KILOMETER;
/** 亩 to hectares: 15 亩 = 1 ha. */
export const muToHectares = (mu: number): number => mu / 15;
export const hectaresToMu = (ha: number): number => ha * 15;

export type Locale = "zh" | "en";
export type AreaUnit = "m2" | "mu" | "ha" | "km2";

const AREA_LABELS: Record<AreaUnit, Record<Locale, string>> = {
  m2: { zh: "平方米", en: "m²" },
  mu: { zh: "亩", en: "mu" },
  ha: { zh: "公顷", en: "ha" },
  km2: { zh: "平方千米", en: "km²" },
};

const FROM_M2: Record<AreaUnit, (m2: number) => number> = {
  m2: (m2) => m2,
  mu: squareMetersToMu,
  ha: squareMetersToHectares,
  km2: squareMetersToSquareKilometers,
};

function formatNumber(value: number, digits: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

export interface FormatOptions {
  locale?: Locale;
  digits?: number;
}

/**
 * An area given in m², shown in the unit asked for. In Chinese, 亩 figures of
 * ten thousand or more use 万亩 as the plans do.
 * @example formatArea(29800, "mu", { locale: "zh" }) // "44.7亩"
 * @example formatArea(29800000, "mu", { locale: "zh" }) // "4.47万亩"
 * @example formatArea(29800, "ha", { locale: "en" }) // "2.98 ha"
 */
export function formatArea(m2: number, unit: AreaUnit, options: FormatOptions = {}): string {
  const locale = options.locale ?? "zh";
  const digits = options.digits ?? 2;
  const value = FROM_M2[unit](m2);
  if (locale === "zh") {
    if (unit === "mu" && Math.abs(value) >= 10_000)
      return `${formatNumber(value / 10_000, digits, "zh")}万亩`;
    return `${formatNumber(value, digits, "zh")}${AREA_LABELS[unit].zh}`;
  }
  return `${formatNumber(value, digits, "en")} ${AREA_LABELS[unit].en}`;
}

/**
 * A length in metres: metres below 1 km, kilometres above.
 * @example formatLength(1234, { locale: "zh" }) // "1.23千米"
 */
export function formatLength(meters: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? "zh";
  const digits = options.digits ?? 2;
  if (Math.abs(meters) < 1000) {
    const text = formatNumber(meters, Math.min(digits, 1), locale);
    return locale === "zh" ? `${text}米` : `${text} m`;
  }
  const text = formatNumber(meters / 1000, digits, locale);
  return locale === "zh" ? `${text}千米` : `${text} km`;
}

/**
 * Money in 万元 (the unit of the plans): 亿元 from 10000万元 up in Chinese,
 * CNY millions in English.
 * @example formatWan(12345, { locale: "zh" }) // "1.23亿元"
 * @example formatWan(12345, { locale: "en" }) // "CNY 123.45 million"
 */
export function formatWan(wan: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? "zh";
  const digits = options.digits ?? 2;
  if (locale === "zh") {
    if (Math.abs(wan) >= 10_000) return `${formatNumber(wan / 10_000, digits, "zh")}亿元`;
    return `${formatNumber(wan, digits, "zh")}万元`;
  }
  return `CNY ${formatNumber(wan / 100, digits, "en")} million`;
}
