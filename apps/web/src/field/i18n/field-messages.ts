import type { Label } from "@lianpian/domain";
import FIELD_MESSAGES from "./field-messages.json" with { type: "json" };

/** Interface strings of the field face, both languages side by side (field-messages.json). */
export const fieldMessages = FIELD_MESSAGES satisfies Record<string, Label>;

export type FieldMessageKey = keyof typeof fieldMessages;
