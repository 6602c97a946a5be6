import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";
import { ATTACHMENT_TYPES } from "./decisions.ts";

const DateText = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" });

/** Approve or accept a zone: the reviewer confirms and names the decision document. */
export const ZoneDecisionCreate = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: "the current version (the decision is on it)" }),
    kind: Type.Enum(["approve", "accept"]),
    confirm: Type.Literal(true, { description: "the reviewer confirmed the decision" }),
    document_no: Type.Optional(
      Type.String({ maxLength: 80, description: "文号, e.g. 晋自然资函〔2026〕12号" }),
    ),
    document_date: Type.Optional(Type.String({ maxLength: 10 })),
    attachment: Type.Optional(
      Type.Object(
        {
          filename: Type.String({ minLength: 1, maxLength: 200 }),
          content_type: Type.Optional(Type.String({ maxLength: 100 })),
          content_base64: Type.String({ maxLength: 7_200_000, description: "the file, base64 (≤ 5 MB)" }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ZoneDecisionCreate = Static<typeof ZoneDecisionCreate>;

export const ZoneReopen = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    reason: Type.String({ minLength: 2, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const ZoneDecision = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(["approve", "accept", "reopen"]),
  zone_version: Type.Integer(),
  document_no: Nullable(Type.String()),
  document_date: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  attachment: Nullable(
    Type.Object({
      filename: Type.String(),
      content_type: Type.Enum([...ATTACHMENT_TYPES]),
      bytes: Type.Integer(),
    }),
  ),
  decided_by: Type.String(),
  decided_by_role: Type.String(),
  decided_at: Type.String(),
});
export type ZoneDecision = Static<typeof ZoneDecision>;

export const AftercareCreate = Type.Object(
  {
    kind: Type.Enum(["inspection", "responsibility"]),
    responsible_unit: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
    period_start: Type.Optional(DateText),
    period_end: Type.Optional(DateText),
    inspected_on: Type.Optional(DateText),
    condition: Type.Optional(Type.Enum(["good", "fair", "poor"])),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type AftercareCreate = Static<typeof AftercareCreate>;

export const AftercareRecord = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  responsible_unit: Nullable(Type.String()),
  period_start: Nullable(Type.String()),
  period_end: Nullable(Type.String()),
  inspected_on: Nullable(Type.String()),
  condition: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  recorded_by: Type.String(),
  recorded_at: Type.String(),
});
export type AftercareRecord = Static<typeof AftercareRecord>;

/** A zone's decisions, lock state and aftercare records, for its panel and print report. */
export const ZoneGovernance = Type.Object({
  status: Type.String(),
  outline_locked: Type.Boolean(),
  read_only: Type.Boolean(),
  reopened: Type.Boolean(),
  aftercare_open: Type.Boolean(),
  decisions: Type.Array(ZoneDecision),
  aftercare: Type.Array(AftercareRecord),
});
export type ZoneGovernance = Static<typeof ZoneGovernance>;

export const DeletedZone = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name_zh: Type.String(),
  deleted_by: Type.String(),
  deleted_at: Type.String(),
  restore_until: Type.String(),
});
export type DeletedZone = Static<typeof DeletedZone>;
