import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { findBasemap, insertBasemap, listBasemaps } from "@lianpian/db";
import { Type } from "typebox";
import { BasemapStore, basemapPath } from "../basemaps/basemap-store.ts";
import { parseByteRange } from "../basemaps/byte-range.ts";
import { MbtilesFile } from "../basemaps/mbtiles-file.ts";
import { isPmtiles, PmtilesFile } from "../basemaps/pmtiles-file.ts";
import { RasterRefusal } from "../basemaps/raster-basemap.ts";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const CONTENT_TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
const TILE = /^(\d{1,10})\.(png|jpg|jpeg|webp)$/;
const Basemap = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  format: Type.String(),
  tile_type: Type.String(),
  min_zoom: Type.Integer(),
  max_zoom: Type.Integer(),
  bounds: Type.Union([Type.Array(Type.Number()), Type.Null()]),
  attribution: Type.String(),
  size_bytes: Type.Number(),
  created_at: Type.String(),
  tiles: Type.String({ description: "XYZ tile URL template" }),
  archive: Type.Optional(Type.String({ description: "The PMTiles archive itself (answers Range requests)" })),
});
const withTiles = <B extends { id: number; tile_type: string; format: string }>(b: B) => ({
  ...b,
  tiles: `/basemaps/${b.id}/{z}/{x}/{y}.${b.tile_type}`,
  ...(b.format === "pmtiles" ? { archive: `/basemaps/${b.id}/archive.pmtiles` } : {}),
});

/** What an upload says of itself, by its first bytes: a PMTiles archive, else an MBTiles file. */
async function describeUpload(bytes: Uint8Array) {
  try {
    if (isPmtiles(bytes))
      return { format: "pmtiles" as const, info: (await PmtilesFile.fromBytes(bytes)).info };
    const file = await MbtilesFile.open(bytes);
    file.close();
    return { format: "mbtiles" as const, info: file.info };
  } catch (e) {
    if (e instanceof RasterRefusal) throw apiError("basemap_unreadable", { problem: e.message });
    throw e;
  }
}

/**
 * The county's own imagery offline: an admin uploads an MBTiles or PMTiles
 * raster (POST /api/basemaps, multipart `file` and optional `name`,
 * `attribution`), everyone lists them and reads their tiles at
 * /basemaps/{id}/{z}/{x}/{y}.{ext} — immutable per upload (ETag, a year's
 * cache), 204 where there is no tile — and a PMTiles archive itself by HTTP
 * Range at /basemaps/{id}/archive.pmtiles.
 */
