import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { insertFieldTask, listFieldTasks, recordAudit } from "@lianpian/db";
import { can, FieldTask, FieldTaskInput } from "@lianpian/domain";
import { Type } from "typebox";
import { apiError } from "../errors.ts";
import { actorOf, roleOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const TASKS_LIMIT = 200;

/**
 * Field tasks (外业核查任务): a planner asks a check of one monitor at one
 * point (or triage does, for a citizen report); the monitor's phone lists
 * them with the due time and the place; the inspection that names a task
 * closes it (record-inspection.ts), no other.
 */
export const fieldTasksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/field/tasks",
    {
      schema: {
        tags: ["field"],
        summary: "Tasks: a field monitor's own; planners and admins see everyone's (or one monitor's)",
        querystring: Type.Object(
          {
            status: Type.Enum(["open", "closed", "all"], { default: "open" }),
            assigned_to: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
            hazard_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ tasks: Type.Array(FieldTask) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const role = roleOf(request);
      const reviewer = can(role, "inspections.review");
      if (!reviewer && !can(role, "inspections.write")) throw apiError("forbidden");
      const q = request.query;
      const assignedTo = reviewer ? q.assigned_to : user.id;
      const tasks = await listFieldTasks(app.db.kysely, {
        ...(assignedTo !== undefined ? { assignedTo } : {}),
        ...(q.hazard_id !== undefined ? { hazardId: q.hazard_id } : {}),
        ...(q.status === "all" ? {} : { open: q.status === "open" }),
        limit: TASKS_LIMIT,
      });
      return { tasks };
    },
  );

  app.post(
    "/api/field/tasks",
    {
      preHandler: app.requirePermission("inspections.review"),
      schema: {
        tags: ["field"],
        summary: "Ask a field check of a monitor at a point, due by a time",
        body: FieldTaskInput,
        response: { 201: FieldTask, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const body = request.body;
      const result = await app.db.kysely.transaction().execute(async (trx) => {
        const made = await insertFieldTask(trx, {
          hazardId: body.hazard_id,
          assignedTo: body.assigned_to,
          dueAt: new Date(body.due_at),
          kind: body.kind ?? "routine",
          note: body.note?.trim() || null,
          source: "planner",
          reportId: null,
          createdBy: user.id,
        });
        if (made.ok)
          await recordAudit(trx, actorOf(request), {
            action: "task.create",
            entity: "field_task",
            entityId: made.id,
            details: { hazard_id: body.hazard_id, assigned_to: body.assigned_to, due_at: body.due_at },
          });
        return made;
      });
      if (!result.ok) {
        if (result.reason === "unknown_hazard") throw apiError("task_hazard_unknown", { id: body.hazard_id });
        throw apiError("task_not_a_monitor", { id: body.assigned_to });
      }
      const [task] = await listFieldTasks(app.db.kysely, { id: result.id, limit: 1 });
      if (!task) throw new Error("a task vanished after its own commit");
      return reply.status(201).send(task);
    },
  );
};
