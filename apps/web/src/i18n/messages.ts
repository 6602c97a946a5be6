import type { Label } from "@lianpian/domain";
import MESSAGES from "./messages.json" with { type: "json" };

/**
 * Interface strings (messages.json), both languages side by side so a key can
 * never exist in one only. Labels of data values come from @lianpian/domain, not from here.
 */
export const messages = MESSAGES satisfies Record<string, Label>;

export type MessageKey = keyof typeof messages;
