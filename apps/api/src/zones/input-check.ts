import type { InputCheck } from "@lianpian/domain";
import { apiError, type ErrorCode } from "../errors.ts";

/**
 * Throws the catalogue's error for a refused input rule (packages/domain
 * input-rules.ts), with the field and the rule's own message in both
 * languages: the same words the planner's form shows before sending.
 */
export function refuseUnless(check: InputCheck, code: ErrorCode): void {
  if (check.ok) return;
  throw apiError(code, { field: check.field, message_zh: check.message_zh, message_en: check.message_en });
}
