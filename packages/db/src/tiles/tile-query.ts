import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
  sql,
} from "kysely";
import { type TileField, type TileLayer, tileFieldsAt } from "./layers.ts";
import { simplifyToleranceDegrees, TILE_BUFFER, TILE_EXTENT } from "./tile-math.ts";

/** How a tile is encoded: ST_AsMVT in the database, or clipped in SQL and encoded in Node. */
export type TileEncoder = "native" | "portable";

/** The one row of a native tile query. */
export interface NativeTileRow {
  tile: Uint8Array | null;
}

/** A row of a portable tile query: id, the layer's fields, geometry in tile units as GeoJSON. */
export interface PortableTileRow {
  __fid: number;
  __geom: string;
  [field: string]: unknown;
}

/** What a tile's SQL text depends on besides the bound numbers: the layer, its fields at this zoom, and whether it simplifies. */
interface TileShape {
  layer: TileLayer;
  fields: readonly TileField[];
  simplified: boolean;
}

/** Values a tile query binds: placeholders while a template is built, numbers when it runs. */
interface TileArgs {
  z: unknown;
  x: unknown;
  y: unknown;
  tolerance: unknown;
}

/**
 * The tile's envelope, computed once (MATERIALIZED) so no plan evaluates
 * ST_TileEnvelope per row (the generic-plan trap, docs/architecture.md "Vector tiles"): `tile` in
 * EPSG:3857, `bbox` = tile plus the buffer in EPSG:4326 for the GiST filter
 * (a Mercator rectangle is a lon/lat rectangle, so the transform is exact),
 * and the numbers of the portable path's affine map to tile units.
 */
function envelope({ z, x, y }: TileArgs) {
  const margin = TILE_BUFFER / TILE_EXTENT;
  return sql`env AS MATERIALIZED (
    SELECT e.tile,
           ST_Transform(ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int, margin => ${sql.lit(margin)}::float8), 4326) AS bbox,
           ${sql.lit(TILE_EXTENT)}::float8 / (ST_XMax(e.tile) - ST_XMin(e.tile)) AS fx,
           -(${sql.lit(TILE_EXTENT)}::float8 / (ST_YMax(e.tile) - ST_YMin(e.tile))) AS fy,
           ST_XMin(e.tile) AS x0,
           ST_YMax(e.tile) AS y1,
           least(ST_XMax(e.tile) - ST_XMin(e.tile), ST_YMax(e.tile) - ST_YMin(e.tile)) / ${sql.lit(TILE_EXTENT)}::float8 / 2 AS halfunit
    FROM (SELECT ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int) AS tile) e
  )`;
}

/**
 * Rows of the layer touching the buffered tile, geometry generalised at low
 * zooms and still in EPSG:4326: the CTE is inlined, so each query projects
 * `__g` exactly once (an expression used twice would be computed twice).
 */
function source({ layer, fields, simplified }: TileShape, a: TileArgs) {
  const geom = sql.ref(`t.${layer.geomColumn}`);
  const g = simplified ? sql`ST_Simplify(${geom}, ${a.tolerance}::float8, true)` : geom;
  const columns = fields.map((f) => sql`${f.expr} AS ${sql.id(f.name)}`);
  return sql`src AS (
    SELECT ${layer.fid} AS __fid, ${sql.join(columns)}, ${g} AS __g
    FROM env JOIN ${sql.table(layer.table)} AS t ON ${geom} && env.bbox ${layer.join ?? sql``}
    ${layer.published ? sql`WHERE ${layer.published}` : sql``}
  )`;
}

function fieldList({ fields }: TileShape) {
  return sql.join(fields.map((f) => sql.ref(`src.${f.name}`)));
}

/**
 * Native tile SQL, ST_AsMVTGeom + ST_AsMVT: one bytea row (empty when no
 * feature survives). No `WHERE __geom IS NOT NULL`: ST_AsMVT skips NULL
 * geometries itself, and the filter would make PostgreSQL run ST_AsMVTGeom
 * twice per row (once to filter, once to output).
 */
