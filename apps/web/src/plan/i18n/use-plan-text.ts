import { useI18n } from "../../i18n/i18n-context.tsx";
import { type PlanMessageKey, planMessages } from "./plan-messages.ts";

/** The shared i18n (locale, data labels) plus the planner's own strings. */
export function usePlanText() {
  const i18n = useI18n();
  return { ...i18n, p: (key: PlanMessageKey) => planMessages[key][i18n.locale] };
}