export const basemapsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart);
  const store = new BasemapStore(app.config.basemapDir);
  app.addHook("onClose", async () => store.closeAll());

  app.get(
    "/api/basemaps",
    {
      schema: {
        tags: ["basemaps"],
        summary: "The uploaded imagery base maps, newest first",
        response: { 200: Type.Object({ basemaps: Type.Array(Basemap) }) },
      },
    },
    async () => ({ basemaps: (await listBasemaps(app.db.kysely)).map(withTiles) }),
  );

  app.post(
    "/api/basemaps",
    {
      preHandler: app.requirePermission("settings.manage"),
      schema: {
        tags: ["basemaps"],
        summary: "Upload an MBTiles or PMTiles raster (multipart: file, name, attribution) as a base map",
        response: { 201: Basemap, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const max = app.config.basemapMaxBytes;
      if (Number(request.headers["content-length"] ?? 0) > max + 64 * 1024)
        throw apiError("basemap_too_large", { max_bytes: max });
      const fields: Record<string, string> = {};
      let bytes: Uint8Array | undefined;
      try {
        for await (const part of request.parts({
          limits: { fileSize: max, files: 1, fields: 5, fieldSize: 4096 },
        })) {
          if (part.type === "file") {
            const buffer = await part.toBuffer();
            if (part.fieldname === "file") bytes = new Uint8Array(buffer);
          } else if (typeof part.value === "string") fields[part.fieldname] = part.value;
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_PARTS_LIMIT" || code === "FST_FILES_LIMIT")
          throw apiError("basemap_too_large", { max_bytes: max });
        if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") throw apiError("unsupported_media_type");
        throw e;
      }
      if (!bytes || bytes.byteLength === 0) throw apiError("basemap_file_missing");
      const { format, info } = await describeUpload(bytes);
      const name = (fields.name || info.name || "影像底图 imagery").slice(0, 100);
      const dir = app.config.basemapDir;
      await mkdir(dir, { recursive: true });
      let written: string | undefined;
      const id = await app.db.kysely
        .transaction()
        .execute(async (tx) => {
          const newId = await insertBasemap(tx, {
            name,
            format,
            tile_type: info.tileType,
            min_zoom: info.minZoom,
            max_zoom: info.maxZoom,
            bounds: info.bounds,
            attribution: (fields.attribution ?? info.attribution).slice(0, 500),
            size_bytes: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            uploaded_by: actorOf(request).username,
          });
          const target = basemapPath(dir, newId, format);
          await writeFile(`${target}.part`, bytes);
          await rename(`${target}.part`, target);
          written = target;
          return newId;
        })
        .catch(async (e: unknown) => {
          if (written) await rm(written, { force: true });
          throw e;
        });
      const row = await findBasemap(app.db.kysely, id);
      reply.code(201);
      return withTiles(row as NonNullable<typeof row>);
    },
  );

  app.get(
    "/basemaps/:id/:z/:x/:tile",
    {
      schema: {
        tags: ["basemaps"],
        summary: "A tile of an uploaded base map (XYZ scheme)",
        params: Type.Object({
          id: Type.Integer({ minimum: 1 }),
          z: Type.Integer({ minimum: 0 }),
          x: Type.Integer({ minimum: 0 }),
          tile: Type.String({ maxLength: 20 }),
        }),
        response: { ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { id, z, x } = request.params;
      const match = TILE.exec(request.params.tile);
      if (!match) throw apiError("bad_request", { parameter: "y", problem: "expected {y}.png|jpg|webp" });
      const y = Number(match[1]);
      if (z > 24) throw apiError("zoom_out_of_range", { z, max: 24 });
      if (x >= 2 ** z || y >= 2 ** z) throw apiError("tile_out_of_range", { z, x, y });
      const basemap = await store.row(request.readDb(), id);
      if (!basemap) throw apiError("basemap_not_found", { id });
      const etag = `"bm${id}-${basemap.sha256.slice(0, 16)}-${z}-${x}-${y}"`;
      reply.header("cache-control", "public, max-age=31536000, immutable").header("etag", etag);
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      const data =
        z < basemap.min_zoom || z > basemap.max_zoom
          ? null
          : await (await store.get(id, basemap.format)).tile(z, x, y);
      if (!data) return reply.code(204).send();
      return reply.type(CONTENT_TYPES[basemap.tile_type]).send(Buffer.from(data));
    },
  );

  app.get(
    "/basemaps/:id/archive.pmtiles",
    {
      schema: {
        tags: ["basemaps"],
        summary: "An uploaded PMTiles archive itself; answers one HTTP Range (206), 416 past its end",
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { ...errorResponses(404, 416) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const basemap = await store.row(request.readDb(), id);
      if (basemap?.format !== "pmtiles") throw apiError("basemap_not_found", { id });
      const path = basemapPath(app.config.basemapDir, id, "pmtiles");
      const { size } = await stat(path);
      const range = parseByteRange(request.headers.range, size);
      if (range === "unsatisfiable") {
        reply.header("content-range", `bytes */${size}`);
        throw apiError("range_not_satisfiable", { size });
      }
      const etag = `"bm${id}-${basemap.sha256.slice(0, 16)}"`;
      reply
        .header("cache-control", "public, max-age=31536000, immutable")
        .header("etag", etag)
        .header("accept-ranges", "bytes")
        .type("application/vnd.pmtiles");
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      if (!range) return reply.header("content-length", size).send(createReadStream(path));
      return reply
        .code(206)
        .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
        .header("content-length", range.end - range.start + 1)
        .send(createReadStream(path, { start: range.start, end: range.end }));
    },
  );
};
