import { type Static, Type } from "typebox";
import { damageType, implementationMode, phase, taskKind, zoneStatus, zoneType } from "../enums.ts";
import { Nullable } from "../nullable.schema.ts";
import { PolygonalInput, PolygonalOutput } from "./geometry.schema.ts";

const ZoneCode = Type.String({ pattern: "^[A-Z0-9-]{3,40}$", description: "e.g. LP-2026-001" });

export const ZoneTask = Type.Object(
  {
    task_kind: Type.Enum([...taskKind.values]),
    lead_unit: Type.String({ minLength: 1, maxLength: 100 }),
    planned_area_m2: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e10 }))),
    budget_wan: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e8 }))),
  },
  { additionalProperties: false },
);
export type ZoneTask = Static<typeof ZoneTask>;

export const ZoneYear = Type.Object(
  {
    year: Type.Integer({ minimum: 2019, maximum: 2035 }),
    planned_area_m2: Type.Number({ minimum: 0, maximum: 1e10 }),
    done_area_m2: Type.Number({ minimum: 0, maximum: 1e10 }),
    planned_spend_wan: Type.Number({ minimum: 0, maximum: 1e8 }),
    done_spend_wan: Type.Number({ minimum: 0, maximum: 1e8 }),
  },
  { additionalProperties: false },
);
export type ZoneYear = Static<typeof ZoneYear>;

/** Restoration direction by area: m² per suitability class (宜林、宜景、宜垦、宜渔、宜草). */
const AreaM2 = Type.Optional(Type.Number({ minimum: 0, maximum: 1e10 }));
const RestorationM2 = Type.Object(
  {
    forest: AreaM2,
    landscape: AreaM2,
    farmland: AreaM2,
    fishery: AreaM2,
    grassland: AreaM2,
    construction: AreaM2,
  },
  { additionalProperties: false },
);

/** The attributes a planner edits (everything but geometry, status and fund shares). */
const attributeFields = {
  code: ZoneCode,
  // the length rule is checkZoneName (input-rules.ts); this bound only caps the body
  name_zh: Type.String({ maxLength: 1000, description: "2 to 100 characters (checkZoneName)" }),
  zone_type: Type.Enum([...zoneType.values]),
  damage_types: Type.Array(Type.Enum([...damageType.values]), { uniqueItems: true, maxItems: 4 }),
  restoration_m2: RestorationM2,
  implementation_mode: Nullable(Type.Enum([...implementationMode.values])),
  phase: Type.Enum([...phase.values]),
  budget_wan: Nullable(Type.Number({ minimum: 0, maximum: 1e8 })),
  fund_sources: Nullable(Type.String({ maxLength: 500 })),
  remarks: Nullable(Type.String({ maxLength: 2000 })),
  tasks: Type.Array(ZoneTask, { maxItems: 6 }),
  yearly: Type.Array(ZoneYear, { maxItems: 17 }),
};

/** POST /api/zones: a new zone (status draft, version 1). Code and phase are filled in when left out. */
export const ZoneCreate = Type.Object(
  {
    geometry: PolygonalInput,
    name_zh: attributeFields.name_zh,
    zone_type: attributeFields.zone_type,
    code: Type.Optional(attributeFields.code),
    damage_types: Type.Optional(attributeFields.damage_types),
    restoration_m2: Type.Optional(attributeFields.restoration_m2),
    implementation_mode: Type.Optional(attributeFields.implementation_mode),
    phase: Type.Optional(attributeFields.phase),
    budget_wan: Type.Optional(attributeFields.budget_wan),
    fund_sources: Type.Optional(attributeFields.fund_sources),
    remarks: Type.Optional(attributeFields.remarks),
    tasks: Type.Optional(attributeFields.tasks),
    yearly: Type.Optional(attributeFields.yearly),
  },
  { additionalProperties: false },
);
export type ZoneCreate = Static<typeof ZoneCreate>;

