import { disposition, NON_COAL_MINERALS, Nullable, PolygonalInput } from "@lianpian/domain";
import { Type } from "typebox";

/** Schemas of the non-coal rectification routes (Zezhou plan, issue 15). */

const Reason = Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String() });
const IsoDay = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "ISO date" });
const Disposition = Type.Union(disposition.values.map((v) => Type.Literal(v)));
const NonCoalMineral = Type.Union(NON_COAL_MINERALS.map((v) => Type.Literal(v)));
const Method = Type.Union(["underground", "open_pit", "combined"].map((v) => Type.Literal(v)));
const ScaleClassSchema = Type.Union(["large", "medium", "small"].map((v) => Type.Literal(v)));
const Unit = Type.Union([Type.Literal("万t/a"), Type.Literal("万m3/a")]);
const County = Type.String({ pattern: "^\\d{6}$" });

export const ClassFilter = Type.Object(
  {
    county: Type.Optional(County),
    class: Type.Optional(Disposition),
    as_of: Type.Optional(IsoDay),
    format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])),
  },
  { additionalProperties: false },
);

const ClassedMineSchema = Type.Object({
  id: Type.Integer(),
  mine_name: Type.String(),
  license_no: Nullable(Type.String()),
  county_code: Type.String(),
  company_name: Nullable(Type.String()),
  mineral: Type.String(),
  mining_method: Type.String(),
  status: Type.String(),
  production_scale: Nullable(Type.Number()),
  production_unit: Type.String(),
  valid_to: Nullable(Type.String()),
  safety_permit_valid_to: Nullable(Type.String()),
  remaining_service_years: Nullable(Type.Number()),
  over_boundary: Type.Boolean(),
  banned_process_unfixed: Type.Boolean(),
  resources_exhausted: Type.Boolean(),
  stopped_since: Nullable(Type.String()),
  construction_due: Nullable(Type.String()),
  scale_after_upgrade: Nullable(Type.Number()),
  ore_body_code: Nullable(Type.String()),
  position: Type.Array(Type.Number()),
  computed: Type.Object({
    class: Type.String(),
    reasons: Type.Array(Reason),
    missing: Type.Array(Type.String()),
  }),
  disposition: Nullable(Type.String({ description: "the planner's recorded class" })),
  disposition_doc: Nullable(Type.String({ description: "its basis" })),
  effective: Type.String({ description: "the recorded class when there is one, else the computed" }),
  differs: Type.Boolean(),
});

export const ClassesReply = Type.Object({
  as_of: Type.String(),
  mines: Type.Array(ClassedMineSchema),
  counts_by_county: Type.Array(
    Type.Object({
      county_code: Type.String(),
      effective: Type.Record(Type.String(), Type.Integer()),
      computed: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
  new_vs_closed: Type.Object({ new: Type.Integer(), closed: Type.Integer(), ok: Type.Boolean() }),
});

export const RecordClassBody = Type.Object(
  {
    disposition: Nullable(Disposition),
    basis: Nullable(Type.String({ minLength: 2, maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const FactsBody = Type.Object(
  {
    over_boundary: Type.Boolean(),
    over_boundary_record: Nullable(Type.String({ maxLength: 200 })),
    banned_process_unfixed: Type.Boolean(),
    resources_exhausted: Type.Boolean(),
    stopped_since: Nullable(IsoDay),
    construction_due: Nullable(IsoDay),
    scale_after_upgrade: Nullable(Type.Number({ minimum: 0, maximum: 99999 })),
    ore_body_code: Nullable(Type.String({ minLength: 1, maxLength: 60 })),
  },
  { additionalProperties: false },
);

export const ConsolidationReply = Type.Object({
  pairs: Type.Array(
    Type.Object({
      mine_a: Type.Object({
        id: Type.Integer(),
        mine_name: Type.String(),
        company_id: Nullable(Type.Integer()),
      }),
      mine_b: Type.Object({
        id: Type.Integer(),
        mine_name: Type.String(),
        company_id: Nullable(Type.Integer()),
      }),
      distance_m: Type.Number(),
      safety_distance_m: Type.Number(),
      reasons: Type.Array(Type.String()),
      ore_body_code: Nullable(Type.String()),
    }),
  ),
});

const ProposalFields = {
  mineral: NonCoalMineral,
  mining_method: Method,
  deposit_scale: ScaleClassSchema,
  production_scale: Type.Number({ exclusiveMinimum: 0, maximum: 99999 }),
  production_unit: Type.Optional(Unit),
  geometry: PolygonalInput,
};

export const AllocationCheckBody = Type.Object(ProposalFields, { additionalProperties: false });

export const ProposalBody = Type.Object(
  {
    ...ProposalFields,
    name_zh: Type.String({ minLength: 2, maxLength: 100 }),
    county_code: Type.Optional(County),
    remarks: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);

export const AllocationCheckReply = Type.Object({
  ok: Type.Boolean(),
  production_class: Nullable(Type.String()),
  reasons: Type.Array(Reason),
  overlaps: Type.Array(
    Type.Object({
      kind: Type.String(),
      id: Type.Integer(),
      name_zh: Type.String(),
      overlap_m2: Type.Number(),
      overlap_mu: Type.Number(),
    }),
  ),
});

export const ProposalStatusBody = Type.Object(
  { status: Type.Union([Type.Literal("proposed"), Type.Literal("approved"), Type.Literal("rejected")]) },
  { additionalProperties: false },
);

export const ProposalsReply = Type.Object({
  proposals: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name_zh: Type.String(),
      county_code: Nullable(Type.String()),
      mineral: Type.String(),
      mining_method: Type.String(),
      deposit_scale: Type.String(),
      production_scale: Type.Number(),
      production_unit: Type.String(),
      status: Type.String(),
      remarks: Nullable(Type.String()),
      area_m2: Type.Number(),
      geometry: Type.Unknown({ description: "GeoJSON MultiPolygon" }),
    }),
  ),
});
