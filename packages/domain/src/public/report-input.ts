import { type PhotoContentType, sniffImageType } from "../inspections/photo-rules.ts";
import { type ReportCategory, reportCategory } from "./report-category.ts";

/** Hard caps of a citizen report; the API, the database CHECKs and the form all use these. */
export const REPORT_LIMITS = {
  textMinChars: 5,
  textMaxChars: 2000,
  contactMaxChars: 100,
  /** After the browser has scaled the photo down; a phone's raw photo is larger. */
  photoMaxBytes: 2 * 1024 * 1024,
  replyMaxChars: 1000,
} as const;

/** A report as the form sends it, before any database check. */
export interface ReportInput {
  category: string;
  text: string;
  contact?: string | null | undefined;
  /** The honeypot: a field people never see and bots fill in. */
  website?: string | null | undefined;
  photo?: { contentType: string; bytes: Uint8Array } | null | undefined;
}

export interface CleanReport {
  category: ReportCategory;
  text: string;
  contact: string | null;
  photo: { contentType: PhotoContentType; bytes: Uint8Array } | null;
}

export type ReportRejection =
  | "honeypot"
  | "unknown_category"
  | "text_too_short"
  | "text_too_long"
  | "contact_too_long"
  | "photo_too_large"
  | "photo_type";

export type ReportCheck = { ok: true; report: CleanReport } | { ok: false; reason: ReportRejection };

/** Counts characters as a person does (a CJK character or an emoji is one), not UTF-16 units. */
function chars(s: string): number {
  return [...s].length;
}

/**
 * Checks a report's content against the limits; the place is checked by the
 * database (inside a county). The honeypot is tested first so a bot learns
 * nothing else.
 */
export function checkReportInput(input: ReportInput): ReportCheck {
  if (input.website && input.website.trim() !== "") return { ok: false, reason: "honeypot" };
  if (!reportCategory.has(input.category)) return { ok: false, reason: "unknown_category" };
  const text = input.text.trim();
  if (chars(text) < REPORT_LIMITS.textMinChars) return { ok: false, reason: "text_too_short" };
  if (chars(text) > REPORT_LIMITS.textMaxChars) return { ok: false, reason: "text_too_long" };
  const contact = input.contact?.trim() || null;
  if (contact && chars(contact) > REPORT_LIMITS.contactMaxChars)
    return { ok: false, reason: "contact_too_long" };
  let photo: CleanReport["photo"] = null;
  if (input.photo) {
    if (input.photo.bytes.length > REPORT_LIMITS.photoMaxBytes)
      return { ok: false, reason: "photo_too_large" };
    const sniffed = sniffImageType(input.photo.bytes);
    if (!sniffed || sniffed !== input.photo.contentType) return { ok: false, reason: "photo_type" };
    photo = { contentType: sniffed, bytes: input.photo.bytes };
  }
  return { ok: true, report: { category: input.category, text, contact, photo } };
}
