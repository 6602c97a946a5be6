import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";
import { REPORT_LIMITS } from "./report-input.ts";
import { reportStatus } from "./report-status.ts";

/** Shapes of the staff routes over citizen reports (reports.triage): private fields included. */

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Reply = Type.String({ minLength: 1, maxLength: REPORT_LIMITS.replyMaxChars });

export const ReportIdParams = Type.Object({ id: Id });

export const ReportListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(Type.Enum(reportStatus.values), { maxItems: 6 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
  },
  { additionalProperties: false },
);
export type ReportListQuery = Static<typeof ReportListQuery>;

export const ReportView = Type.Object({
  id: Type.Integer(),
  tracking_code: Type.String(),
  category: Type.String(),
  report_text: Type.String(),
  reporter_contact: Nullable(Type.String()),
  location_source: Type.String(),
  location_accuracy_m: Nullable(Type.Number()),
  county_code: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  status: Type.String(),
  public_reply: Nullable(Type.String()),
  hazard_id: Nullable(Type.Integer()),
  hazard_name: Nullable(Type.String()),
  zone_id: Nullable(Type.Integer()),
  zone_code: Nullable(Type.String()),
  check_requested_at: Nullable(Type.String({ format: "date-time" })),
  check_note: Nullable(Type.String()),
  checked_inspection_id: Nullable(Type.Integer()),
  checked_at: Nullable(Type.String({ format: "date-time" })),
  has_photo: Type.Boolean(),
  version: Type.Integer(),
  created_at: Type.String({ format: "date-time" }),
  status_changed_at: Type.String({ format: "date-time" }),
  actions: Type.Array(Type.String(), { description: "triage actions open from the current status" }),
});
export type ReportView = Static<typeof ReportView>;

export const ReportListReply = Type.Object({ total: Type.Integer(), reports: Type.Array(ReportView) });

export const ReportActionBody = Type.Union([
  Type.Object(
    { action: Type.Literal("accept"), reply: Type.Optional(Reply), version: Type.Optional(Type.Integer()) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      action: Type.Literal("assign_check"),
      hazard_id: Id,
      note: Type.Optional(Type.String({ maxLength: 500 })),
      monitor_id: Type.Optional(
        Type.Integer({
          minimum: 1,
          description: "the monitor the check goes to; the point's first by default",
        }),
      ),
      due_at: Type.Optional(Type.String({ format: "date-time", description: "a day from now by default" })),
      reply: Type.Optional(Reply),
      version: Type.Optional(Type.Integer()),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { action: Type.Literal("resolve"), reply: Reply, version: Type.Optional(Type.Integer()) },
    { additionalProperties: false },
  ),
  Type.Object(
    { action: Type.Literal("reject"), reply: Reply, version: Type.Optional(Type.Integer()) },
    { additionalProperties: false },
  ),
]);
export type ReportActionBody = Static<typeof ReportActionBody>;

export const ReportLinkBody = Type.Object(
  { hazard_id: Type.Optional(Nullable(Id)), zone_id: Type.Optional(Nullable(Id)) },
  { additionalProperties: false, minProperties: 1 },
);

export const NearbyReply = Type.Object({
  hazards: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name_zh: Type.String(),
      unified_code: Type.String(),
      danger_grade: Type.String(),
      distance_m: Type.Number(),
    }),
  ),
  zones: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      name_zh: Type.String(),
      status: Type.String(),
      distance_m: Type.Number(),
    }),
  ),
});
export type NearbyReply = Static<typeof NearbyReply>;

export const FieldChecksReply = Type.Object({
  checks: Type.Array(
    Type.Object({
      report_id: Type.Integer(),
      category: Type.String(),
      report_text: Type.String(),
      lng: Type.Number(),
      lat: Type.Number(),
      hazard_id: Type.Integer(),
      hazard_name: Type.String(),
      unified_code: Type.String(),
      check_note: Nullable(Type.String()),
      check_requested_at: Type.String({ format: "date-time" }),
    }),
  ),
});
