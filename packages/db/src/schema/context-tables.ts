import type { Generated } from "kysely";
import type { Geometry, NullableNum, Provenance, Timestamps } from "./column-types.ts";

/** Context layers: counties, rivers, transport, villages, protected areas, infrastructure. */

export interface CountiesTable extends Timestamps, Provenance {
  code: string;
  name_zh: string;
  name_en: string;
  parent_code: string | null;
  level: "city" | "county";
  swc_rate_now: NullableNum;
  swc_rate_now_year: number | null;
  swc_target_2025: NullableNum;
  swc_target_2035: NullableNum;
  geom: Geometry;
}

export interface RiversTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string;
  river_class: string;
  geom: Geometry;
}

export interface TransportLinesTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string;
  ref: string | null;
  kind: string;
  geom: Geometry;
}

export interface VillagesTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string | null;
  county_code: string;
  township: string | null;
  population: number;
  households: number;
  geom: Geometry;
}

export interface ProtectedAreasTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  name_en: string | null;
  kind: string;
  protection_level: string;
  geom: Geometry;
}

export interface InfrastructureTable extends Timestamps, Provenance {
  id: Generated<number>;
  name_zh: string;
  kind: string;
  geom: Geometry;
}
