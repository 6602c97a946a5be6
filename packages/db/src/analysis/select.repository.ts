import { SELECTABLE_LAYERS, type SelectableLayer } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { geomFromGeoJson } from "./geometry-sql.ts";
import { LAYER_SOURCES } from "./layer-sources.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export interface SelectedFeature {
  layer: SelectableLayer;
  id: string;
  name: string;
}

/**
 * Features of the given layers that intersect a polygon (a lasso), at most
 * `limit` in all, in the order of the layer list; `truncated` says when more matched.
 */
export async function selectInPolygon(
  db: Executor,
  polygon: unknown,
  layers: readonly SelectableLayer[],
  limit: number,
): Promise<{ features: SelectedFeature[]; truncated: boolean }> {
  const ordered = SELECTABLE_LAYERS.filter((l) => layers.includes(l));
  if (ordered.length === 0) return { features: [], truncated: false };
  const parts = ordered.map((layer) => {
    const src = LAYER_SOURCES[layer];
    return sql`(SELECT ${layer}::text AS layer, ${src.id} AS id, ${src.name} AS name,
        ${ordered.indexOf(layer)}::int AS ord
      FROM ${src.from}, lasso
      WHERE ${src.where} AND ST_Intersects(${src.geom}, lasso.g)
      LIMIT ${limit + 1})`;
  });
  const { rows } = await sql<SelectedFeature>`
    WITH lasso AS (SELECT ${geomFromGeoJson(polygon)} AS g)
    SELECT layer, id, name FROM (${sql.join(parts, sql` UNION ALL `)}) x
    ORDER BY ord, id
    LIMIT ${limit + 1}`.execute(db);
  return { features: rows.slice(0, limit), truncated: rows.length > limit };
}
