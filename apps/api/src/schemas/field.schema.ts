import { alertLevel, COMPASS_POINTS } from "@lianpian/domain";
import { type Static, Type } from "typebox";

/** Reply shapes of the field routes (nearest points, the 明白卡, the offline pack). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const GeoJsonGeometry = Type.Object({ type: Type.String(), coordinates: Type.Unknown() });

export const NearestQuery = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    mine: Type.Boolean({ default: false, description: "only points the user monitors" }),
    alert: Type.Optional(
      Type.Array(Type.Enum(alertLevel.values), { maxItems: 5, description: "only points at these alert levels" }),
    ),
  },
  { additionalProperties: false },
);
export type NearestQuery = Static<typeof NearestQuery>;

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

export const PackQuery = Type.Object(
  {
    bbox: Type.Optional(
      Type.String({ pattern: "^[-0-9.eE]+(,[-0-9.eE]+){3}$", description: "west,south,east,north (CRS84)" }),
    ),
  },
  { additionalProperties: false },
);

export const PackReply = Type.Object({
  generated_at: Type.String({ format: "date-time" }),
  bbox: Nullable(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
  monitored_ids: Type.Array(Type.Integer()),
  truncated: Type.Boolean(),
  hazards: Type.Array(HazardCard),
});
