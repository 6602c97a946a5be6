import { createHash } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { countPhotos, findInspectionOwner, insertPhotoOnce, readPhoto, recordAudit } from "@lianpian/db";
import {
  can,
  PHOTO_CONTENT_TYPES,
  PHOTO_MAX_BYTES,
  type PhotoManifestEntry,
  sniffImageType,
} from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { sanitizedPhotoOrThrow, sendUserFile } from "../photos/sanitize-photo.ts";
import { actorOf, roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const PhotoParams = Type.Object({
  key: Type.String({ format: "uuid" }),
  sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
});

const PhotoReply = Type.Object({
  sha256: Type.String(),
  created: Type.Boolean({ description: "false when these bytes were already stored (a retried upload)" }),
  photos_received: Type.Integer(),
  photos_expected: Type.Integer(),
});

/**
 * Photos of an inspection: one PUT per photo, the raw bytes as the body,
 * named by their SHA-256. The inspection declares its photos first, so the
 * count is capped there and an upload cut and retried lands on the same row.
 * Type is checked by the bytes (magic number), not only by the header.
 */
export const inspectionPhotosRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Raw image bodies, for this plugin only; any other type is 415 before the handler runs.
  app.addContentTypeParser(
    [...PHOTO_CONTENT_TYPES],
    { parseAs: "buffer", bodyLimit: PHOTO_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  async function ownInspection(request: FastifyRequest, key: string, forWrite: boolean) {
    const found = await findInspectionOwner(app.db.kysely, key);
    if (!found) throw apiError("inspection_not_found", { client_key: key });
    const isOwner = found.user_id !== null && found.user_id === request.user?.id;
    const mayRead = isOwner || can(roleOf(request), "inspections.review");
    if (forWrite ? !isOwner : !mayRead) throw apiError("forbidden", { owner: false });
    return { id: found.id, manifest: found.photo_manifest as PhotoManifestEntry[] };
  }

  app.put(
    "/api/inspections/:key/photos/:sha256",
    {
      preHandler: app.requirePermission("inspections.write"),
      bodyLimit: PHOTO_MAX_BYTES,
      schema: {
        tags: ["inspections"],
        summary: "Upload one declared photo (raw JPEG, PNG or WebP body); idempotent by SHA-256",
        params: PhotoParams,
        consumes: [...PHOTO_CONTENT_TYPES],
        response: {
          200: PhotoReply,
          201: PhotoReply,
          ...errorResponses(400, 401, 403, 404, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { key, sha256 } = request.params;
      const inspection = await ownInspection(request, key, true);
      const declared = inspection.manifest.find((p) => p.sha256 === sha256);
      if (!declared) throw apiError("photo_not_declared", { sha256 });
      const body = request.body as Buffer;
      const sniffed = sniffImageType(body);
      const claimed = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
      if (!sniffed || sniffed !== claimed || sniffed !== declared.content_type) {
        throw apiError("photo_type_mismatch", {
          sniffed,
          content_type: claimed,
          declared: declared.content_type,
        });
      }
      const actual = createHash("sha256").update(body).digest("hex");
      if (actual !== sha256)
        throw apiError("photo_hash_mismatch", { expected: sha256, actual, bytes: body.length });

      // Kept under the SHA-256 the phone declared (its upload's identity), as pixels we encoded.
      const clean = await sanitizedPhotoOrThrow(body, sniffed);
      const stored = await app.db.kysely.transaction().execute(async (trx) => {
        const row = await insertPhotoOnce(trx, {
          inspectionId: inspection.id,
          sha256,
          contentType: clean.contentType,
          data: clean.bytes,
        });
        if (row.created) {
          await recordAudit(trx, actorOf(request), {
            action: "inspection.photo_add",
            entity: "inspection",
            entityId: inspection.id,
            details: { client_key: key, sha256, bytes: body.length },
          });
        }
        return { ...row, count: await countPhotos(trx, inspection.id) };
      });
      return reply.status(stored.created ? 201 : 200).send({
        sha256,
        created: stored.created,
        photos_received: stored.count,
        photos_expected: inspection.manifest.length,
      });
    },
  );

  app.get(
    "/api/inspections/:key/photos/:sha256",
    {
      schema: {
        tags: ["inspections"],
        summary: "A photo's bytes (its owner or a reviewer)",
        params: PhotoParams,
        response: { 200: Type.Unknown(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!request.user) throw apiError("unauthorized");
      const { key, sha256 } = request.params;
      const inspection = await ownInspection(request, key, false);
      const photo = await readPhoto(app.db.kysely, inspection.id, sha256);
      if (!photo) throw apiError("not_found", { sha256 });
      return sendUserFile(reply, photo.content_type, photo.data, "private, max-age=31536000, immutable");
    },
  );
};