function nativeSql(shape: TileShape, a: TileArgs): RawBuilder<unknown> {
  const { layer } = shape;
  return sql`WITH ${envelope(a)}, ${source(shape, a)},
  feat AS (
    SELECT src.__fid, ${fieldList(shape)},
           ST_AsMVTGeom(ST_Transform(src.__g, 3857), env.tile, ${sql.lit(TILE_EXTENT)}, ${sql.lit(TILE_BUFFER)}, true) AS __geom
    FROM src CROSS JOIN env
  )
  SELECT ST_AsMVT(feat, ${sql.lit(layer.name)}, ${sql.lit(TILE_EXTENT)}, '__geom', '__fid' ORDER BY feat.__fid) AS tile
  FROM feat`;
}

/** Polygons are first cut this far outside the buffered tile, in unsnapped units, to bound the work. */
const PRE_CLIP_UNITS = 4096;

/**
 * ST_AsMVTGeom's steps (PostGIS 3.3+) spelled out with functions PGlite's
 * PostGIS has: drop lines and polygons whose stored (float) bbox is under
 * half a unit both ways; map to tile units (y down); snap to the integer
 * grid and drop collinear points (simplify by 0); clip to the buffered tile
 * (points inclusive); keep the layer's geometry type. Polygons are first cut
 * well outside the tile in unsnapped units (GEOS's rectangle clip needs valid
 * input, and the source is valid before snapping), then snapped; a ring that
 * snapping made cross itself is repaired with MakeValid + ReducePrecision
 * (snap-rounding that keeps validity) before and after the final clip, and
 * exterior rings are wound as MVT wants (positive area with y down). Native
 * polygons go through Wagyu instead of GEOS, so a repaired ring may differ
 * by a unit. Each LATERAL step has OFFSET 0 so the planner does not inline
 * it and compute it twice.
 */
function portableSql(shape: TileShape, a: TileArgs): RawBuilder<unknown> {
  const { layer } = shape;
  const box = (pad: number) => {
    const lo = sql.lit(-TILE_BUFFER - pad);
    const hi = sql.lit(TILE_EXTENT + TILE_BUFFER + pad);
    return sql`ST_MakeBox2D(ST_Point(${lo}, ${lo}), ST_Point(${hi}, ${hi}))`;
  };
  const toUnits = sql`ST_Affine(m.g, env.fx, 0, 0, env.fy, -env.x0 * env.fx, -env.y1 * env.fy)`;
  const snap = (g: RawBuilder<unknown>) => sql`ST_Simplify(ST_SnapToGrid(${g}, 1), 0, false)`;
  let steps: RawBuilder<unknown>;
  if (layer.kind === "polygon") {
    const repair = (g: RawBuilder<unknown>) =>
      sql`CASE WHEN ST_IsValid(${g}) THEN ${g} ELSE ST_CollectionExtract(ST_ReducePrecision(ST_MakeValid(${g}), 1), 3) END`;
    const inside = sql`b.g @ ST_MakeEnvelope(${sql.lit(-TILE_BUFFER)}, ${sql.lit(-TILE_BUFFER)}, ${sql.lit(TILE_EXTENT + TILE_BUFFER)}, ${sql.lit(TILE_EXTENT + TILE_BUFFER)})`;
    steps = sql`CROSS JOIN LATERAL (SELECT ST_ClipByBox2D(${toUnits}, ${box(PRE_CLIP_UNITS)}) AS g OFFSET 0) a
    CROSS JOIN LATERAL (SELECT ${repair(sql`s.g`)} AS g
      FROM (SELECT ST_CollectionExtract(${snap(sql`a.g`)}, 3) AS g) s OFFSET 0) b
    CROSS JOIN LATERAL (SELECT ${inside} AS inside, CASE WHEN ${inside} THEN b.g
      ELSE ST_CollectionExtract(${snap(sql`ST_ClipByBox2D(b.g, ${box(0)})`)}, 3) END AS g OFFSET 0) c
    CROSS JOIN LATERAL (SELECT ST_ForcePolygonCCW(CASE WHEN c.inside THEN c.g ELSE ${repair(sql`c.g`)} END) AS g OFFSET 0) v`;
  } else {
    const type = sql.lit(layer.kind === "point" ? 1 : 2);
    steps = sql`CROSS JOIN LATERAL (SELECT ${snap(toUnits)} AS g OFFSET 0) a
    CROSS JOIN LATERAL (
      SELECT ST_CollectionExtract(ST_SnapToGrid(ST_ClipByBox2D(a.g, ${box(0)}), 1), ${type}) AS g OFFSET 0) v`;
  }
  const tiny =
    layer.kind === "point"
      ? sql`false`
      : sql`(SELECT ST_XMax(b) - ST_XMin(b) < env.halfunit AND ST_YMax(b) - ST_YMin(b) < env.halfunit
             FROM postgis_getbbox(m.g) b)`;
  return sql`WITH ${envelope(a)}, ${source(shape, a)}
  SELECT src.__fid, ${fieldList(shape)}, ST_AsGeoJSON(v.g, 0) AS __geom
  FROM src CROSS JOIN env
  CROSS JOIN LATERAL (SELECT ST_Transform(src.__g, 3857) AS g OFFSET 0) m
  ${steps}
  WHERE NOT (${tiny}) AND v.g IS NOT NULL AND NOT ST_IsEmpty(v.g)
  ORDER BY src.__fid`;
}

