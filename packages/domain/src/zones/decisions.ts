import type { ZoneStatus } from "../enums.ts";

/**
 * Decisions on a zone are administrative acts: approving a plan (→ 已批准)
 * and accepting finished works (→ 已验收) need a reviewer or admin and the
 * decision's document (文号 and date, optionally its scan); reopening an
 * approved zone for a change of outline or fund shares needs a reason.
 */
export const DECISION_KINDS = ["approve", "accept", "reopen"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const decisionLabel: Record<DecisionKind, { zh: string; en: string }> = {
  approve: { zh: "批准", en: "Approval" },
  accept: { zh: "验收", en: "Acceptance" },
  reopen: { zh: "重新开放修改", en: "Reopened for changes" },
};

/** The status a document-bearing decision moves a zone to. */
export const DECISION_TARGET: Record<Exclude<DecisionKind, "reopen">, ZoneStatus> = {
  approve: "approved",
  accept: "accepted",
};

/** The decision a move to `status` needs, or undefined when a planner's click is enough. */
export function decisionFor(status: ZoneStatus): "approve" | "accept" | undefined {
  if (status === "approved") return "approve";
  if (status === "accepted") return "accept";
  return undefined;
}

/** Statuses a reviewer may reopen for a change of outline or fund shares. */
export const REOPENABLE: readonly ZoneStatus[] = ["approved", "in_progress", "completed"];

export type DocumentCheck =
  | { ok: true; documentNo: string; documentDate: string }
  | { ok: false; field: "document_no" | "document_date"; message_zh: string; message_en: string };

/** A decision document's 文号 and date: present, a real calendar date, not in the future. */
export function checkDecisionDocument(
  documentNo: string | undefined,
  documentDate: string | undefined,
  today = new Date(),
): DocumentCheck {
  const no = documentNo?.trim() ?? "";
  if (no.length < 2 || no.length > 80)
    return {
      ok: false,
      field: "document_no",
      message_zh: "请填写决定文件的文号（2–80 个字符）",
      message_en: "the decision document's number is required (2–80 characters)",
    };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(documentDate ?? "");
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  const real = date !== null && date.toISOString().slice(0, 10) === documentDate;
  if (!real)
    return {
      ok: false,
      field: "document_date",
      message_zh: "请填写决定文件的日期（年-月-日）",
      message_en: "the decision document's date is required (YYYY-MM-DD)",
    };
  const tomorrow = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  if (date.getTime() > tomorrow)
    return {
      ok: false,
      field: "document_date",
      message_zh: "决定文件的日期不能晚于今天",
      message_en: "the decision document's date cannot be in the future",
    };
  return { ok: true, documentNo: no, documentDate: documentDate as string };
}

/** Attachments a decision may carry, recognised by their first bytes (never by name or declared type alone). */
export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const MAGIC: readonly { type: AttachmentType; bytes: readonly number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

/** The type the bytes are by their signature, or undefined. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | undefined {
  return MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b))?.type;
}

export type AttachmentCheck =
  | { ok: true; type: AttachmentType }
  | { ok: false; reason: "empty" | "too_large" | "type"; message_zh: string; message_en: string };

/** An attachment's size and type by its bytes; a declared type must agree with them. */
export function checkAttachment(bytes: Uint8Array, declared?: string): AttachmentCheck {
  if (bytes.length === 0)
    return { ok: false, reason: "empty", message_zh: "附件是空文件", message_en: "the attachment is empty" };
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    return {
      ok: false,
      reason: "too_large",
      message_zh: "附件不能超过 5 MB",
      message_en: "the attachment may be at most 5 MB",
    };
  const type = sniffAttachment(bytes);
  if (!type || (declared && declared !== type))
    return {
      ok: false,
      reason: "type",
      message_zh: "附件只能是 PDF、JPEG 或 PNG 文件",
      message_en: "the attachment must be a PDF, JPEG or PNG file",
    };
  return { ok: true, type };
}

/** An aftercare record's required fields by kind, or the problem (zh/en). */
export function checkAftercare(input: {
  kind: "inspection" | "responsibility";
  responsible_unit?: string;
  period_start?: string;
  period_end?: string;
  inspected_on?: string;
  condition?: string;
}): { ok: true } | { ok: false; message_zh: string; message_en: string } {
  if (input.kind === "responsibility" && (!input.responsible_unit?.trim() || !input.period_start))
    return {
      ok: false,
      message_zh: "管护责任须填写责任单位和起始日期",
      message_en: "a responsibility record needs the responsible unit and the start of its period",
    };
  if (input.kind === "inspection" && (!input.inspected_on || !input.condition))
    return {
      ok: false,
      message_zh: "管护巡查须填写巡查日期和现状评价",
      message_en: "an inspection record needs its date and the site's condition",
    };
  if (input.period_start && input.period_end && input.period_end < input.period_start)
    return {
      ok: false,
      message_zh: "管护期结束日期不能早于开始日期",
      message_en: "the period cannot end before it starts",
    };
  return { ok: true };
}
