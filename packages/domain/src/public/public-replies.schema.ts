import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";
import { PLAN_YEARS } from "./plan-indicators.ts";
import { progressState } from "./progress-at-year.ts";
import { reportCategory } from "./report-category.ts";
import { reportStatus } from "./report-status.ts";

/** Request and reply shapes of the public face (/api/public/*): nothing here names a person. */

const Code6 = Type.String({ pattern: "^[0-9]{6}$", description: "GB/T 2260 code (行政区划代码)" });

export const PublicQuery = Type.Object(
  {
    county: Type.Optional({ ...Code6, description: "one county; the city code or none = all counties" }),
    year: Type.Optional(
      Type.Integer({
        minimum: PLAN_YEARS.first,
        maximum: PLAN_YEARS.last,
        description: "as at the end of this year; default the current year",
      }),
    ),
  },
  { additionalProperties: false },
);
export type PublicQuery = Static<typeof PublicQuery>;

/** A region (the city or a county) by its code and names, in every reply that lists regions. */
const RegionNames = { code: Type.String(), name_zh: Type.String(), name_en: Type.String() };
const Region = Type.Object(RegionNames);

export const PlanFigure = Type.Object({
  region_code: Type.String(),
  region_name_zh: Type.String(),
  region_name_en: Type.String(),
  indicator: Type.String(),
  year: Type.Integer(),
  kind: Type.String({ description: "target | reported" }),
  value: Type.Number(),
  unit: Type.String(),
  period_start: Nullable(Type.Integer()),
  is_real: Type.Boolean({ description: "true: a figure from a source document; false: entered or demo" }),
  source_document: Type.String(),
  source_detail: Nullable(Type.String()),
});
export type PlanFigure = Static<typeof PlanFigure>;

/** Where a chart's actual figures come from: `demo` is true when any row is synthetic demo data. */
const Actuals = { demo: Type.Boolean(), data_sources: Type.Array(Type.String()) };

export const DashboardReply = Type.Object({
  year: Type.Integer(),
  county: Nullable(Region),
  subsidence: Type.Object({
    ...Actuals,
    years: Type.Array(
      Type.Object({ year: Type.Integer(), treated_m2: Type.Number(), planned_m2: Type.Number() }),
    ),
    treated_before_m2: Type.Number({ description: "treated before the first year of the series" }),
    treated_by_year_m2: Type.Number({ description: "treated up to the end of the year asked" }),
    total_m2: Type.Number(),
    area_count: Type.Integer(),
    plan: Type.Array(PlanFigure, { description: "the real plan figures (Changzhi's subsidence plan)" }),
  }),
  swc: Type.Object({
    rows: Type.Array(
      Type.Object({
        ...RegionNames,
        level: Type.String(),
        rate_now: Nullable(Type.Number()),
        rate_now_year: Nullable(Type.Integer()),
        demo: Type.Boolean(),
        targets: Type.Array(
          Type.Object({
            year: Type.Integer(),
            value: Type.Number(),
            is_real: Type.Boolean(),
            source_document: Type.String(),
          }),
        ),
      }),
    ),
  }),
  green_mines: Type.Object({
    ...Actuals,
    by_scale: Type.Array(
      Type.Object({
        scale_class: Type.String({ description: "large | medium | small | unknown | all" }),
        producing: Type.Integer(),
        green: Type.Integer(),
        submitted: Type.Integer(),
        rate_pct: Nullable(Type.Number()),
      }),
    ),
    by_year: Type.Array(
      Type.Object({ year: Type.Integer(), green: Type.Integer(), rate_pct: Nullable(Type.Number()) }),
    ),
    targets: Type.Array(PlanFigure),
  }),
  swc_by_year: Type.Array(
    Type.Object({
      ...RegionNames,
      records: Type.Array(Type.Object({ year: Type.Integer(), rate_pct: Type.Number() })),
      rate_at_year: Nullable(Type.Object({ year: Type.Integer(), rate_pct: Type.Number() })),
      target_2025: Nullable(Type.Number()),
      target_2035: Nullable(Type.Number()),
      source_document: Nullable(Type.String()),
    }),
    { description: "Jincheng plan: each county's rate by year against its 2025 and 2035 targets" },
  ),
  green_by_county: Type.Object(
    {
      year: Type.Integer(),
      demo: Type.Boolean(),
      counties: Type.Array(
        Type.Object({
          ...RegionNames,
          producing: Type.Integer(),
          green: Type.Integer(),
          rate_pct: Nullable(Type.Number()),
        }),
      ),
      goal: Nullable(PlanFigure),
      source_document: Nullable(Type.String()),
    },
    { description: "Green-mine rate per county (producing mines) against the Jincheng plan's 36 % for 2025" },
  ),
  check_dams: Type.Object({
    ...Actuals,
    by_condition_risk: Type.Array(
      Type.Object({
        condition: Type.String(),
        risk_level: Type.String(),
        dams: Type.Integer(),
        storage_wan_m3: Type.Number(),
      }),
    ),
    source_document: Nullable(Type.String({ description: "the plan that asks for the register" })),
  }),
  other_plans: Type.Array(Type.Object({ region: Region, figures: Type.Array(PlanFigure) }), {
    description: "Plan figures of other regions (e.g. Changzhi's subsidence plan), each on its own card",
  }),
  zones: Type.Object({
    ...Actuals,
    by_status_phase: Type.Array(
      Type.Object({
        status: Type.String(),
        phase: Type.String(),
        zones: Type.Integer(),
        area_m2: Type.Number(),
      }),
    ),
    by_year: Type.Array(
      Type.Object({ year: Type.Integer(), planned_m2: Type.Number(), done_m2: Type.Number() }),
    ),
  }),
  hazards: Type.Object({
    ...Actuals,
    by_grade: Type.Array(
      Type.Object({ grade: Type.String(), points: Type.Integer(), threatened_people: Type.Integer() }),
    ),
    by_grade_measure: Type.Array(
      Type.Object({ grade: Type.String(), measure: Type.String(), points: Type.Integer() }),
    ),
    reference: Type.Array(PlanFigure, { description: "figures the plans report (e.g. 322 points in 2020)" }),
  }),
  restoration: Type.Object({
    ...Actuals,
    pits: Type.Array(Type.Object({ state: Type.String(), pits: Type.Integer(), area_m2: Type.Number() })),
    corridors: Type.Array(
      Type.Object({ status: Type.String(), corridors: Type.Integer(), length_m: Type.Number() }),
    ),
  }),
});
export type DashboardReply = Static<typeof DashboardReply>;

