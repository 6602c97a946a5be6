import type { Label } from "@lianpian/domain";

/** One reason an alert was raised, as the API gives it. */
export interface AlertReasonLike {
  rule: string;
  level?: string;
  parameter?: string;
  value?: number;
  warnValue?: number;
  crackId?: string;
}

/**
 * Which value passed which threshold, in words.
 * @example reasonText({ rule: "threshold", parameter: "crack_change_mm", value: 12, warnValue: 10 }, "en", name)
 *   // "Crack change 12 ≥ 10"
 */
export function reasonText(
  r: AlertReasonLike,
  locale: "zh" | "en",
  parameterName: (parameter: string) => string,
): string {
  if (r.rule === "threshold" && r.parameter) {
    const name = parameterName(r.parameter);
    const crack = r.crackId ? ` ${r.crackId}` : "";
    return `${name}${crack} ${r.value} ≥ ${r.warnValue}`;
  }
  const monitor: Label = { zh: "巡查员判定预警", en: "Monitor's own level" };
  return monitor[locale];
}

/** Time left to report as text ("2 h 05 min left" / "overdue by 40 min"). */
export function timeLeftText(remainingMinutes: number, locale: "zh" | "en"): string {
  const m = Math.abs(Math.round(remainingMinutes));
  const span = m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min` : `${m} min`;
  if (remainingMinutes >= 0) return locale === "zh" ? `剩余 ${span}` : `${span} left`;
  return locale === "zh" ? `已超时 ${span}` : `overdue by ${span}`;
}
