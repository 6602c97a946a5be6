import type { Locale } from "../i18n/locale.ts";

/**
 * Minutes as a short duration: "45 分钟", "3 小时 20 分", "2 天 4 小时".
 * @example elapsedText(200, "en") // "3 h 20 min"
 */
export function elapsedText(minutes: number, locale: Locale): string {
  const m = Math.max(0, Math.floor(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const zh = locale === "zh";
  if (days > 0) return zh ? `${days} 天 ${hours} 小时` : `${days} d ${hours} h`;
  if (hours > 0) return zh ? `${hours} 小时 ${mins} 分` : `${hours} h ${mins} min`;
  return zh ? `${mins} 分钟` : `${mins} min`;
}
