import { type RawBuilder, sql } from "kysely";
import type { FeatureCollectionDef } from "./collections.ts";
import type { FeatureProperty } from "./feature-property.ts";
import { idColumn } from "./feature-sql.ts";
import type { ItemsFilter, PropertyCondition } from "./items-filter.ts";
import { inZone, keyIn } from "./selection-sql.ts";

// SQL of an ItemsFilter. Property expressions come from the registry
// (column or fixed expression); every value is a bound parameter.

/** The property's value as stored (a timestamp stays a timestamp, for ranges and sorting). */
function raw(p: FeatureProperty): RawBuilder<unknown> {
  return p.sql ?? sql.ref(`t.${p.name}`);
}

function cast(p: FeatureProperty): RawBuilder<unknown> {
  if (p.type === "date") return sql`::date`;
  if (p.type === "date-time") return sql`::timestamptz`;
  if (p.type === "integer" || p.type === "number") return sql`::float8`;
  if (p.type === "boolean") return sql`::boolean`;
  return sql`::text`;
}

function condition(c: PropertyCondition): RawBuilder<boolean> {
  const value = raw(c.property);
  switch (c.kind) {
    case "equals":
      return sql<boolean>`${value} = ${c.value}${cast(c.property)}`;
    case "like":
      return sql<boolean>`${value}::text ILIKE ${c.pattern}::text`;
    case "contains":
      return c.property.type === "integer[]"
        ? sql<boolean>`${c.value}::int = ANY(${value})`
        : sql<boolean>`${c.value}::text = ANY(${value})`;
    case "range": {
      const parts: RawBuilder<boolean>[] = [];
      // A timestamp's upper day is included whole: before the next midnight (UTC).
      const upper = c.property.type === "date-time" ? sql`<` : sql`<=`;
      const maxValue =
        c.property.type === "date-time" && c.max !== undefined
          ? sql`(${c.max}::date + 1)::timestamp AT TIME ZONE 'UTC'`
          : sql`${c.max}${cast(c.property)}`;
      const minValue =
        c.property.type === "date-time"
          ? sql`${c.min}::date::timestamp AT TIME ZONE 'UTC'`
          : sql`${c.min}${cast(c.property)}`;
      if (c.min !== undefined) parts.push(sql<boolean>`${value} >= ${minValue}`);
      if (c.max !== undefined) parts.push(sql<boolean>`${value} ${upper} ${maxValue}`);
      return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
    }
  }
}

/**
 * The filter's conditions on row `t` (the published rows' condition is the
 * caller's, dropped for drafts only when `includeDrafts`). A zone named by
 * `zoneId` that the reader may not see selects nothing (in the zones
 * collection itself, the published condition on `t` sees to that).
 */
export function filterConditions(c: FeatureCollectionDef, f: ItemsFilter): RawBuilder<boolean>[] {
  const out = f.conditions.map(condition);
  const key = idColumn(c);
  const geom = sql.ref(`t.${c.geometryColumn}`);
  if (f.ids) out.push(keyIn(key, f.ids));
  if (f.zoneId !== undefined) out.push(inZone(c.table, key, geom, f.zoneId, f.includeDrafts));
  if (f.intersects) {
    // Made valid first: a drawn outline may cross itself.
    const outline = sql`ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(f.intersects)}::text), 4326))`;
    out.push(sql<boolean>`ST_Intersects(${geom}, ${outline})`);
  }
  return out;
}

/** ORDER BY the sort keys (missing values last), then the id, so pages are stable. */
export function orderBy(c: FeatureCollectionDef, f: ItemsFilter): RawBuilder<unknown> {
  const keys = f.sortby.map((k) => sql`${raw(k.property)} ${k.descending ? sql`DESC` : sql`ASC`} NULLS LAST`);
  return sql.join([...keys, idColumn(c)]);
}
