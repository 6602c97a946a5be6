import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { listAudit, listUsers } from "@lianpian/db";
import { Type } from "typebox";
import { errorResponses } from "../schemas/error.schema.ts";

const UserRow = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  role: Type.String(),
  is_demo: Type.Boolean(),
  disabled: Type.Boolean(),
});

const AuditRow = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  username: Type.String(),
  role: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entity_id: Type.Union([Type.String(), Type.Null()]),
  details: Type.Unknown(),
});

const AuditQuery = Type.Object(
  {
    entity: Type.Optional(Type.String({ maxLength: 40 })),
    entity_id: Type.Optional(Type.String({ maxLength: 40 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

/** For the admin: the accounts and the audit log (who did what, when). */
export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/admin/users",
    {
      preHandler: app.requirePermission("users.manage"),
      schema: {
        tags: ["auth"],
        summary: "All user accounts (admin)",
        response: { 200: Type.Object({ users: Type.Array(UserRow) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ users: await listUsers(app.db.kysely) }),
  );

  app.get(
    "/api/admin/audit",
    {
      preHandler: app.requirePermission("audit.read"),
      schema: {
        tags: ["auth"],
        summary: "The audit log, newest first (admin)",
        querystring: AuditQuery,
        response: { 200: Type.Object({ entries: Type.Array(AuditRow) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listAudit(app.db.kysely, {
        entity: q.entity,
        entityId: q.entity_id,
        limit: q.limit,
        offset: q.offset,
      });
      return {
        entries: rows.map((r) => ({
          id: r.id,
          at: new Date(r.at).toISOString(),
          username: r.username,
          role: r.role,
          action: r.action,
          entity: r.entity,
          entity_id: r.entity_id,
          details: r.details,
        })),
      };
    },
  );
};
