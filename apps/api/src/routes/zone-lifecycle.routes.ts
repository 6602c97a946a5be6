import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  buildZoneReport,
  changeZoneStatus,
  listHistory,
  readVersion,
  readZone,
  recordAudit,
  revertZone,
  setZoneParties,
} from "@lianpian/db";
import {
  can,
  validateShareOverride,
  Zone,
  ZoneHistoryEntry,
  ZonePartiesUpdate,
  ZoneReport,
  ZoneRevert,
  ZoneStatusChange,
} from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf, roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { zoneOrThrow } from "../zones/write-outcome.ts";
import { ZoneIdParams, ZoneVersionParams } from "../zones/zone-params.ts";

function username(request: { user: { username: string } | null }): string {
  if (!request.user) throw apiError("unauthorized");
  return request.user.username;
}

/**
 * A zone's life after creation: status transitions, fund-share overrides,
 * the history of versions (list, read one, revert) and its report.
 */
export const zoneLifecycleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const read = { preHandler: app.requirePermission("zones.read") };
  const write = { preHandler: app.requirePermission("zones.write") };

  app.post(
    "/api/zones/:id/status",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary:
          "Move a zone to the next status (draft → planned → approved → … → aftercare); approved and accepted need a decision (POST /api/zones/{id}/decisions)",
        params: ZoneIdParams,
        body: ZoneStatusChange,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, status } = request.body;
      const by = username(request);
      return app.db.kysely.transaction().execute(async (trx) => {
        const result = await changeZoneStatus(trx, id, version, status, by);
        if (!result.ok && result.reason === "decision_required" && !can(roleOf(request), "zones.decide"))
          throw apiError("decision_forbidden", { decision: result.decision });
        const { zone, before } = zoneOrThrow(result);
        await recordAudit(trx, actorOf(request), {
          action: "zone.status",
          entity: "zone",
          entityId: id,
          details: { from: before.status, to: zone.status, version: zone.version },
        });
        return zone;
      });
    },
  );

  app.put(
    "/api/zones/:id/parties",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary:
          "Override the fund shares (must sum to 100 %), or omit shares to go back to the computed split",
        params: ZoneIdParams,
        body: ZonePartiesUpdate,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, shares } = request.body;
      let checked = null;
      if (shares) {
        const check = validateShareOverride(
          shares.map((s) => ({ companyId: s.company_id, sharePct: s.share_pct })),
        );
        if (!check.ok)
          throw apiError("shares_invalid", {
            reason: check.reason,
            message_zh: check.message_zh,
            message_en: check.message_en,
          });
        checked = check.shares;
      }
      const by = username(request);
      return app.db.kysely.transaction().execute(async (trx) => {
        const { zone } = zoneOrThrow(await setZoneParties(trx, id, version, checked, by));
        await recordAudit(trx, actorOf(request), {
          action: checked ? "zone.shares_override" : "zone.shares_computed",
          entity: "zone",
          entityId: id,
          details: { version: zone.version, parties: zone.parties },
        });
        return zone;
      });
    },
  );

  app.get(
    "/api/zones/:id/history",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "Every version of a zone, newest first: who, when, what changed",
        params: ZoneIdParams,
        response: {
          200: Type.Object({ versions: Type.Array(ZoneHistoryEntry) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const versions = await listHistory(app.db.kysely, request.params.id);
      // An imported zone (the demo's too) has no history rows until its first edit: an empty list, not 404.
      if (versions.length === 0 && !(await readZone(app.db.kysely, request.params.id)))
        throw apiError("zone_not_found");
      return { versions };
    },
  );

  app.get(
    "/api/zones/:id/versions/:version",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "The zone as it was after a version (geometry and attributes), to compare on the map",
        params: ZoneVersionParams,
        response: { 200: Zone, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const zone = await readVersion(app.db.kysely, request.params.id, request.params.version);
      if (!zone) throw apiError("zone_version_not_found");
      return zone;
    },
  );

  app.post(
    "/api/zones/:id/revert",
    {
      ...write,
      schema: {
        tags: ["zones"],
        summary: "Bring back an earlier version's geometry and attributes as a new version (status stays)",
        params: ZoneIdParams,
        body: ZoneRevert,
        response: { 200: Zone, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, to_version } = request.body;
      const by = username(request);
      return app.db.kysely.transaction().execute(async (trx) => {
        const { zone } = zoneOrThrow(await revertZone(trx, id, version, to_version, by));
        await recordAudit(trx, actorOf(request), {
          action: "zone.revert",
          entity: "zone",
          entityId: id,
          details: { to_version, version: zone.version },
        });
        return zone;
      });
    },
  );

  app.get(
    "/api/zones/:id/report",
    {
      ...read,
      schema: {
        tags: ["zones"],
        summary: "The report of a saved zone (what it contains, fund shares by the damage rule)",
        params: ZoneIdParams,
        response: { 200: ZoneReport, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const zone = await readZone(app.db.kysely, request.params.id);
      if (!zone) throw apiError("zone_not_found");
      return buildZoneReport(app.db.kysely, zone.geometry, zone.id);
    },
  );
};
