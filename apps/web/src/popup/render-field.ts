import { type Locale, vocabularyLabel } from "../i18n/locale.ts";
import { messages } from "../i18n/messages.ts";
import { formatNumber } from "../platform/format.ts";
import { countyName, formatAreaM2, formatDate, formatLengthM, formatWithUnit } from "./format.ts";
import type { FieldFormat } from "./popup-fields.ts";

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** Tiles may carry arrays as JSON text; the API sends real arrays. */
function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON after all: a single value
    }
  }
  return [value];
}

const asNumber = (value: unknown): number | null => {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
};

/** A record value as the popup prints it, or null when there is nothing to print. */
export function renderField(format: FieldFormat, value: unknown, locale: Locale): string | null {
  if (isEmpty(value)) return null;
  const separator = locale === "zh" ? "、" : ", ";
  switch (format.kind) {
    case "text":
      return String(value);
    case "vocab":
      return vocabularyLabel(format.vocab, value, locale);
    case "vocab_list":
      return asArray(value)
        .map((v) => vocabularyLabel(format.vocab, v, locale))
        .join(separator);
    case "list":
      return asArray(value).map(String).join(separator);
    case "county":
      return countyName(value, locale);
    case "date":
      return formatDate(value);
    case "bool":
      return value === true || value === "true" ? messages.yes[locale] : messages.no[locale];
    default: {
      const n = asNumber(value);
      if (n === null) return String(value);
      if (format.kind === "area_m2") return formatAreaM2(n, locale);
      if (format.kind === "length_m") return formatLengthM(n, locale);
      // Years print without grouping: 2025, not 2,025.
      if (!format.unit && n >= 1900 && n <= 2100 && Number.isInteger(n)) return String(n);
      return format.unit ? formatWithUnit(n, format.unit, locale) : formatNumber(n, locale);
    }
  }
}
