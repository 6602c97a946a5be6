import { type Static, Type } from "typebox";
import { dangerGrade } from "../enums.ts";
import { TILE_LAYER_NAMES } from "../layers.ts";
import { GEOMETRY_CAPS, GeometryInput, PolygonalInput, PolygonalOutput } from "./geometry.schema.ts";
import { PROPOSAL_RANK_KEYS } from "./proposal-ranking.ts";

/** Layers whose features may be selected and used in operations (the tile layers' names). */
export const SELECTABLE_LAYERS = TILE_LAYER_NAMES;
export type SelectableLayer = (typeof SELECTABLE_LAYERS)[number];

/** Caps of the operations: buffer distances, gap widths, proposal distances. */
export const OPERATION_CAPS = {
  minBufferM: -5_000,
  maxBufferM: 20_000,
  maxGapM: 2_000,
  minProposalDistanceM: 50,
  maxProposalDistanceM: 5_000,
  maxSelectResults: 1_000,
} as const;

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
      minimum: OPERATION_CAPS.minBufferM,
      maximum: OPERATION_CAPS.maxBufferM,
      description: "metres on the ground; negative shrinks polygons",
    }),
  },
  { additionalProperties: false },
);
export type BufferRequest = Static<typeof BufferRequest>;

export const UnionRequest = Operands;

export const SubtractRequest = Type.Object(
  { base: Operands, subtract: Operands },
  { additionalProperties: false },
);
export type SubtractRequest = Static<typeof SubtractRequest>;

export const CloseGapsRequest = Type.Object(
  { ...operandFields, gap_m: Type.Number({ exclusiveMinimum: 0, maximum: OPERATION_CAPS.maxGapM }) },
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
      minimum: OPERATION_CAPS.minProposalDistanceM,
      maximum: OPERATION_CAPS.maxProposalDistanceM,
      default: 500,
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

export const Proposal = Type.Object({
  rank: Type.Integer(),
  score: Type.Number(),
  geometry: PolygonalOutput,
  area_m2: Type.Number(),
  damage_m2: Type.Number(),
  members: Type.Object({
    historic_pits: Type.Integer(),
    closed_mines: Type.Integer(),
    subsidence: Type.Integer(),
    hazards: Type.Integer(),
  }),
  member_refs: Type.Array(Type.Object({ layer: Type.String(), id: Type.Integer() })),
  threatened_people: Type.Integer(),
  county_codes: Type.Array(Type.String()),
  dist_hsr_m: Type.Union([Type.Number(), Type.Null()]),
  dist_expressway_m: Type.Union([Type.Number(), Type.Null()]),
  suggested_zone_type: Type.String(),
  protected_overlap_m2: Type.Number(),
});
export type Proposal = Static<typeof Proposal>;
