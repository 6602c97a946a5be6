import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  findTileSet,
  isTileInRange,
  layersAtZoom,
  MAX_ZOOM,
  type ServedTile,
  TILE_FACES,
  TILE_LAYERS,
  type TileCoding,
  TileService,
  type TileSet,
} from "@lianpian/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { apiError } from "../errors.ts";
import { API_SECURITY_HEADERS } from "../plugins/security-headers.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { MvtTile, NoContent, NotModified, TileParams } from "../schemas/tiles.schema.ts";

const MVT_TYPE = "application/vnd.mapbox-vector-tile";
/** Browsers may reuse a tile for a minute and serve it stale while revalidating; TileJSON's `?v=` busts it after an edit. */
const TILE_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
/** Bodies smaller than this go uncompressed (here and in the global compression hook): the saving is nil. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * `/tiles/{layer}/{z}/{x}/{y}.mvt`, the hot path of every map. `{layer}` is
 * a layer of the registry (@lianpian/db tiles/layers.ts), a face (plan, map,
 * public, field) or layers joined by commas: one composite tile carrying an
 * MVT layer per source-layer, each by its own rules, cached and tagged as a
 * whole (tiles/faces.ts). Empty tiles are always 204 No Content (and cached
 * like the rest). Tiles carry a strong ETag (hash of the bytes, made once per
 * cached entry; each content coding has its own) and are compressed here —
 * brotli when the client takes it, else gzip — once per cached tile.
 *
 * The global hooks cost it little: they are callback-style (no promise per
 * request) and return at once for it; it never looks a session up, and it
 * sends the security headers precomputed with its own (the security-headers
 * onSend hook adds only HSTS over TLS), and a cached tile at fresh layer versions is
 * answered with no await and no database.
 */
export const tilesMvtRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = new TileService(app.db, { cacheBytes: app.config.tileCacheBytes });

  app.get(
    "/tiles/:layer/:z/:x/:y.mvt",
    {
      compress: false,
      // A GET has no body: no decompression hook either.
      decompress: false,
      // Tiles answer everyone alike (drafts are never in tiles): the auth hook skips the session lookup.
      // The security headers come precomputed with the tile's own (headersOf): the hook adds only HSTS.
      config: { publicRoute: true, ownSecurityHeaders: true },
      // …and on its refusals (bad coordinates, unknown layer) the same headers.
      onError: (_request, reply, _error, done) => {
        reply.headers(API_SECURITY_HEADERS);
        done();
      },
      schema: {
        tags: ["tiles"],
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
    (request, reply) => {
      const { z, x, y } = request.params;
      const set = tileSetOrThrow(request.params.layer);
      checkTile(set, z, x, y);
      const writer = request.wroteRecently();
      // Hot path: a cached tile at fresh versions is answered at once — no promise, no database.
      const cached = writer ? undefined : service.peek(set, z, x, y);
      if (cached) return sendTile(request, reply, cached, service.caching);

      // The client may leave while we wait for a connection: then skip the query.
      const abandoned = () => reply.raw.destroyed;
      return service.getSet(set, z, x, y, abandoned, writer ? app.db.kysely : undefined).then(
        (tile) => sendTile(request, reply, tile, service.caching),
        (error) => {
          if (!abandoned()) throw error;
          // Nobody is listening any more: close the exchange (499 in the access log, as nginx would).
          request.log.info({ layer: set.name, z, x, y }, "tile request abandoned by the client");
          reply.hijack();
          reply.raw.statusCode = 499;
          reply.raw.end();
        },
      );
    },
  );
};

/**
 * Sends a tile: its precomputed headers, 304 when If-None-Match holds its
 * ETag, 204 when empty, else its bytes in the best coding the client takes.
 * Synchronous (undefined) unless the coding is still to be made.
 */
function sendTile(
  request: FastifyRequest,
  reply: FastifyReply,
  tile: ServedTile,
  caching: boolean,
): Promise<void> | undefined {
  const coding =
    tile.raw.byteLength < COMPRESS_MIN_BYTES
      ? undefined
      : preferredCoding(request.headers["accept-encoding"]);
  reply.headers(headersOf(tile, coding, caching));
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch && etagMatches(ifNoneMatch, tile.etags())) {
    reply.removeHeader("content-type").removeHeader("content-encoding");
    reply.code(304).send(null);
  } else if (tile.raw.byteLength === 0) {
    reply.code(204).send(null);
  } else if (!coding) {
    reply.send(tile.raw);
  } else {
    const encoded = tile.encodedNow(coding);
    if (!encoded) return tile.encode(coding).then((bytes) => void reply.send(bytes));
    reply.send(encoded);
  }
  return undefined;
}

/** The reply headers of a tile in a coding: made once per served tile and kept with it. */
function headersOf(
  tile: ServedTile,
  coding: TileCoding | undefined,
  caching: boolean,
): Record<string, string> {
  const key = coding ?? "identity";
  let headers = tile.replyHeaders[key];
  if (!headers) {
    headers = {
      ...API_SECURITY_HEADERS,
      etag: tile.etagOf(coding),
      "cache-control": TILE_CACHE_CONTROL,
      vary: "accept-encoding",
      ...(caching ? { "x-tile-cache": tile.cached ? "hit" : "miss" } : {}),
      ...(tile.raw.byteLength > 0 ? { "content-type": MVT_TYPE } : {}),
      ...(coding && tile.raw.byteLength > 0 ? { "content-encoding": coding } : {}),
    };
    tile.replyHeaders[key] = headers;
  }
  return headers;
}

/** Tile sets by the name asked for (a handful of faces and layers; unknown names are not kept). */
const SETS_KEPT = 256;
const sets = new Map<string, TileSet>();

export function tileSetOrThrow(name: string): TileSet {
  let set = sets.get(name);
  if (set) return set;
  set = findTileSet(name);
  if (!set) {
    throw apiError("unknown_layer", {
      layer: name,
      layers: [...TILE_LAYERS.map((l) => l.name), ...TILE_FACES],
    });
  }
  if (sets.size < SETS_KEPT) sets.set(name, set);
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
