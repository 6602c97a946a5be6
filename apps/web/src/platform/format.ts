import { LOCALE_TAG, type Locale } from "../i18n/locale.ts";

/**
 * Numbers, dates and times in the interface language, through the one
 * locale tag (i18n/locale.ts LOCALE_TAG). Areas and lengths with units are
 * in popup/format.ts and plan/plan-format.ts, built on formatNumber.
 */

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits }).format(value);
}

type When = string | number | Date;

/** Date and time, e.g. 2026/3/5 14:02:11 or 3/5/2026, 2:02:11 PM. */
export function formatDateTime(value: When, locale: Locale): string {
  return new Date(value).toLocaleString(LOCALE_TAG[locale]);
}

export function formatDate(value: When, locale: Locale): string {
  return new Date(value).toLocaleDateString(LOCALE_TAG[locale]);
}

export function formatTime(value: When, locale: Locale): string {
  return new Date(value).toLocaleTimeString(LOCALE_TAG[locale]);
}
