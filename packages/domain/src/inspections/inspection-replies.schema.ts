import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";

/** Reply shapes of inspections and alerts, shared by the API and the web app. */

export const InspectionView = Type.Object({
  id: Type.Integer(),
  client_key: Type.String({ format: "uuid" }),
  hazard_id: Type.Integer(),
  hazard_name: Type.String(),
  user_id: Nullable(Type.Integer()),
  inspector_name: Type.String(),
  inspected_at: Type.String({ format: "date-time" }),
  received_at: Type.String({ format: "date-time" }),
  kind: Type.String(),
  rainfall_mm: Nullable(Type.Number()),
  cracks: Type.Array(
    Type.Object({ crack_id: Type.String(), width_mm: Type.Number(), change_mm: Nullable(Type.Number()) }),
  ),
  displacement_mm: Nullable(Type.Number()),
  macro_signs: Type.Array(Type.String()),
  assessment: Type.String(),
  alert_level: Type.String(),
  actions: Type.Array(Type.String()),
  notes: Nullable(Type.String()),
  location: Nullable(Type.Object({ lng: Type.Number(), lat: Type.Number() })),
  needs_review: Type.Boolean(),
  review_reason: Nullable(Type.String()),
  hazard_version_sent: Nullable(Type.Integer()),
  hazard_version_stored: Nullable(Type.Integer()),
  reviewed_at: Nullable(Type.String({ format: "date-time" })),
  review_decision: Nullable(Type.String({ description: "accepted | rejected" })),
  review_note: Nullable(Type.String()),
  task_id: Nullable(Type.Integer({ description: "the field task this inspection closed" })),
  unified_code: Type.String(),
  thresholds: Type.Array(Type.Object({ parameter: Type.String(), warn_value: Type.Number() }), {
    description: "the point's warning values",
  }),
  raised_alert: Nullable(
    Type.Object(
      {
        id: Type.Integer(),
        level: Type.String(),
        reasons: Type.Array(Type.Unknown(), { description: "which value passed which threshold" }),
      },
      { description: "the alert this inspection raised" },
    ),
  ),
  photos_expected: Type.Array(
    Type.Object({ sha256: Type.String(), content_type: Type.String(), byte_size: Type.Integer() }),
  ),
  photos_received: Type.Array(Type.String()),
});

const AlertReasonView = Type.Object({
  rule: Type.String(),
  level: Type.String(),
  parameter: Type.Optional(Type.String()),
  value: Type.Optional(Type.Number()),
  warnValue: Type.Optional(Type.Number()),
  crackId: Type.Optional(Type.String()),
});

export type InspectionView = Static<typeof InspectionView>;

export const AlertView = Type.Object({
  id: Type.Integer(),
  hazard_id: Type.Integer(),
  hazard_name: Type.String(),
  unified_code: Type.String(),
  county_code: Type.String(),
  danger_grade: Type.String(),
  current_alert: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  inspection_id: Type.Integer(),
  inspector_name: Type.String(),
  level: Type.String(),
  previous_level: Type.String(),
  reasons: Type.Array(AlertReasonView),
  observed_at: Type.String({ format: "date-time" }),
  raised_at: Type.String({ format: "date-time" }),
  report_limit_hours: Type.Integer(),
  reported_at: Nullable(Type.String({ format: "date-time" })),
  confirmed_at: Nullable(Type.String({ format: "date-time", description: "when a planner confirmed it" })),
  confirmed_by: Nullable(Type.String({ description: "who confirmed it (display name)" })),
  actions: Type.Array(Type.String()),
  photos: Type.Array(Type.String({ description: "sha256 of a received photo" })),
  inspection_key: Type.String({ format: "uuid" }),
});

export type AlertView = Static<typeof AlertView>;

export const InspectionReply = Type.Object({
  inspection: InspectionView,
  conflict: Nullable(
    Type.Object({
      reason: Type.String({ description: "hazard_changed | hazard_written_off" }),
      hazard_version_sent: Type.Integer(),
      hazard_version_now: Type.Integer(),
    }),
  ),
  alert: Nullable(AlertView),
  replayed: Type.Boolean({ description: "true when this key was already stored with this content" }),
});
export type InspectionReply = Static<typeof InspectionReply>;

export const ReportingStatusView = Type.Object({
  state: Type.String({ description: "within | due_soon | overdue | reported | reported_late" }),
  elapsed_minutes: Type.Integer(),
  remaining_minutes: Type.Integer(),
});

export const AlertWithStatus = Type.Object({ ...AlertView.properties, reporting: ReportingStatusView });
export type AlertWithStatus = Static<typeof AlertWithStatus>;
