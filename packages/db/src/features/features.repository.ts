import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { CRS84, type RequestCrs } from "./crs-uri.ts";
import { featureJson, fromTable, idColumn, intersectsBbox, whereIn } from "./feature-sql.ts";
import { NO_FILTER } from "./items-filter.ts";
import { filterConditions, orderBy } from "./items-filter-sql.ts";
import type { ItemsQuery } from "./items-query.ts";

/** One page of a collection. */
export interface FeaturePage {
  /** Rows matching the filter, over all pages. */
  numberMatched: number;
  numberReturned: number;
  /**
   * The page's GeoJSON Features as a JSON array text, in id order: built by
   * PostgreSQL and meant to be spliced into the reply as is, without a parse
   * and re-serialise of up to a thousand polygons.
   */
  featuresJson: string;
}

/**
 * A page of features, ordered by the query's sort keys then id (stable
 * across pages), with the count of all matches. The query's filter narrows
 * the rows (properties, ids, a zone, a drawn outline) and may include draft
 * zones for readers who may see them.
 *
 * @example await listFeatures(db, findCollection("hazard_points")!, { bbox: undefined, limit: 10, offset: 0 })
 */
export async function listFeatures(
  db: Kysely<Database>,
  collection: FeatureCollectionDef,
  query: ItemsQuery,
): Promise<FeaturePage> {
  const filter = query.filter ?? NO_FILTER;
  const conditions = [
    ...(query.bbox ? [intersectsBbox(collection, query.bbox, query.bboxCrs)] : []),
    ...filterConditions(collection, filter),
  ];
  const where = whereIn(collection, conditions, { includeDrafts: filter.includeDrafts });
  const feature = featureJson(collection, query.crs, { skipGeometry: filter.skipGeometry });
  const { rows } = await sql<{ matched: number; returned: number; features: string }>`
    WITH page AS (
      SELECT ${feature} AS feature, row_number() OVER (ORDER BY ${orderBy(collection, filter)}) AS k
      FROM ${fromTable(collection)}
      ${where}
      ORDER BY ${orderBy(collection, filter)}
      LIMIT ${query.limit} OFFSET ${query.offset}
    )
    SELECT (SELECT count(*) FROM ${fromTable(collection)} ${where})::int AS matched,
           (SELECT count(*) FROM page)::int AS returned,
           coalesce((SELECT json_agg(feature ORDER BY k) FROM page)::text, '[]') AS features`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("features page query returned no row");
  return { numberMatched: row.matched, numberReturned: row.returned, featuresJson: row.features };
}

/** The GeoJSON Feature of that id (see parseFeatureId) in that CRS, or undefined when there is none. */
export async function getFeature(
  db: Kysely<Database>,
  collection: FeatureCollectionDef,
  id: number | string,
  crs: RequestCrs = CRS84,
): Promise<GeoJsonFeature | undefined> {
  const { rows } = await sql<{ feature: string }>`
    SELECT ${featureJson(collection, crs)}::text AS feature
    FROM ${fromTable(collection)}
    ${whereIn(collection, [sql<boolean>`${idColumn(collection)} = ${id}`])}`.execute(db);
  const row = rows[0];
  return row ? (JSON.parse(row.feature) as GeoJsonFeature) : undefined;
}

/** A Feature as this API publishes it. */
export interface GeoJsonFeature {
  type: "Feature";
  id: number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}