/** PATCH /api/zones/{id}: the version the edit started from, and the fields that change. */
export const ZonePatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: "the version the edit started from" }),
    geometry: Type.Optional(PolygonalInput),
    code: Type.Optional(attributeFields.code),
    name_zh: Type.Optional(attributeFields.name_zh),
    zone_type: Type.Optional(attributeFields.zone_type),
    damage_types: Type.Optional(attributeFields.damage_types),
    restoration_m2: Type.Optional(attributeFields.restoration_m2),
    implementation_mode: Type.Optional(attributeFields.implementation_mode),
    phase: Type.Optional(attributeFields.phase),
    budget_wan: Type.Optional(attributeFields.budget_wan),
    fund_sources: Type.Optional(attributeFields.fund_sources),
    remarks: Type.Optional(attributeFields.remarks),
    tasks: Type.Optional(attributeFields.tasks),
    yearly: Type.Optional(attributeFields.yearly),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type ZonePatch = Static<typeof ZonePatch>;

export const ZoneStatusChange = Type.Object(
  { version: Type.Integer({ minimum: 1 }), status: Type.Enum([...zoneStatus.values]) },
  { additionalProperties: false },
);

export const ZoneRevert = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: "the current version (the edit started from)" }),
    to_version: Type.Integer({
      minimum: 1,
      description: "the version whose geometry and attributes come back",
    }),
  },
  { additionalProperties: false },
);

export const ZoneParty = Type.Object({
  company_id: Nullable(Type.Integer()),
  company_name: Type.String({ description: "政府 for the government's part" }),
  share_pct: Type.Number(),
  is_override: Type.Boolean(),
});
export type ZoneParty = Static<typeof ZoneParty>;

export const ZonePartiesUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    shares: Type.Optional(
      Type.Array(
        Type.Object(
          {
            company_id: Nullable(Type.Integer({ minimum: 1 })),
            share_pct: Type.Number({ minimum: 0, maximum: 100 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200, description: "omit to go back to the shares computed from damage" },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A saved zone, as GET returns it and as history keeps it. */
export const Zone = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  code: Type.String(),
  name_zh: Type.String(),
  zone_type: Type.Enum([...zoneType.values]),
  status: Type.Enum([...zoneStatus.values]),
  phase: Type.Enum([...phase.values]),
  county_codes: Type.Array(Type.String()),
  damage_types: Type.Array(Type.String()),
  restoration_m2: Type.Record(Type.String(), Type.Number()),
  implementation_mode: Nullable(Type.String()),
  budget_wan: Nullable(Type.Number()),
  fund_sources: Nullable(Type.String()),
  remarks: Nullable(Type.String()),
  area_m2: Type.Number(),
  dist_hsr_m: Nullable(Type.Number()),
  dist_expressway_m: Nullable(Type.Number()),
  tasks: Type.Array(ZoneTask),
  yearly: Type.Array(ZoneYear),
  parties: Type.Array(ZoneParty),
  geometry: PolygonalOutput,
  created_at: Type.String(),
  updated_at: Type.String(),
});
export type Zone = Static<typeof Zone>;

/** One row of the zone list (no geometry; the map draws zones from tiles). */
export const ZoneSummary = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  code: Type.String(),
  name_zh: Type.String(),
  zone_type: Type.Enum([...zoneType.values]),
  status: Type.Enum([...zoneStatus.values]),
  phase: Type.Enum([...phase.values]),
  county_codes: Type.Array(Type.String()),
  area_m2: Type.Number(),
  budget_wan: Nullable(Type.Number()),
  bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
  updated_at: Type.String(),
});
export type ZoneSummary = Static<typeof ZoneSummary>;

export const ZoneHistoryEntry = Type.Object({
  version: Type.Integer(),
  action: Type.String(),
  changed_by: Type.String(),
  changed_at: Type.String(),
  changed_fields: Type.Array(Type.String()),
  /** A decision with its document, or a reopen's reason, made with this version. */
  note: Type.Optional(
    Nullable(
      Type.Object({
        decision: Type.String(),
        document_no: Nullable(Type.String()),
        document_date: Nullable(Type.String()),
        attachment: Nullable(Type.String()),
        reason: Nullable(Type.String()),
        decided_by: Type.String(),
        decided_by_role: Type.String(),
      }),
    ),
  ),
});
export type ZoneHistoryEntry = Static<typeof ZoneHistoryEntry>;
