import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  applyReportAction,
  findReport,
  findReportPhoto,
  linkReport,
  listFieldChecks,
  listReports,
  nearbyForReport,
  type ReportAction,
  type ReportRow,
  TaskRefused,
} from "@lianpian/db";
import {
  FieldChecksReply,
  NearbyReply,
  ReportActionBody,
  ReportIdParams,
  ReportLinkBody,
  ReportListQuery,
  ReportListReply,
  type ReportStatus,
  ReportView,
  triageActionsFrom,
} from "@lianpian/domain";
import { apiError } from "../errors.ts";
import { sendUserFile } from "../photos/sanitize-photo.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";
import { reportIntakeRoutes } from "./report-intake.routes.ts";

/** How far from a report the triage view looks for a hazard point or zone to link. */
const NEARBY_RADIUS_M = 3000;
const NEARBY_LIMIT = 8;
const FIELD_CHECKS_LIMIT = 200;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function view(r: ReportRow) {
  return {
    ...r,
    check_requested_at: iso(r.check_requested_at),
    checked_at: iso(r.checked_at),
    created_at: r.created_at.toISOString(),
    status_changed_at: r.status_changed_at.toISOString(),
    actions: triageActionsFrom(r.status as ReportStatus),
  };
}

function toAction(body: ReportActionBody): ReportAction {
  switch (body.action) {
    case "accept":
      return { action: "accept", reply: body.reply ?? null };
    case "assign_check":
      return {
        action: "assign_check",
        hazardId: body.hazard_id,
        note: body.note ?? null,
        reply: body.reply ?? null,
        monitorId: body.monitor_id ?? null,
        dueAt: body.due_at ? new Date(body.due_at) : null,
      };
    case "resolve":
      return { action: "resolve", reply: body.reply };
    case "reject":
      return { action: "reject", reply: body.reply };
  }
}

/**
 * Citizen reports: the public intake (report-intake.routes.ts), and the
 * staff side — triage (accept, ask a field check at a hazard point, resolve,
 * reject with a reason), links to hazard points and zones, and the open
 * field checks for the field team. A check is closed by the database when
 * an inspection is stored at the point (see 0005_public_reports.sql).
 */
export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(reportIntakeRoutes);
  const triage = app.requirePermission("reports.triage");
  /** The report as triage shows it, or 404 (after a write too: the reply is the report as it now stands). */
  const reportOr404 = async (id: number) => {
    const found = await findReport(app.db.kysely, id);
    if (!found) throw apiError("report_not_found", { id });
    return view(found);
  };

  app.get(
    "/api/reports",
    {
      preHandler: triage,
      schema: {
        tags: ["reports"],
        summary: "Citizen reports, newest first (private fields included)",
        querystring: ReportListQuery,
        response: { 200: ReportListReply, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, limit, offset } = request.query;
      const { total, reports } = await listReports(app.db.kysely, { statuses: status ?? [], limit, offset });
      return { total, reports: reports.map(view) };
    },
  );

  app.get(
    "/api/reports/:id",
    {
      preHandler: triage,
      schema: {
        tags: ["reports"],
        summary: "One citizen report",
        params: ReportIdParams,
        response: { 200: ReportView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => reportOr404(request.params.id),
  );

  app.get(
    "/api/reports/:id/photo",
    {
      preHandler: triage,
      schema: { tags: ["reports"], summary: "The report's photo", params: ReportIdParams },
    },
    async (request, reply) => {
      const photo = await findReportPhoto(app.db.kysely, request.params.id);
      if (!photo) throw apiError("not_found", { id: request.params.id });
      return sendUserFile(reply, photo.content_type, photo.data, "private, max-age=3600");
    },
  );

  app.get(
    "/api/reports/:id/nearby",
    {
      preHandler: triage,
      schema: {
        tags: ["reports"],
        summary: "Hazard points and zones near the report, to link it to",
        params: ReportIdParams,
        response: { 200: NearbyReply, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => nearbyForReport(app.db.kysely, request.params.id, NEARBY_RADIUS_M, NEARBY_LIMIT),
  );

  app.post(
    "/api/reports/:id/actions",
    {
      preHandler: triage,
      schema: {
        tags: ["reports"],
        summary: "Triage: accept, ask a field check at a hazard point, resolve, or reject with a reason",
        description: "`version` (optional) is the report version the client saw; a later change gives 409.",
        params: ReportIdParams,
        body: ReportActionBody,
        response: { 200: ReportView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const id = request.params.id;
      const result = await app.db.kysely
        .transaction()
        .execute((trx) =>
          applyReportAction(trx, actorOf(request), id, request.body.version ?? null, toAction(request.body)),
        )
        .catch((e: unknown) => {
          if (!(e instanceof TaskRefused)) throw e;
          throw e.reason === "not_a_monitor"
            ? apiError("task_not_a_monitor", {
                id: "monitor_id" in request.body ? request.body.monitor_id : null,
              })
            : apiError("task_hazard_unknown", {
                id: "hazard_id" in request.body ? request.body.hazard_id : null,
              });
        });
      if (!result.ok) {
        if (result.reason === "not_found") throw apiError("report_not_found", { id });
        if (result.reason === "unknown_hazard")
          throw apiError("hazard_not_found", {
            id: "hazard_id" in request.body ? request.body.hazard_id : null,
          });
        if (result.reason === "version_mismatch") throw apiError("conflict", { id });
        throw apiError("report_action_not_allowed", { action: request.body.action, reason: result.reason });
      }
      return reportOr404(id);
    },
  );

  app.put(
    "/api/reports/:id/links",
    {
      preHandler: triage,
      schema: {
        tags: ["reports"],
        summary: "Link the report to a hazard point and/or a treatment zone (null unlinks)",
        params: ReportIdParams,
        body: ReportLinkBody,
        response: { 200: ReportView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const id = request.params.id;
      const { hazard_id, zone_id } = request.body;
      const result = await app.db.kysely.transaction().execute((trx) =>
        linkReport(trx, actorOf(request), id, {
          ...(hazard_id !== undefined ? { hazardId: hazard_id } : {}),
          ...(zone_id !== undefined ? { zoneId: zone_id } : {}),
        }),
      );
      if (!result.ok) {
        if (result.reason === "not_found") throw apiError("report_not_found", { id });
        if (result.reason === "unknown_hazard") throw apiError("hazard_not_found", { id: hazard_id });
        if (result.reason === "unknown_zone") throw apiError("zone_not_found", { id: zone_id });
        throw apiError("report_action_not_allowed", { action: "link", reason: result.reason });
      }
      return reportOr404(id);
    },
  );

  app.get(
    "/api/field-checks",
    {
      preHandler: app.requirePermission("inspections.write"),
      schema: {
        tags: ["reports"],
        summary:
          "Field checks asked on citizen reports, oldest first (for the field team; no reporter contact)",
        response: { 200: FieldChecksReply, ...errorResponses(401, 403) },
      },
    },
    async () => {
      const rows = await listFieldChecks(app.db.kysely, FIELD_CHECKS_LIMIT);
      return { checks: rows.map((r) => ({ ...r, check_requested_at: r.check_requested_at.toISOString() })) };
    },
  );
};
