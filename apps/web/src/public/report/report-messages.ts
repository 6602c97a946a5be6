import type { Label } from "@lianpian/domain";
import REPORT_TEXT from "./report-messages.json" with { type: "json" };

/** Strings of the citizen report form and the status lookup (report-messages.json). */
export const reportText = REPORT_TEXT satisfies Record<string, Label>;
