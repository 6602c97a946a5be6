import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  addAftercare,
  changeZoneStatus,
  listDeletedZones,
  purgeExpiredDeletedZones,
  readDecisionAttachment,
  readGovernance,
  readZone,
  recordAudit,
  reopenZone,
  restoreZone,
} from "@lianpian/db";
import {
  AftercareCreate,
  AftercareRecord,
  checkAftercare,
  checkAttachment,
  checkDecisionDocument,
  DECISION_TARGET,
  DeletedZone,
  Zone,
  ZoneDecisionCreate,
  ZoneGovernance,
  ZoneReopen,
} from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { zoneOrThrow } from "../zones/write-outcome.ts";
import { ZoneIdParams } from "../zones/zone-params.ts";

/** A 5 MB attachment in base64 and the decision around it. */
const DECISION_BODY_LIMIT = 7_500_000;

function decider(request: { user: { id: number; username: string; role: string } | null }) {
  if (!request.user) throw apiError("unauthorized");
  return { userId: request.user.id, username: request.user.username, role: request.user.role };
}

/**
 * Decisions on a zone (approve, accept, reopen) by a reviewer or admin with
 * their documents; the zone's governance view (lock state, decisions,
 * aftercare); aftercare records; deleted drafts and their restore.
 */
export const zoneDecisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = { preHandler: app.requirePermission("zones.read") };
  const decide = { preHandler: app.requirePermission("zones.decide") };
  // Deleted drafts past their restore period are dropped for good.
  const sweep = setInterval(() => void purgeExpiredDeletedZones(app.db.kysely).catch(() => {}), 60 * 60_000);
  sweep.unref();
  app.addHook("onClose", async () => clearInterval(sweep));

  app.post(
    "/api/zones/:id/decisions",
    {
      ...decide,
      bodyLimit: DECISION_BODY_LIMIT,
      schema: {
        tags: ["zones"],
        summary:
          "Approve (→ 已批准) or accept (→ 已验收) a zone on its decision document (文号, date, optional PDF/JPEG/PNG ≤ 5 MB); reviewer or admin",
        params: ZoneIdParams,
        body: ZoneDecisionCreate,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const body = request.body;
      const doc = checkDecisionDocument(body.document_no, body.document_date);
      if (!doc.ok)
        throw apiError("decision_document_required", {
          field: doc.field,
          message_zh: doc.message_zh,
          message_en: doc.message_en,
        });
      let attachment: { filename: string; type: string; bytes: Uint8Array } | undefined;
      if (body.attachment) {
        const bytes = Buffer.from(body.attachment.content_base64, "base64");
        const check = checkAttachment(bytes, body.attachment.content_type);
        if (!check.ok)
          throw apiError("attachment_invalid", {
            reason: check.reason,
            message_zh: check.message_zh,
            message_en: check.message_en,
          });
        attachment = { filename: body.attachment.filename, type: check.type, bytes };
      }
      const by = decider(request);
      const decision = {
        kind: body.kind,
        documentNo: doc.documentNo,
        documentDate: doc.documentDate,
        attachment,
        by,
      };
      return app.db.kysely.transaction().execute(async (trx) => {
        const result = await changeZoneStatus(
          trx,
          id,
          body.version,
          DECISION_TARGET[body.kind],
          by.username,
          decision,
        );
        const { zone, before } = zoneOrThrow(result);
        await recordAudit(trx, actorOf(request), {
          action: `zone.${body.kind}`,
          entity: "zone",
          entityId: id,
          details: {
            from: before.status,
            to: zone.status,
            version: zone.version,
            document_no: doc.documentNo,
            document_date: doc.documentDate,
            attachment: attachment
              ? { filename: attachment.filename, type: attachment.type, bytes: attachment.bytes.length }
              : null,
          },
        });
        return zone;
      });
    },
  );

  app.post(
    "/api/zones/:id/reopen",
    {
      ...decide,
      schema: {
        tags: ["zones"],
        summary:
          "Reopen an approved zone so its outline and fund shares may change, with the reason; reviewer or admin",
        params: ZoneIdParams,
        body: ZoneReopen,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const reason = request.body.reason.trim();
      if (reason.length < 2) throw apiError("validation_failed", { field: "reason" });
      const by = decider(request);
      return app.db.kysely.transaction().execute(async (trx) => {
        const { zone } = zoneOrThrow(
          await reopenZone(trx, id, request.body.version, { kind: "reopen", reason, by }),
        );
        await recordAudit(trx, actorOf(request), {
          action: "zone.reopen",
          entity: "zone",
          entityId: id,
          details: { status: zone.status, version: zone.version, reason },
        });
        return zone;
      });
    },
  );

  app.get(
    "/api/zones/:id/governance",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "A zone's lock state, decisions (who, when, which document) and aftercare records",
        params: ZoneIdParams,
        response: { 200: ZoneGovernance, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const governance = await readGovernance(app.db.kysely, request.params.id);
      if (!governance) throw apiError("zone_not_found");
      return governance;
    },
  );

  app.get(
    "/api/zones/:id/decisions/:decision/attachment",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "The attachment of a decision (the document's scan)",
        params: Type.Object({
          id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
          decision: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
        }),
        response: { ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await readDecisionAttachment(app.db.kysely, request.params.id, request.params.decision);
      if (!found) throw apiError("attachment_not_found");
      const ascii = found.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
      return reply
        .header("content-type", found.type)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox")
        .header(
          "content-disposition",
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.filename)}`,
        )
        .send(found.bytes);
    },
  );

  app.post(
    "/api/zones/:id/aftercare",
    {
      preHandler: app.requirePermission("zones.aftercare"),
      schema: {
        tags: ["zones"],
        summary:
          "Add an aftercare (管护) record to an accepted zone: an inspection of the site or the responsible unit and period",
        params: ZoneIdParams,
        body: AftercareCreate,
        response: { 201: AftercareRecord, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const check = checkAftercare(request.body);
      if (!check.ok)
        throw apiError("aftercare_invalid", { message_zh: check.message_zh, message_en: check.message_en });
      const by = decider(request).username;
      const record = await app.db.kysely.transaction().execute(async (trx) => {
        const zone = await readZone(trx, id);
        if (!zone) throw apiError("zone_not_found");
        const result = await addAftercare(trx, zone, request.body, by);
        if (!result.ok) throw apiError("aftercare_not_open", { status: zone.status });
        await recordAudit(trx, actorOf(request), {
          action: "zone.aftercare",
          entity: "zone",
          entityId: id,
          details: { record_id: result.record.id, kind: result.record.kind },
        });
        return result.record;
      });
      return reply.status(201).send(record);
    },
  );

  app.get(
    "/api/zones/deleted",
    {
      preHandler: app.requirePermission("zones.write"),
      schema: {
        tags: ["zones"],
        summary: "Deleted drafts that can still be restored (30 days), newest first",
        response: { 200: Type.Object({ zones: Type.Array(DeletedZone) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ zones: await listDeletedZones(app.db.kysely) }),
  );

  app.post(
    "/api/zones/:id/restore",
    {
      preHandler: app.requirePermission("zones.write"),
      schema: {
        tags: ["zones"],
        summary: "Restore a deleted draft with its history, as a new version",
        params: ZoneIdParams,
        response: { 200: Zone, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const by = decider(request).username;
      return app.db.kysely.transaction().execute(async (trx) => {
        const result = await restoreZone(trx, id, by);
        if (!result.ok) {
          if (result.reason === "code_taken") throw apiError("zone_code_taken");
          throw apiError("zone_not_restorable", { reason: result.reason });
        }
        await recordAudit(trx, actorOf(request), {
          action: "zone.restore",
          entity: "zone",
          entityId: id,
          details: { version: result.zone.version, code: result.zone.code },
        });
        return result.zone;
      });
    },
  );
};
