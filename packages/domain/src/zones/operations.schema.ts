import { type Static, Type } from "typebox";
import { dangerGrade } from "../enums.ts";
import { TILE_LAYER_NAMES } from "../layers.ts";
import { Nullable } from "../nullable.schema.ts";
import { GEOMETRY_CAPS, GeometryInput, PolygonalInput, PolygonalOutput } from "./geometry.schema.ts";
import { BUFFER_LIMITS_M, GAP_LIMITS_M, PROPOSAL_DISTANCE_LIMITS_M } from "./input-rules.ts";
import { PROPOSAL_RANK_KEYS } from "./proposal-ranking.ts";
import { ZoneReport } from "./zone-report.schema.ts";

/** Layers whose features may be selected and used in operations (the tile layers' names). */
export const SELECTABLE_LAYERS = TILE_LAYER_NAMES;
export type SelectableLayer = (typeof SELECTABLE_LAYERS)[number];

/**
 * The selection's result cap. Buffer distances, gap widths and proposal
 * distances are bounded by the rules of input-rules.ts alone; the schemas
 * leave them to those rules so a refusal says which limit.
 */
export const OPERATION_CAPS = { maxSelectResults: 1_000 } as const;

export const FeatureRef = Type.Object(
  {
    layer: Type.Enum([...SELECTABLE_LAYERS]),
    id: Type.Union([Type.Integer({ minimum: 1 }), Type.String({ pattern: "^[0-9]{1,12}$" })]),
  },
  { additionalProperties: false },
);
export type FeatureRef = Static<typeof FeatureRef>;

/** What an operation works on: drawn geometries and/or features of the map's layers. */
const operandFields = {
  geometries: Type.Optional(Type.Array(GeometryInput, { maxItems: GEOMETRY_CAPS.maxOperands })),
  features: Type.Optional(Type.Array(FeatureRef, { maxItems: GEOMETRY_CAPS.maxOperands })),
};
export const Operands = Type.Object(operandFields, { additionalProperties: false });
export type Operands = Static<typeof Operands>;

export const BufferRequest = Type.Object(
  {
    ...operandFields,
    distance_m: Type.Number({
      description: `metres on the ground, ${BUFFER_LIMITS_M.min} to ${BUFFER_LIMITS_M.max}, at least 1 either way (checkBufferDistance); negative shrinks polygons`,
    }),
  },
  { additionalProperties: false },
);
export type BufferRequest = Static<typeof BufferRequest>;

export const SubtractRequest = Type.Object(
  { base: Operands, subtract: Operands },
  { additionalProperties: false },
);
export type SubtractRequest = Static<typeof SubtractRequest>;

export const CloseGapsRequest = Type.Object(
  {
    ...operandFields,
    gap_m: Type.Number({
      description: `metres, more than 0, at most ${GAP_LIMITS_M.max} (checkGapDistance)`,
    }),
  },
  { additionalProperties: false },
);
export type CloseGapsRequest = Static<typeof CloseGapsRequest>;

export const OperationResult = Type.Object({ geometry: PolygonalOutput, area_m2: Type.Number() });
export type OperationResult = Static<typeof OperationResult>;

export const SelectRequest = Type.Object(
  {
    geometry: PolygonalInput,
    layers: Type.Array(Type.Enum([...SELECTABLE_LAYERS]), { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type SelectRequest = Static<typeof SelectRequest>;

export const SelectResult = Type.Object({
  features: Type.Array(Type.Object({ layer: Type.String(), id: Type.String(), name: Type.String() })),
  truncated: Type.Boolean(),
});

export const ReportRequest = Type.Object(
  {
    geometry: PolygonalInput,
    exclude_zone_id: Type.Optional(Type.Integer({ minimum: 1, description: "the zone being edited" })),
  },
  { additionalProperties: false },
);

export const ProposalRequest = Type.Object(
  {
    distance_m: Type.Number({
      default: 500,
      description: `metres, ${PROPOSAL_DISTANCE_LIMITS_M.min} to ${PROPOSAL_DISTANCE_LIMITS_M.max} (checkProposalDistance)`,
    }),
    include_historic_pits: Type.Boolean({ default: true }),
    include_closed_mines: Type.Boolean({ default: true }),
    include_subsidence: Type.Boolean({ default: true }),
    hazard_min_grade: Type.Union([Type.Enum([...dangerGrade.values]), Type.Null()], { default: "medium" }),
    allow_protected: Type.Boolean({ default: false, description: "let candidates cross protected areas" }),
    bbox: Type.Optional(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
    rank_by: Type.Enum([...PROPOSAL_RANK_KEYS], { default: "score" }),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  },
  { additionalProperties: false },
);
export type ProposalRequest = Static<typeof ProposalRequest>;

const DamageKind = Type.Enum(["historic_pits", "closed_mines", "subsidence", "hazards"]);
const DamageMember = Type.Object({
  layer: Type.Enum(["mines", "subsidence", "hazards"]),
  id: Type.Integer(),
  kind: DamageKind,
  name: Type.String(),
});
const TransportKind = Type.Enum(["high_speed_rail", "expressway"]);

export const Proposal = Type.Object({
  rank: Type.Integer(),
  score: Type.Number(),
  /** What the ranking ordered by, with its value: the figure a planner checks the order against. */
  rank_value: Type.Object({
    key: Type.Enum([...PROPOSAL_RANK_KEYS]),
    value: Nullable(Type.Number()),
    unit: Type.Enum(["score", "people", "m2", "m"]),
    /** For nearness: the nearer of high-speed rail and expressway. */
    line: Nullable(TransportKind),
  }),
  geometry: PolygonalOutput,
  /** The report's area of the outline (as the zone adopted from it reports). */
  area_m2: Type.Number(),
  /** The members' own damaged area summed: what "damage area" ranks by. */
  damage_m2: Type.Number(),
  members: Type.Object({
    historic_pits: Type.Integer(),
    closed_mines: Type.Integer(),
    subsidence: Type.Integer(),
    hazards: Type.Integer(),
  }),
  member_refs: Type.Array(Type.Object({ layer: Type.String(), id: Type.Integer() })),
  /** The clustered damage, each by kind and name. */
  member_features: Type.Array(DamageMember),
  /** The members' threatened people: hazards' threatened plus subsidence's affected. */
  threatened_people: Type.Integer(),
  county_codes: Type.Array(Type.String()),
  dist_hsr_m: Nullable(Type.Number()),
  dist_expressway_m: Nullable(Type.Number()),
  nearest_line: Nullable(Type.Object({ kind: TransportKind, distance_m: Type.Number() })),
  suggested_zone_type: Type.String(),
  protected_overlap_m2: Type.Number(),
  /** The zone report of the outline, by the zone report's own SQL: the figures the adopted zone will show. */
  report: ZoneReport,
});
export type Proposal = Static<typeof Proposal>;

/** Damage left out of the proposals: saved zones already cover at least half of it (a point: the point). */
export const InZoneDamage = Type.Object({
  ...DamageMember.properties,
  zone_codes: Type.Array(Type.String()),
  share_in_zones: Type.Number(),
});

export const ProposalReply = Type.Object({
  proposals: Type.Array(Proposal),
  left_out: Type.Object({
    count: Type.Integer(),
    items: Type.Array(InZoneDamage, { description: "the first 200; count covers all" }),
  }),
});
export type ProposalReply = Static<typeof ProposalReply>;
