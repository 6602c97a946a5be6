import { type Static, Type } from "typebox";
import { Nullable } from "../nullable.schema.ts";

const Area = Type.Object({ m2: Type.Number(), mu: Type.Number(), ha: Type.Number(), km2: Type.Number() });

const Nearest = Nullable(
  Type.Object({ id: Type.Integer(), name_zh: Type.String(), distance_m: Type.Number() }),
);

export const ReportWarning = Type.Object({
  code: Type.String(),
  message_zh: Type.String(),
  message_en: Type.String(),
});

/** Fund shares of a zone by the damage rule (docs/domain-rules.md "Fund shares"). */
export const FundShares = Type.Object({
  parties: Type.Array(
    Type.Object({
      company_id: Nullable(Type.Integer()),
      company_name: Type.String(),
      damage_m2: Type.Number({
        description: "damaged ground inside the zone attributed to the party, each piece once",
      }),
      mine_footprint_m2: Type.Number(),
      subsidence_m2: Type.Number(),
      share_pct: Type.Number(),
    }),
  ),
  total_damage_m2: Type.Number({ description: "the damage attributed to all parties" }),
  damaged_ground_m2: Type.Number({
    description: "the union of the damaged ground inside the zone; the attributed total never exceeds it",
  }),
});
export type FundShares = Static<typeof FundShares>;

/** What a zone contains: the zone report (issue 3, item 4). */
export const ZoneReport = Type.Object({
  area: Area,
  counties: Type.Array(Type.Object({ code: Type.String(), name_zh: Type.String(), area_m2: Type.Number() })),
  mines: Type.Array(
    Type.Object({
      id: Type.Integer(),
      mine_name: Type.String(),
      company_id: Nullable(Type.Integer()),
      company_name: Nullable(Type.String()),
      status: Type.String(),
      mineral: Type.String(),
      disposition: Nullable(Type.String()),
      mine_area_m2: Type.Number(),
      overlap_m2: Type.Number(),
      share_of_mine_pct: Type.Number({ description: "overlap over the mine's whole area" }),
    }),
  ),
  subsidence: Type.Object({
    by_status: Type.Array(
      Type.Object({ status: Type.String(), count: Type.Integer(), area_m2: Type.Number() }),
    ),
    items: Type.Array(
      Type.Object({
        id: Type.Integer(),
        code: Type.String(),
        name_zh: Type.String(),
        status: Type.String(),
        area_m2: Type.Number({ description: "the part inside the zone" }),
      }),
    ),
    total_m2: Type.Number(),
  }),
  hazards: Type.Object({
    by_type_grade: Type.Array(
      Type.Object({ hazard_type: Type.String(), danger_grade: Type.String(), count: Type.Integer() }),
    ),
    items: Type.Array(
      Type.Object({
        id: Type.Integer(),
        name_zh: Type.String(),
        hazard_type: Type.String(),
        danger_grade: Type.String(),
        threatened_people: Type.Integer(),
        threatened_households: Type.Integer(),
      }),
    ),
    count: Type.Integer(),
    threatened_people: Type.Integer(),
    threatened_households: Type.Integer(),
  }),
  corridors: Type.Array(
    Type.Object({ corridor_type: Type.String(), count: Type.Integer(), length_m: Type.Number() }),
  ),
  villages: Type.Object({
    count: Type.Integer(),
    population: Type.Integer(),
    households: Type.Integer(),
    items: Type.Array(
      Type.Object({
        id: Type.Integer(),
        name_zh: Type.String(),
        population: Type.Integer(),
        households: Type.Integer(),
      }),
    ),
  }),
  protected_areas: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name_zh: Type.String(),
      kind: Type.String(),
      overlap_m2: Type.Number(),
    }),
  ),
  other_zones: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      name_zh: Type.String(),
      overlap_m2: Type.Number(),
    }),
  ),
  nearest: Type.Object({ high_speed_rail: Nearest, expressway: Nearest }),
  fund_shares: FundShares,
  warnings: Type.Array(ReportWarning),
});
export type ZoneReport = Static<typeof ZoneReport>;
