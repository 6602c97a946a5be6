import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  commitImport,
  discardStagedImport,
  listImports,
  readImportSummary,
  readSavedMapping,
  readStagedFeatures,
  readStagedFile,
  recordAudit,
  saveMapping,
  saveStagedImport,
  undoImport,
} from "@lianpian/db";
import { IMPORT_LAYER_NAMES, type ImportLayer, importLayer, readMapping } from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { type StageChoices, stageFile } from "../file-imports/stage-file.ts";
import { datumParamsOf, readUploadForm, splitMapping, valueMapsOf } from "../file-imports/upload-form.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const LayerName = Type.Union(IMPORT_LAYER_NAMES.map((n) => Type.Literal(n)));
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const Staged = Type.Object({}, { additionalProperties: true, description: "the staged import" });

const Change = Type.Object(
  {
    encoding: Type.Optional(Type.String({ maxLength: 40 })),
    crs: Type.Optional(Type.String({ maxLength: 4000 })),
    mapping: Type.Optional(Type.Object({}, { additionalProperties: true })),
    value_maps: Type.Optional(Type.Object({}, { additionalProperties: true })),
    layer: Type.Optional(Type.String({ maxLength: 200 })),
    datum_params: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);

const CommitBody = Type.Object(
  {
    skip_rows: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200_000 })),
    repair: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/**
 * File imports (issue 12): stage a file (nothing written to the layer), look
 * at its errors, warnings, decoded rows and features, change mapping /
 * encoding / CRS, commit all rows or none, undo. Admins and planners; the
 * permission is checked before the upload is read.
 */
