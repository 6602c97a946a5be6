import { type Static, Type } from "typebox";
import { inspectionKind } from "../enums.ts";
import { Nullable } from "../nullable.schema.ts";

/** A field check asked of a monitor (外业核查任务), as the phone and the planner see it. */
export const FieldTask = Type.Object({
  id: Type.Integer(),
  hazard_id: Type.Integer(),
  hazard_name: Type.String(),
  unified_code: Type.String(),
  village: Nullable(Type.String()),
  lng: Type.Number(),
  lat: Type.Number(),
  hazard_version: Type.Integer(),
  assigned_to: Type.Integer(),
  assignee_name: Type.String(),
  source: Type.String({ description: "planner | report" }),
  report_id: Nullable(Type.Integer()),
  kind: Type.String(),
  due_at: Type.String({ format: "date-time" }),
  note: Nullable(Type.String()),
  created_at: Type.String({ format: "date-time" }),
  closed_at: Nullable(Type.String({ format: "date-time" })),
  closed_inspection_id: Nullable(Type.Integer()),
});
export type FieldTask = Static<typeof FieldTask>;

export const FieldTaskInput = Type.Object(
  {
    hazard_id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    assigned_to: Type.Integer({ minimum: 1, maximum: 2147483647, description: "a field account" }),
    due_at: Type.String({ format: "date-time" }),
    kind: Type.Optional(Type.Enum(inspectionKind.values)),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type FieldTaskInput = Static<typeof FieldTaskInput>;

/** A planner's decision on an inspection flagged for review. */
export const InspectionReviewInput = Type.Object(
  {
    decision: Type.Union([Type.Literal("accept"), Type.Literal("reject")]),
    reason: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type InspectionReviewInput = Static<typeof InspectionReviewInput>;