const FeatureState = Type.Object({
  id: Type.Integer({ description: "tile feature id" }),
  state: Type.Enum(progressState.values),
  area_m2: Type.Number(),
});

export const ProgressReply = Type.Object({
  year: Type.Integer(),
  zones: Type.Array(FeatureState),
  subsidence: Type.Array(FeatureState),
  zone_planned_m2: Type.Number(),
  zone_done_m2: Type.Number(),
});
export type ProgressReply = Static<typeof ProgressReply>;

export const ConfigReply = Type.Object({
  map_review_number: Nullable(Type.String({ description: "审图号, shown on the map when set" })),
  years: Type.Object({ first: Type.Integer(), last: Type.Integer(), current: Type.Integer() }),
  counties: Type.Array(
    Type.Object({
      ...RegionNames,
      bbox: Type.Array(Type.Number(), {
        minItems: 4,
        maxItems: 4,
        description: "[west, south, east, north]",
      }),
    }),
  ),
  limits: Type.Object({
    text_max_chars: Type.Integer(),
    text_min_chars: Type.Integer(),
    contact_max_chars: Type.Integer(),
    photo_max_bytes: Type.Integer(),
  }),
});
export type ConfigReply = Static<typeof ConfigReply>;

export const TargetsQuery = Type.Object(
  {
    region: Type.Optional(Code6),
    indicator: Type.Optional(Type.String({ pattern: "^[a-z_]{2,40}$" })),
  },
  { additionalProperties: false },
);
export const TargetsReply = Type.Object({ targets: Type.Array(PlanFigure) });

export const RegionsReply = Type.Object({
  type: Type.Literal("FeatureCollection"),
  features: Type.Array(
    Type.Object({
      type: Type.Literal("Feature"),
      id: Type.String(),
      geometry: Nullable(Type.Object({ type: Type.String(), coordinates: Type.Unknown() })),
      properties: Type.Object({
        ...RegionNames,
        level: Type.String(),
        approximate: Type.Boolean(),
        data_source: Type.String(),
      }),
    }),
  ),
});
export type RegionsReply = Static<typeof RegionsReply>;

export const ReportBody = Type.Object(
  {
    category: Type.Enum(reportCategory.values),
    // generous caps so the domain check can say exactly what is too long
    text: Type.String({ maxLength: 20000 }),
    contact: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    website: Type.Optional(Type.String({ maxLength: 1000, description: "leave empty (anti-spam)" })),
    client_key: Type.Optional(
      Type.String({
        format: "uuid",
        description: "made once by the form; a resend with the same key and content returns the stored reply",
      }),
    ),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    location_source: Type.Union([Type.Literal("map"), Type.Literal("gps")]),
    accuracy_m: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100000 }))),
    photo: Type.Optional(
      Nullable(
        Type.Object(
          {
            content_type: Type.String({ maxLength: 40 }),
            data_base64: Type.String({ maxLength: 4_000_000 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;

const StatusFields = {
  tracking_code: Type.String(),
  status: Type.Enum(reportStatus.values),
  status_zh: Type.String(),
  status_en: Type.String(),
};

export const ReportCreated = Type.Object(StatusFields);

/** The whole of what a tracking code shows. */
export const ReportStatusReply = Type.Object(
  {
    ...StatusFields,
    public_reply: Nullable(Type.String()),
    status_changed_at: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);
export type ReportStatusReply = Static<typeof ReportStatusReply>;