export const fileImportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart);
  const guard = app.requirePermission("imports.manage");
  const bounds = () => ({ limits: {}, timeoutMs: app.config.importTimeoutMs });

  async function summaryOr404(id: number) {
    const s = await readImportSummary(app.db.kysely, id);
    if (!s) throw apiError("import_not_found", { id });
    return s;
  }

  app.post(
    "/api/imports",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        summary: "Stage a file for import into a layer (multipart: file, encoding, crs, mapping, layer)",
        querystring: Type.Object({ layer: LayerName }),
        response: { 201: Staged, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const max = app.config.importMaxBytes;
      const declared = Number(request.headers["content-length"] ?? 0);
      if (declared > max + 64 * 1024) throw apiError("import_too_large", { max_bytes: max });
      const form = await readUploadForm(request, max);
      const input = await stageFile(request.query.layer, form.fileName, form.bytes, form.choices, bounds());
      const id = await saveStagedImport(app.db.kysely, input, actorOf(request));
      reply.code(201);
      return summaryOr404(id);
    },
  );

  app.get(
    "/api/imports",
    { preHandler: guard, schema: { tags: ["imports"], summary: "The import history, newest first" } },
    async () => ({ imports: await listImports(app.db.kysely) }),
  );

  app.get(
    "/api/imports/:id",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        params: IdParams,
        response: { 200: Staged, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => summaryOr404(request.params.id),
  );

  app.patch(
    "/api/imports/:id",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        summary:
          "Re-read and re-validate a staged import with another mapping, encoding, CRS or source layer",
        params: IdParams,
        body: Change,
        response: { 200: Staged, ...errorResponses(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    async (request) => {
      const id = request.params.id;
      const staged = await readStagedFile(app.db.kysely, id);
      if (!staged) throw apiError("import_not_found", { id });
      if (staged.status !== "staged" || !staged.file_bytes) throw apiError("import_not_staged", { id });
      const body = request.body;
      const mapping = body.mapping ? splitMapping(body.mapping) : undefined;
      const was = staged.encoding as { source?: string; used?: string };
      const choices: StageChoices = {
        encoding: body.encoding ?? (was.source === "override" ? was.used : undefined),
        crs: body.crs ?? staged.crs ?? undefined,
        // another source layer or encoding has other column names: match them afresh unless a mapping is sent
        mapping:
          mapping?.mapping ??
          (body.layer !== undefined || body.encoding !== undefined ? null : staged.mapping),
        valueMaps:
          valueMapsOf(body.value_maps) ??
          mapping?.valueMaps ??
          (staged.value_maps as StageChoices["valueMaps"]),
        sourceLayer: body.layer ?? staged.source_layer ?? undefined,
        datumParams: datumParamsOf(body.datum_params),
      };
      const bytes = new Uint8Array(staged.file_bytes);
      const input = await stageFile(staged.layer, staged.file_name, bytes, choices, bounds());
      await saveStagedImport(app.db.kysely, input, actorOf(request), id);
      return summaryOr404(id);
    },
  );

  app.get(
    "/api/imports/:id/features",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        summary: "The staged rows as GeoJSON (EPSG:4326) with their errors",
        params: IdParams,
      },
    },
    async (request, reply) => {
      await summaryOr404(request.params.id);
      reply.type("application/geo+json");
      return readStagedFeatures(app.db.kysely, request.params.id);
    },
  );

  app.post(
    "/api/imports/:id/commit",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        summary: "Write a staged import into its layer: all rows or none",
        params: IdParams,
        body: Type.Optional(CommitBody),
        response: {
          200: Type.Object({ inserted: Type.Integer(), updated: Type.Integer(), skipped: Type.Integer() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const body = request.body ?? {};
      const out = await commitImport(app.db.kysely, request.params.id, actorOf(request), {
        ...(body.skip_rows ? { skipRows: body.skip_rows } : {}),
        ...(body.repair !== undefined ? { repair: body.repair } : {}),
      });
      if (out.ok) return { inserted: out.inserted, updated: out.updated, skipped: out.skipped };
      if ("errors" in out) throw apiError("import_has_errors", { errors: out.errors });
      if (out.reason === "not_found") throw apiError("import_not_found", { id: request.params.id });
      throw apiError("import_not_staged", { id: request.params.id });
    },
  );

  app.delete(
    "/api/imports/:id",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        summary: "Discard a staged import, or undo a committed one while its rows are untouched since",
        params: IdParams,
        response: { 200: Staged, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const id = request.params.id;
      const actor = actorOf(request);
      if (await discardStagedImport(app.db.kysely, id)) {
        await recordAudit(app.db.kysely, actor, {
          action: "import.discard",
          entity: "file_import",
          entityId: id,
        });
        return { id, status: "discarded" };
      }
      const out = await undoImport(app.db.kysely, id, actor).catch((e: unknown) => {
        // a row of the import is now referenced by another (foreign key): nothing was undone
        if ((e as { code?: string }).code === "23503") throw apiError("import_undo_blocked", { id });
        throw e;
      });
      if (out.ok) return { id, status: "undone", deleted: out.deleted, restored: out.restored };
      if ("rows" in out) throw apiError("import_rows_changed", { rows: out.rows });
      if (out.reason === "not_found") throw apiError("import_not_found", { id });
      throw apiError("import_not_committed", { id });
    },
  );

  const layerOr404 = (name: string): ImportLayer => {
    const layer = importLayer(name);
    if (!layer) throw apiError("unknown_layer", { layer: name });
    return layer;
  };

  app.get(
    "/api/import-mappings/:layer",
    {
      preHandler: guard,
      schema: { tags: ["imports"], params: Type.Object({ layer: Type.String({ maxLength: 40 }) }) },
    },
    async (request) => {
      layerOr404(request.params.layer);
      const saved = await readSavedMapping(app.db.kysely, request.params.layer);
      if (!saved) throw apiError("not_found", { layer: request.params.layer });
      return saved;
    },
  );

  app.put(
    "/api/import-mappings/:layer",
    {
      preHandler: guard,
      schema: {
        tags: ["imports"],
        params: Type.Object({ layer: Type.String({ maxLength: 40 }) }),
        body: Type.Object(
          {
            mapping: Type.Object({}, { additionalProperties: true }),
            value_maps: Type.Optional(Type.Object({}, { additionalProperties: true })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (
      request: FastifyRequest<{ Params: { layer: string }; Body: { mapping: object; value_maps?: object } }>,
    ) => {
      const layer = layerOr404(request.params.layer);
      const split = splitMapping(request.body.mapping);
      const raw = split.mapping as Record<string, unknown>;
      const columns = Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [k, v] : [k]));
      const mapping = readMapping(layer, columns, raw);
      const valueMaps = valueMapsOf(request.body.value_maps) ?? split.valueMaps ?? {};
      return saveMapping(app.db.kysely, layer.name, mapping, valueMaps, actorOf(request).username);
    },
  );
};
