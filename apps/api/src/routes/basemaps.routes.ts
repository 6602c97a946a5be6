import { createHash } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { findBasemap, insertBasemap, listBasemaps } from "@lianpian/db";
import { Type } from "typebox";
import { BasemapStore, basemapPath } from "../basemaps/basemap-store.ts";
import { MbtilesFile, MbtilesRefusal } from "../basemaps/mbtiles-file.ts";
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
});
const withTiles = <B extends { id: number; tile_type: string }>(b: B) => ({
  ...b,
  tiles: `/basemaps/${b.id}/{z}/{x}/{y}.${b.tile_type}`,
});

/**
 * The county's own imagery offline: an admin uploads an MBTiles raster
 * (POST /api/basemaps, multipart `file` and optional `name`, `attribution`),
 * everyone lists them and reads their tiles at /basemaps/{id}/{z}/{x}/{y}.{ext}
 * — immutable per upload (ETag, a year's cache), 204 where there is no tile.
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
        summary: "Upload an MBTiles raster (multipart: file, name, attribution) as a base map",
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
      let file: MbtilesFile;
      try {
        file = await MbtilesFile.open(bytes);
      } catch (e) {
        if (e instanceof MbtilesRefusal) throw apiError("basemap_unreadable", { problem: e.message });
        throw e;
      }
      const { info } = file;
      file.close();
      const name = (fields.name || info.name || "影像底图 imagery").slice(0, 100);
      const dir = app.config.basemapDir;
      await mkdir(dir, { recursive: true });
      let written: string | undefined;
      const id = await app.db.kysely
        .transaction()
        .execute(async (tx) => {
          const newId = await insertBasemap(tx, {
            name,
            format: "mbtiles",
            tile_type: info.tileType,
            min_zoom: info.minZoom,
            max_zoom: info.maxZoom,
            bounds: info.bounds,
            attribution: (fields.attribution ?? info.attribution).slice(0, 500),
            size_bytes: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            uploaded_by: actorOf(request).username,
          });
          const target = basemapPath(dir, newId);
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
      const basemap = await findBasemap(request.readDb(), id);
      if (!basemap) throw apiError("basemap_not_found", { id });
      const etag = `"bm${id}-${basemap.sha256.slice(0, 16)}-${z}-${x}-${y}"`;
      reply.header("cache-control", "public, max-age=31536000, immutable").header("etag", etag);
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      const data = z < basemap.min_zoom || z > basemap.max_zoom ? null : (await store.get(id)).tile(z, x, y);
      if (!data) return reply.code(204).send();
      return reply.type(CONTENT_TYPES[basemap.tile_type]).send(Buffer.from(data));
    },
  );
};