// Building the query from its fragments costs more than the rest of a request in Node (~0.4 ms), so
// each (layer, encoder, zoom) SQL text is compiled once, with placeholder values, and reused as is:
// a request only binds its numbers.
const compiler = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const SLOTS: Record<keyof TileArgs, symbol> = {
  z: Symbol("z"),
  x: Symbol("x"),
  y: Symbol("y"),
  tolerance: Symbol("tolerance"),
};
interface Template {
  text: string;
  slots: (keyof TileArgs)[];
}
const templates = new Map<string, Template>();
const isSimplified = (layer: TileLayer, z: number) => z < layer.simplifyBelowZoom;

function templateOf(layer: TileLayer, encoder: TileEncoder, z: number): Template {
  const key = `${layer.name}/${encoder}/${z}`;
  let template = templates.get(key);
  if (!template) {
    const shape = { layer, fields: tileFieldsAt(layer, z), simplified: isSimplified(layer, z) };
    const built = (encoder === "native" ? nativeSql : portableSql)(shape, SLOTS);
    const { sql: text, parameters } = built.compile(compiler);
    const names = new Map(
      Object.entries(SLOTS).map(([name, slot]) => [slot as unknown, name as keyof TileArgs]),
    );
    template = { text, slots: parameters.map((p) => names.get(p) as keyof TileArgs) };
    templates.set(key, template);
  }
  return template;
}

/**
 * The exact SQL a tile request runs, for one layer and tile: one query, the
 * envelope computed once, the GiST index used through `geom && bbox`.
 * Native returns one `tile` bytea; portable returns features to encode with
 * `encodePortableTile`. Run it with `kysely.executeQuery(query)`.
 *
 * @example const { sql, parameters } = tileQuery(layer, 12, 3332, 1615, "native");
 */
export function tileQuery(
  layer: TileLayer,
  z: number,
  x: number,
  y: number,
  encoder: "portable",
): CompiledQuery<PortableTileRow>;
export function tileQuery(
  layer: TileLayer,
  z: number,
  x: number,
  y: number,
  encoder?: "native",
): CompiledQuery<NativeTileRow>;
export function tileQuery(
  layer: TileLayer,
  z: number,
  x: number,
  y: number,
  encoder?: TileEncoder,
): CompiledQuery<NativeTileRow> | CompiledQuery<PortableTileRow>;
export function tileQuery(
  layer: TileLayer,
  z: number,
  x: number,
  y: number,
  encoder: TileEncoder = "native",
) {
  const { text, slots } = templateOf(layer, encoder, z);
  const args: TileArgs = {
    z,
    x,
    y,
    tolerance: isSimplified(layer, z) ? simplifyToleranceDegrees(z, y) : null,
  };
  return CompiledQuery.raw(
    text,
    slots.map((slot) => args[slot]),
  ) as CompiledQuery<NativeTileRow & PortableTileRow>;
}
