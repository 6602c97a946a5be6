import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  type AlertView,
  confirmAlert,
  countOpenAlerts,
  findAlert,
  listAlerts,
  markAlertReported,
  recordAudit,
} from "@lianpian/db";
import { AlertWithStatus, reportingStatus } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

function withStatus(alert: AlertView, now: Date) {
  const s = reportingStatus(
    new Date(alert.observed_at),
    alert.report_limit_hours,
    now,
    alert.reported_at ? new Date(alert.reported_at) : null,
  );
  return {
    ...alert,
    reporting: { state: s.state, elapsed_minutes: s.elapsedMinutes, remaining_minutes: s.remainingMinutes },
  };
}

/** Alerts raised by inspections, for planners and admins: list with reporting deadlines, mark reported. */
export const alertsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/alerts",
    {
      preHandler: app.requirePermission("alerts.read"),
      schema: {
        tags: ["alerts"],
        summary:
          "Raised alerts: unreported first, then the most severe, then the newest; with the time left of " +
          "the 4 h / 12 h reporting limit, the reason, photos, actions and the confirmation (who, when)",
        querystring: Type.Object(
          {
            status: Type.Enum(["open", "reported", "all"], { default: "open" }),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
            offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            now: Type.String({ format: "date-time" }),
            open_count: Type.Integer({ description: "alerts not yet reported upward (the tab's badge)" }),
            alerts: Type.Array(AlertWithStatus),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { status, limit, offset } = request.query;
      const open = status === "open" ? true : status === "reported" ? false : undefined;
      const rows = await listAlerts(app.db.kysely, {
        ...(open !== undefined ? { open } : {}),
        limit,
        offset,
      });
      const now = new Date();
      return {
        now: now.toISOString(),
        open_count: await countOpenAlerts(app.db.kysely),
        alerts: rows.map((a) => withStatus(a, now)),
      };
    },
  );

  app.post(
    "/api/alerts/:id/report",
    {
      preHandler: app.requirePermission("alerts.read"),
      schema: {
        tags: ["alerts"],
        summary: "Mark an alert as reported upward (速报), which stops its clock",
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }),
        response: { 200: AlertWithStatus, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const id = request.params.id;
      const done = await app.db.kysely.transaction().execute(async (trx) => {
        const marked = await markAlertReported(trx, id, user.id);
        if (marked)
          await recordAudit(trx, actorOf(request), { action: "alert.report", entity: "alert", entityId: id });
        return marked;
      });
      const alert = await findAlert(app.db.kysely, id);
      if (!alert) throw apiError("alert_not_found", { id });
      if (!done) throw apiError("alert_already_reported", { id, reported_at: alert.reported_at });
      return withStatus(alert, new Date());
    },
  );

  app.post(
    "/api/alerts/:id/confirm",
    {
      preHandler: app.requirePermission("alerts.read"),
      schema: {
        tags: ["alerts"],
        summary: "Confirm an alert (who, when): only confirmed alerts appear on the public map",
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }),
        response: { 200: AlertWithStatus, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const id = request.params.id;
      const done = await app.db.kysely.transaction().execute(async (trx) => {
        const confirmed = await confirmAlert(trx, id, user.id);
        if (confirmed)
          await recordAudit(trx, actorOf(request), {
            action: "alert.confirm",
            entity: "alert",
            entityId: id,
          });
        return confirmed;
      });
      const alert = await findAlert(app.db.kysely, id);
      if (!alert) throw apiError("alert_not_found", { id });
      if (!done) throw apiError("alert_already_confirmed", { id, confirmed_at: alert.confirmed_at });
      return withStatus(alert, new Date());
    },
  );
};
