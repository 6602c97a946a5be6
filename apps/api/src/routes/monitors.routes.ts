import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { changeMonitorBeat, inactiveHazardIds, listMonitorBeats, recordAudit } from "@lianpian/db";
import { MonitorBeat } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const tags = ["monitoring"];
/** Points one change may add or remove: a county's whole inventory is a few hundred. */
const MAX_CHANGE = 500;

const HazardIds = Type.Array(Type.Integer({ minimum: 1, maximum: 2147483647 }), {
  maxItems: MAX_CHANGE,
  uniqueItems: true,
  default: [],
});

/**
 * Group monitoring beats (群测群防): which hazard points each field account
 * watches. Planners and admins read them and change them by difference, so
 * two people editing one beat keep both their changes.
 */
export const monitorsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/monitors",
    {
      preHandler: app.requirePermission("monitors.assign"),
      schema: {
        tags,
        summary: "Field monitor accounts and the hazard points each watches",
        response: { 200: Type.Object({ monitors: Type.Array(MonitorBeat) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ monitors: await listMonitorBeats(app.db.kysely) }),
  );

  app.post(
    "/api/monitors/:id/points",
    {
      preHandler: app.requirePermission("monitors.assign"),
      schema: {
        tags,
        summary: "Add points to a monitor's beat and remove others",
        description:
          "Adds `add` and removes `remove` (at most 500 each; an id may not be in both). Only active " +
          "hazard points can be added (else 400 hazards_not_active with their ids); removing a point that " +
          "is not on the beat does nothing. One transaction, recorded in the audit log. Returns the beat " +
          "and the ids really added and removed.",
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }),
        body: Type.Object({ add: HazardIds, remove: HazardIds }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            monitor: MonitorBeat,
            added: Type.Array(Type.Integer()),
            removed: Type.Array(Type.Integer()),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { add, remove } = request.body;
      const both = add.filter((h) => remove.includes(h));
      if (both.length > 0) {
        throw apiError("validation_failed", {
          field: "/remove",
          message_zh: `同一隐患点不能既添加又移除：${both.join("、")}`,
          message_en: `A point cannot be both added and removed: ${both.join(", ")}`,
        });
      }
      return app.db.kysely.transaction().execute(async (trx) => {
        // the account row is locked so a change cannot race the account's removal
        const account = await trx
          .selectFrom("users")
          .select("id")
          .where("id", "=", id)
          .where("role", "=", "field")
          .forUpdate()
          .executeTakeFirst();
        if (!account) throw apiError("monitor_not_found", { id });
        const inactive = await inactiveHazardIds(trx, add);
        if (inactive.length > 0) throw apiError("hazards_not_active", { ids: inactive });
        const { added, removed } = await changeMonitorBeat(trx, id, { add, remove });
        if (added.length > 0 || removed.length > 0) {
          await recordAudit(trx, actorOf(request), {
            action: "monitor.beat",
            entity: "user",
            entityId: id,
            details: { added, removed },
          });
        }
        const [monitor] = await listMonitorBeats(trx, id);
        if (!monitor) throw apiError("monitor_not_found", { id });
        return { monitor, added, removed };
      });
    },
  );
};
