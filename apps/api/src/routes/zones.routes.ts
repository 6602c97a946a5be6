import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  createZone,
  deleteZone,
  isUniqueViolation,
  listZones,
  readZone,
  recordAudit,
  updateZone,
} from "@lianpian/db";
import {
  checkZoneName,
  phase,
  phaseOfYear,
  Zone,
  ZoneCreate,
  ZonePatch,
  ZoneSummary,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { checkZoneOutline } from "../zones/geometry-input.ts";
import { refuseUnless } from "../zones/input-check.ts";
import { zoneOrThrow } from "../zones/write-outcome.ts";
import { ZONE_BODY_LIMIT_BYTES, ZoneIdParams } from "../zones/zone-params.ts";

const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...zoneStatus.values])),
    phase: Type.Optional(Type.Enum([...phase.values])),
    zone_type: Type.Optional(Type.Enum([...zoneType.values])),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

const DeleteQuery = Type.Object(
  { version: Type.Integer({ minimum: 1, description: "the version the planner saw" }) },
  { additionalProperties: false },
);

function username(request: { user: { username: string } | null }): string {
  if (!request.user) throw apiError("unauthorized");
  return request.user.username;
}

/** Treatment zones (集中连片综合治理片区): list, read, create, edit at a version, delete drafts. */
export const zonesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = { preHandler: app.requirePermission("zones.read") };
  const write = { preHandler: app.requirePermission("zones.write"), bodyLimit: ZONE_BODY_LIMIT_BYTES };

  app.get(
    "/api/zones",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "Zones without geometry, newest change first",
        querystring: ListQuery,
        response: {
          200: Type.Object({ zones: Type.Array(ZoneSummary), total: Type.Integer() }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return listZones(app.db.kysely, {
        status: q.status,
        phase: q.phase,
        zoneType: q.zone_type,
        q: q.q,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  app.get(
    "/api/zones/:id",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "One zone with geometry, tasks, yearly plan and parties",
        params: ZoneIdParams,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const zone = await readZone(app.db.kysely, request.params.id);
      if (!zone) throw apiError("zone_not_found");
      return zone;
    },
  );

  app.post(
    "/api/zones",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary: "Create a zone (draft, version 1); code and phase are filled in when left out",
        body: ZoneCreate,
        response: { 201: Zone, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      refuseUnless(checkZoneName(body.name_zh), "zone_name_invalid");
      await checkZoneOutline(app.db, body.geometry);
      const years = (body.yearly ?? []).map((y) => y.year);
      const now = new Date();
      const phaseOf =
        body.phase ?? phaseOfYear(years.length > 0 ? Math.max(...years) : now.getFullYear()) ?? "long";
      const by = username(request);
      try {
        const zone = await app.db.kysely.transaction().execute(async (trx) => {
          const created = await createZone(trx, { ...body, phase: phaseOf }, by, now);
          await recordAudit(trx, actorOf(request), {
            action: "zone.create",
            entity: "zone",
            entityId: created.id,
            details: { code: created.code, version: created.version, area_m2: created.area_m2 },
          });
          return created;
        });
        return reply.status(201).send(zone);
      } catch (error) {
        if (isUniqueViolation(error)) throw apiError("zone_code_taken", { code: body.code });
        throw error;
      }
    },
  );

  app.patch(
    "/api/zones/:id",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary: "Edit a zone at the version the edit started from (409 with the newer version if stale)",
        params: ZoneIdParams,
        body: ZonePatch,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const patch = request.body;
      if (patch.name_zh !== undefined) refuseUnless(checkZoneName(patch.name_zh), "zone_name_invalid");
      if (patch.geometry) await checkZoneOutline(app.db, patch.geometry);
      const by = username(request);
      try {
        return await app.db.kysely.transaction().execute(async (trx) => {
          const { zone } = zoneOrThrow(await updateZone(trx, id, patch, by));
          await recordAudit(trx, actorOf(request), {
            action: "zone.update",
            entity: "zone",
            entityId: id,
            details: { version: zone.version, fields: Object.keys(patch).filter((k) => k !== "version") },
          });
          return zone;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw apiError("zone_code_taken", { code: patch.code });
        throw error;
      }
    },
  );

  app.delete(
    "/api/zones/:id",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary: "Delete a draft zone at the version the planner saw",
        params: ZoneIdParams,
        querystring: DeleteQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await app.db.kysely.transaction().execute(async (trx) => {
        const { before } = zoneOrThrow(await deleteZone(trx, id, request.query.version));
        await recordAudit(trx, actorOf(request), {
          action: "zone.delete",
          entity: "zone",
          entityId: id,
          details: { code: before.code, version: before.version, last: before },
        });
      });
      return reply.status(204).send(null);
    },
  );
};
