import { type RawBuilder, sql } from "kysely";
import { zoneIsPublished } from "../zones/zone-published.ts";

// Conditions on a layer's row `t` that the OGC items filter and the layer
// exports both select by. Table and column names come from their registries;
// every value is a bound parameter.

/** The rows whose key (a serial id or a county code) is one of `ids`. */
export function keyIn(key: RawBuilder<unknown>, ids: readonly (number | string)[]): RawBuilder<boolean> {
  return sql<boolean>`${key}::text = ANY(${ids.map(String)}::text[])`;
}

/**
 * The rows of `table` that intersect zone `zoneId`'s outline; in
 * treatment_zones, the zone itself. Unless `includeDrafts`, a draft zone
 * selects nothing (in treatment_zones, the caller's published condition on
 * `t` sees to that).
 */
export function inZone(
  table: string,
  key: RawBuilder<unknown>,
  geom: RawBuilder<unknown>,
  zoneId: number,
  includeDrafts: boolean,
): RawBuilder<boolean> {
  if (table === "treatment_zones") return sql<boolean>`${key} = ${zoneId}::int`;
  const visible = includeDrafts ? sql`` : sql`AND ${zoneIsPublished("z")}`;
  const zone = sql`(SELECT z.geom FROM treatment_zones z WHERE z.id = ${zoneId}::int ${visible})`;
  return sql<boolean>`ST_Intersects(${geom}, ${zone})`;
}
