import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  findTileSet,
  isTileInRange,
  layersAtZoom,
  MAX_ZOOM,
  readLayerVersions,
  type ServedTile,
  TILE_FACES,
  TILE_LAYERS,
  type TileCoding,
  TileService,
  type TileSet,
} from "@lianpian/db";
import { JINCHENG_BBOX } from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { apiError } from "../errors.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import {
  LayerParams,
  MvtTile,
  NoContent,
  NotModified,
  TileJson,
  TileLayerList,
  TileParams,
} from "../schemas/tiles.schema.ts";

const tags = ["tiles"];
const MVT_TYPE = "application/vnd.mapbox-vector-tile";
/** Browsers may reuse a tile for a minute and serve it stale while revalidating; TileJSON's `?v=` busts it after an edit. */
const TILE_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
const ATTRIBUTION = "合成演示数据 synthetic demo data";
/** Bodies smaller than this go uncompressed (here and in the global compression hook): the saving is nil. */
export const COMPRESS_MIN_BYTES = 1024;

/** Tile routes answer everyone alike (drafts are never in tiles): the auth hook skips the session lookup. */
const PUBLIC_ROUTE = { publicRoute: true };

/**
 * Vector tiles of the fixed layer registry (@lianpian/db tiles/layers.ts):
 * `/tiles` lists the layers, `/tiles/{layer}.json` is TileJSON 3.0.0 and
 * `/tiles/{layer}/{z}/{x}/{y}.mvt` the tile itself. `{layer}` may also be a
 * face (plan, map, public, field) or layers joined by commas: one composite
 * tile carrying an MVT layer per source-layer, each by its own rules, cached
 * and tagged as a whole (tiles/faces.ts). Empty tiles are always
 * 204 No Content. Tiles carry a strong ETag (hash of the bytes; each
 * content coding has its own) and are compressed here — brotli when the
 * client takes it, else gzip — once per cached tile, so the global
 * compression hook is bypassed.
 */
