import type { Geometry } from "geojson";
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { propertyValue, whereIn } from "../features/feature-sql.ts";
import type { Bbox } from "../features/items-query.ts";
import { inZone, keyIn } from "../features/selection-sql.ts";
import type { Database } from "../schema.ts";
import type { ExportLayerDef } from "./export-layers.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Which rows of a layer to export, and what the reader may see. */
export interface ExportSelection {
  /** Only these rows (serial ids, or county codes). */
  ids?: readonly (number | string)[] | undefined;
  /** Only rows intersecting this CRS84 box. */
  bbox?: Bbox | undefined;
  /** Only rows intersecting this zone's outline (the zone itself for the zones layer). */
  zoneId?: number | undefined;
  /** Draft zones too (planners); otherwise only the layer's published rows. */
  includeDrafts: boolean;
  /** The private columns too (roles that see them). */
  includePrivate: boolean;
}

/** One exported row: its key, its properties by property name, its geometry in the target CRS. */
export interface ExportRow {
  id: number | string;
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

/** Degrees to 9 decimals (0.1 mm), metres to 4 (0.1 mm): finer than the 1 mm a surveyor checks. */
const DEGREE_DECIMALS = 9;
const METRE_DECIMALS = 4;

/** The properties the reader may see, in the layer's order, private ones last. */
export function exportProperties(layer: ExportLayerDef, includePrivate: boolean) {
  return includePrivate ? [...layer.properties, ...layer.privateProperties] : layer.properties;
}

function conditions(layer: ExportLayerDef, s: ExportSelection): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  const key = sql.ref(`t.${layer.idColumn}`);
  const geom = sql.ref(`t.${layer.geometryColumn}`);
  if (s.ids) out.push(keyIn(key, s.ids));
  if (s.bbox) {
    const [a, b, c, d] = s.bbox;
    out.push(
      sql<boolean>`ST_Intersects(${geom}, ST_MakeEnvelope(${a}::float8, ${b}::float8, ${c}::float8, ${d}::float8, 4326))`,
    );
  }
  if (s.zoneId !== undefined) out.push(inZone(layer.table, key, geom, s.zoneId, s.includeDrafts));
  return out;
}

function where(layer: ExportLayerDef, s: ExportSelection): RawBuilder<unknown> {
  return whereIn(layer, conditions(layer, s), { includeDrafts: s.includeDrafts });
}

/**
 * The selected rows of a layer with their geometry transformed by PostGIS
 * to the target SRID (x = easting / longitude, as files store it), in key
 * order. Table and column names come from the registry; values are bound.
 *
 * @example await readExportRows(db, findExportLayer("mines")!, 4547, { includeDrafts: false, includePrivate: false })
 */
export async function readExportRows(
  db: Executor,
  layer: ExportLayerDef,
  srid: number,
  selection: ExportSelection,
): Promise<ExportRow[]> {
  const props = exportProperties(layer, selection.includePrivate);
  const values = sql.join(props.map((p) => sql`${p.name}::text, ${propertyValue(p)}`));
  const decimals = sql.lit(srid === 4326 || srid === 4490 ? DEGREE_DECIMALS : METRE_DECIMALS);
  const geom = sql.ref(`t.${layer.geometryColumn}`);
  const { rows } = await sql<{ id: number | string; properties: string; geometry: string | null }>`
    SELECT ${sql.ref(`t.${layer.idColumn}`)} AS id,
           json_build_object(${values})::text AS properties,
           ST_AsGeoJSON(ST_Transform(${geom}, ${sql.lit(srid)}), ${decimals}, 0) AS geometry
    FROM ${sql.table(layer.table)} AS t
    ${where(layer, selection)}
    ORDER BY ${sql.ref(`t.${layer.idColumn}`)}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    properties: JSON.parse(r.properties) as Record<string, unknown>,
    geometry: r.geometry === null ? null : (JSON.parse(r.geometry) as Geometry),
  }));
}

/**
 * The longitude of the middle of the selected rows' extent (CRS84), the
 * meridian an automatic Gauss-Krüger zone is picked by; null when no row.
 */
export async function readExportCentre(
  db: Executor,
  layer: ExportLayerDef,
  selection: ExportSelection,
): Promise<number | null> {
  const geom = sql.ref(`t.${layer.geometryColumn}`);
  const { rows } = await sql<{ lng: number | null }>`
    SELECT (ST_XMin(e) + ST_XMax(e)) / 2 AS lng
    FROM (SELECT ST_Extent(${geom})::geometry AS e FROM ${sql.table(layer.table)} AS t ${where(layer, selection)}) s`.execute(
    db,
  );
  const lng = rows[0]?.lng;
  return lng === null || lng === undefined ? null : Number(lng);
}
