import { useText } from "../../platform/use-text.ts";
import { planMessages } from "./plan-messages.ts";

/** The planner's strings through the one text hook (`t`, over the shared strings). */
export function usePlanText() {
  return useText(planMessages);
}
