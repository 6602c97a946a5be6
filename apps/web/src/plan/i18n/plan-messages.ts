import type { Label } from "@lianpian/domain";
import DATA_IO from "../data-io/data-io-messages.json" with { type: "json" };
import PLAN from "./plan-messages.json" with { type: "json" };
import WORKBENCH from "./workbench-messages.json" with { type: "json" };

/**
 * Strings of the planner's face, zh-CN first; data labels come from @lianpian/domain.
 * The face's own (plan-messages.json), the import page's and export dialog's
 * (data-io-messages.json) and the drawing tools' and side panel's
 * (workbench-messages.json), as one catalogue.
 */
export const planMessages = { ...PLAN, ...DATA_IO, ...WORKBENCH } satisfies Record<string, Label>;

export type PlanMessageKey = keyof typeof planMessages;
