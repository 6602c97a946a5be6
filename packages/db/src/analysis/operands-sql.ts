import type { FeatureRef, SelectableLayer } from "@lianpian/domain";
import type { Geometry } from "geojson";
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { LAYER_SOURCES, matchIds } from "./layer-sources.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** What an operation works on: drawn geometries and features of the map's layers. */
export interface OperandInput {
  geometries?: readonly Geometry[] | undefined;
  features?: readonly FeatureRef[] | undefined;
}

function idsByLayer(features: readonly FeatureRef[]): Map<SelectableLayer, string[]> {
  const byLayer = new Map<SelectableLayer, string[]>();
  for (const f of features) {
    const list = byLayer.get(f.layer) ?? [];
    list.push(String(f.id));
    byLayer.set(f.layer, list);
  }
  return byLayer;
}

/** Number of geometries and features in an operand. */
export function operandCount(op: OperandInput): number {
  return (op.geometries?.length ?? 0) + (op.features?.length ?? 0);
}

/**
 * A subquery `SELECT g` over every operand geometry (EPSG:4326). Throws on
 * an empty operand: callers check `operandCount` first.
 */
export function operandGeoms(op: OperandInput): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (op.geometries && op.geometries.length > 0) {
    const json = JSON.stringify(op.geometries);
    parts.push(
      sql`SELECT ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(e::text)), 4326) AS g FROM jsonb_array_elements(${json}::jsonb) e`,
    );
  }
  for (const [layer, ids] of idsByLayer(op.features ?? [])) {
    const src = LAYER_SOURCES[layer];
    parts.push(sql`SELECT ${src.geom} AS g FROM ${src.from} WHERE ${src.where} AND ${matchIds(src, ids)}`);
  }
  if (parts.length === 0) throw new RangeError("an operation needs at least one geometry or feature");
  return sql`(${sql.join(parts, sql` UNION ALL `)})`;
}

/** The referenced features that do not exist (unknown ids, or counties at city level). */
export async function findMissingRefs(db: Executor, features: readonly FeatureRef[]): Promise<FeatureRef[]> {
  const missing: FeatureRef[] = [];
  for (const [layer, ids] of idsByLayer(features)) {
    const src = LAYER_SOURCES[layer];
    const { rows } = await sql<{ id: string }>`
      SELECT ${src.id} AS id FROM ${src.from} WHERE ${src.where} AND ${matchIds(src, ids)}`.execute(db);
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!found.has(id)) missing.push({ layer, id });
  }
  return missing;
}
