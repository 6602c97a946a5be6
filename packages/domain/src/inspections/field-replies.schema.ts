import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";
import { COMPASS_POINTS } from "./direction.ts";

/**
 * Reply shapes of the field API (nearest points, the 明白卡, the offline
 * pack), shared by the API (validation, OpenAPI) and the web app (types).
 */

const GeoJsonGeometry = Type.Object({ type: Type.String(), coordinates: Type.Unknown() });

export const NearestHazard = Type.Object({
  id: Type.Integer(),
  unified_code: Type.String(),
  name_zh: Type.String(),
  hazard_type: Type.String(),
  county_code: Type.String(),
  township: Nullable(Type.String()),
  village: Nullable(Type.String()),
  danger_grade: Type.String(),
  threatened_people: Type.Integer(),
  threatened_households: Type.Integer(),
  current_alert: Type.String(),
  version: Type.Integer(),
  lng: Type.Number(),
  lat: Type.Number(),
  distance_m: Type.Number(),
  bearing_deg: Nullable(Type.Number()),
  compass: Nullable(Type.Enum(COMPASS_POINTS)),
  monitored: Type.Boolean(),
});

export type NearestHazard = Static<typeof NearestHazard>;

export const NearestReply = Type.Object({ hazards: Type.Array(NearestHazard) });

export const HazardCard = Type.Object({
  id: Type.Integer(),
  unified_code: Type.String(),
  name_zh: Type.String(),
  hazard_type: Type.String(),
  county_code: Type.String(),
  township: Nullable(Type.String()),
  village: Nullable(Type.String()),
  danger_grade: Type.String(),
  scale_grade: Nullable(Type.String()),
  stability: Nullable(Type.String()),
  threatened_people: Type.Integer(),
  threatened_households: Type.Integer(),
  threatened_property_wan: Type.Number(),
  threat_objects: Nullable(Type.String()),
  triggers: Type.Array(Type.String()),
  measures: Type.Array(Type.String()),
  warning_signal: Nullable(Type.String()),
  shelter_name: Nullable(Type.String()),
  shelter: Nullable(GeoJsonGeometry),
  evacuation_route: Nullable(GeoJsonGeometry),
  monitor_name: Nullable(Type.String({ description: "private: null without hazards.read_private" })),
  monitor_phone: Nullable(Type.String({ description: "private" })),
  responsible_name: Nullable(Type.String({ description: "private" })),
  responsible_phone: Nullable(Type.String({ description: "private" })),
  current_alert: Type.String(),
  inventory_status: Type.String(),
  version: Type.Integer({ description: "send it back with an inspection" }),
  updated_at: Type.String({ format: "date-time" }),
  lng: Type.Number(),
  lat: Type.Number(),
  thresholds: Type.Array(Type.Object({ parameter: Type.String(), warn_value: Type.Number() })),
});

export type HazardCard = Static<typeof HazardCard>;

export const RecentInspection = Type.Object({
  client_key: Type.String(),
  inspected_at: Type.String({ format: "date-time" }),
  inspector_name: Type.String(),
  kind: Type.String(),
  assessment: Type.String(),
  alert_level: Type.String(),
  needs_review: Type.Boolean(),
  photo_count: Type.Integer(),
});

export const CardReply = Type.Object({
  card: HazardCard,
  private: Type.Boolean({ description: "whether private fields and inspections are included" }),
  recent_inspections: Type.Array(RecentInspection),
});

export type CardReply = Static<typeof CardReply>;

export const PackReply = Type.Object({
  generated_at: Type.String({ format: "date-time" }),
  since: Type.Optional(
    Nullable(Type.String({ description: "with ?since=: only the points changed since then (an update)" })),
  ),
  bbox: Nullable(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
  monitored_ids: Type.Array(Type.Integer()),
  truncated: Type.Boolean(),
  hazards: Type.Array(HazardCard),
});
export type PackReply = Static<typeof PackReply>;

/** The monitor's own points and when each was last inspected (the monitor's day). */
export const MonitoredPointHistory = Type.Object({
  hazard_id: Type.Integer(),
  name_zh: Type.String(),
  village: Nullable(Type.String()),
  lng: Type.Number(),
  lat: Type.Number(),
  danger_grade: Type.String(),
  last_inspected_at: Nullable(Type.String({ format: "date-time" })),
  last_pre_flood_at: Nullable(Type.String({ format: "date-time" })),
  last_post_flood_at: Nullable(Type.String({ format: "date-time" })),
});
export type MonitoredPointHistory = Static<typeof MonitoredPointHistory>;

export const MyPointsReply = Type.Object({
  generated_at: Type.String({ format: "date-time" }),
  points: Type.Array(MonitoredPointHistory),
});
export type MyPointsReply = Static<typeof MyPointsReply>;
