import type { Label } from "@lianpian/domain";
import TRIAGE_TEXT from "./triage-messages.json" with { type: "json" };

/** Strings of the staff triage view (triage-messages.json). */
export const triageText = TRIAGE_TEXT satisfies Record<string, Label>;