export const tilesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = new TileService(app.db, { cacheBytes: app.config.tileCacheBytes });

  app.get(
    "/tiles",
    {
      schema: {
        tags,
        summary: "List the vector tile layers",
        description:
          "Each layer with its data version: a map that polls this list reloads the layers whose version moved.",
        response: { 200: TileLayerList },
      },
      config: PUBLIC_ROUTE,
    },
    async (request, reply) => {
      const base = baseUrl(request);
      const versions = await readLayerVersions(request.readDb());
      reply.header("cache-control", "no-cache");
      return {
        layers: TILE_LAYERS.map((l) => ({
          id: l.name,
          title: l.title,
          description: l.description,
          geometry: l.kind,
          minzoom: l.minzoom,
          maxzoom: l.maxzoom,
          tilejson: `${base}/tiles/${l.name}.json`,
          tiles: `${base}/tiles/${l.name}/{z}/{x}/{y}.mvt`,
          version: versions.get(l.name) ?? 0,
        })),
      };
    },
  );

  app.get(
    "/tiles/:layer.json",
    {
      schema: {
        tags,
        summary: "TileJSON 3.0.0 of one layer",
        description:
          "Absolute tile URL built from the request's host and protocol, with `?v=` = the layer's data version, " +
          "so a client that reloads the TileJSON after an edit bypasses tiles its browser cached.",
        params: LayerParams,
        response: { 200: TileJson, ...errorResponses(404) },
      },
      config: PUBLIC_ROUTE,
    },
    async (request, reply) => {
      const set = setOrThrow(request.params.layer);
      const versions = await readLayerVersions(request.readDb());
      const version = set.layers.map((l) => versions.get(l.name) ?? 0).join(".");
      const [west, south, east, north] = JINCHENG_BBOX;
      const only = set.single ? set.layers[0] : undefined;
      reply.header("cache-control", "no-cache");
      return {
        tilejson: "3.0.0" as const,
        name: only?.title ?? `${set.name} composite`,
        description: only?.description ?? `Layers ${set.layers.map((l) => l.name).join(", ")} in one tile`,
        version: "1.0.0",
        attribution: ATTRIBUTION,
        scheme: "xyz" as const,
        tiles: [`${baseUrl(request)}/tiles/${set.name}/{z}/{x}/{y}.mvt?v=${version}`],
        minzoom: set.minzoom,
        maxzoom: set.maxzoom,
        bounds: [west, south, east, north],
        center: [(west + east) / 2, (south + north) / 2, Math.max(set.minzoom, 9)],
        vector_layers: set.layers.map((layer) => ({
          id: layer.name,
          description: layer.description,
          minzoom: layer.minzoom,
          maxzoom: layer.maxzoom,
          fields: Object.fromEntries(
            layer.fields.map((f) => [
              f.name,
              `${f.type} — ${f.description}${f.minzoom ? `; in tiles from zoom ${f.minzoom} (从第 ${f.minzoom} 级起)` : ""}`,
            ]),
          ),
        })),
      };
    },
  );

  app.get(
    "/tiles/:layer/:z/:x/:y.mvt",
    {
      compress: false,
      config: PUBLIC_ROUTE,
      schema: {
        tags,
        summary: "One Mapbox vector tile",
        description:
          "MVT (extent 4096, buffer 64) with one layer named after `layer`; feature id = row id (counties: the " +
          "6-digit code). **An empty tile is always 204 No Content.** z outside 0–22 or outside the layer's " +
          "zoom range → 400 zoom_out_of_range; x or y outside 0…2^z−1 → 400 tile_out_of_range. " +
          "Strong ETag, If-None-Match → 304; brotli or gzip as Accept-Encoding allows (brotli preferred; " +
          "tiles under 1 KiB go uncompressed); " +
          "Cache-Control public, 60 s.",
        params: TileParams,
        response: { 200: MvtTile, 204: NoContent, 304: NotModified, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { z, x, y } = request.params;
      const set = setOrThrow(request.params.layer);
      checkTile(set, z, x, y);

      // The client may leave while we wait for a connection: then skip the query.
      const abandoned = () => reply.raw.destroyed;
      const writer = request.wroteRecently();
      // Hot path: a cached tile at fresh versions is served without an await or the database.
      let tile: ServedTile | undefined = writer ? undefined : service.peek(set, z, x, y);
      try {
        tile ??= await service.getSet(set, z, x, y, abandoned, writer ? app.db.kysely : undefined);
      } catch (error) {
        if (!abandoned()) throw error;
        // Nobody is listening any more: close the exchange (499 in the access log, as nginx would).
        request.log.info({ layer: set.name, z, x, y }, "tile request abandoned by the client");
        reply.hijack();
        reply.raw.statusCode = 499;
        reply.raw.end();
        return;
      }

      const coding =
        tile.raw.byteLength < COMPRESS_MIN_BYTES
          ? undefined
          : preferredCoding(request.headers["accept-encoding"]);
      reply
        .header("etag", tile.etagOf(coding))
        .header("cache-control", TILE_CACHE_CONTROL)
        .header("vary", "accept-encoding");
      if (service.caching) reply.header("x-tile-cache", tile.cached ? "hit" : "miss");
      const ifNoneMatch = request.headers["if-none-match"];
      if (ifNoneMatch && etagMatches(ifNoneMatch, tile.etags())) return reply.code(304).send(null);
      if (tile.raw.byteLength === 0) return reply.code(204).send(null);
      reply.type(MVT_TYPE);
      if (!coding) return reply.send(tile.raw);
      return reply.header("content-encoding", coding).send(await tile.encode(coding));
    },
  );
};

function setOrThrow(name: string): TileSet {
  const set = findTileSet(name);
  if (!set) {
    throw apiError("unknown_layer", {
      layer: name,
      layers: [...TILE_LAYERS.map((l) => l.name), ...TILE_FACES],
    });
  }
  return set;
}

function checkTile(set: TileSet, z: number, x: number, y: number): void {
  if (z < 0 || z > MAX_ZOOM) {
    throw apiError("zoom_out_of_range", {
      reason: `z must be from 0 to ${MAX_ZOOM}, got ${z}`,
      z,
      min: 0,
      max: MAX_ZOOM,
    });
  }
  if (layersAtZoom(set, z).length === 0) {
    throw apiError("zoom_out_of_range", {
      reason: `layer ${set.name} has tiles at zooms ${set.minzoom}–${set.maxzoom}, got ${z}`,
      layer: set.name,
      z,
      minzoom: set.minzoom,
      maxzoom: set.maxzoom,
    });
  }
  if (!isTileInRange(z, x, y)) {
    const max = 2 ** z - 1;
    throw apiError("tile_out_of_range", {
      reason: `at zoom ${z}, x and y must be from 0 to ${max}`,
      z,
      x,
      y,
      max,
    });
  }
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Browsers send one of a handful of Accept-Encoding values: each is read once (up to this many). */
const CODINGS_KEPT = 64;
const codings = new Map<string, TileCoding | null>();

/**
 * The coding to send under an Accept-Encoding header: the acceptable one
 * (q > 0) of brotli and gzip with the higher q, brotli on a tie (smaller and,
 * at the settings used, cheaper to make); `*` stands for codings not named;
 * undefined means identity.
 */
export function preferredCoding(header: string | undefined): TileCoding | undefined {
  if (!header) return undefined;
  let coding = codings.get(header);
  if (coding === undefined) {
    coding = codingFor(header) ?? null;
    if (codings.size < CODINGS_KEPT) codings.set(header, coding);
  }
  return coding ?? undefined;
}

function codingFor(header: string): TileCoding | undefined {
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const coding = name.trim() === "x-gzip" ? "gzip" : name.trim();
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(coding, Number.isFinite(value) ? value : 0);
  }
  const weightOf = (coding: TileCoding) => q.get(coding) ?? q.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  if (br > 0 && br >= gzip) return "br";
  return gzip > 0 ? "gzip" : undefined;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, `*` matches. */
function etagMatches(header: string, etags: readonly string[]): boolean {
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || etags.includes(t));
}
