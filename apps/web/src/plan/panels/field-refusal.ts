import type { InputCheck } from "@lianpian/domain";
import type { Locale } from "../../i18n/locale.ts";
import { ApiFailure } from "../../platform/api-client.ts";

/** A refused input, said next to the control that caused it: the control's key and the words in both languages. */
export interface Refusal {
  /** The request body's field ("name_zh", "code", "gap_m", …), "geometry", or "form" when no field is named. */
  field: string;
  zh: string;
  en: string;
}

/** Codes that name no field but belong to one control. */
const FIELD_OF_CODE: Record<string, string> = {
  zone_code_taken: "code",
  zone_name_invalid: "name_zh",
  invalid_geometry: "geometry",
  geometry_too_small: "geometry",
  shares_invalid: "shares",
};

/** "/name_zh", "body/name_zh", "/tasks/0/lead_unit" → the top-level field. */
function fieldOf(pointer: unknown): string | null {
  if (typeof pointer !== "string") return null;
  const parts = pointer.split("/").filter((p) => p && p !== "body");
  return parts[0] ?? null;
}

/**
 * The refusal an error describes: the API's own message (the rule's words in
 * details when it gave them, else the catalogue's), at the field it names.
 */
export function refusalOf(error: unknown, fallbackField = "form"): Refusal {
  if (!(error instanceof ApiFailure)) return { field: fallbackField, zh: String(error), en: String(error) };
  const details = (Array.isArray(error.details) ? error.details[0] : error.details) as
    | { field?: unknown; message_zh?: string; message_en?: string }
    | null
    | undefined;
  const field = fieldOf(details?.field) ?? FIELD_OF_CODE[error.code] ?? fallbackField;
  return {
    field,
    zh: details?.message_zh ?? error.messageZh,
    en: details?.message_en ?? error.messageEn,
  };
}

/** A domain rule's refusal (the same words the API would send), or null when the input passes. */
export function refusalOfCheck(check: InputCheck): Refusal | null {
  if (check.ok) return null;
  return { field: fieldOf(check.field) ?? "form", zh: check.message_zh, en: check.message_en };
}

export function refusalText(r: Refusal | null | undefined, locale: Locale): string | null {
  return r ? (locale === "zh" ? r.zh : r.en) : null;
}
