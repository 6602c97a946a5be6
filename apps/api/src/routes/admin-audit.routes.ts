import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { listAudit } from "@lianpian/db";
import { buildCsv } from "@lianpian/domain";
import { Type } from "typebox";
import { errorResponses } from "../schemas/error.schema.ts";

const AuditRow = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  username: Type.String(),
  role: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entity_id: Type.Union([Type.String(), Type.Null()]),
  details: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
});
type AuditRow = {
  id: number;
  at: string;
  username: string;
  role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: unknown;
  ip: string | null;
};

const AuditQuery = Type.Object(
  {
    user: Type.Optional(Type.String({ maxLength: 40, description: "username" })),
    action: Type.Optional(Type.String({ maxLength: 60, description: "exact, or a prefix like zone.*" })),
    entity: Type.Optional(Type.String({ maxLength: 40 })),
    entity_id: Type.Optional(Type.String({ maxLength: 40 })),
    from: Type.Optional(Type.String({ format: "date-time", description: "from this moment (inclusive)" })),
    to: Type.Optional(Type.String({ format: "date-time", description: "until this moment (exclusive)" })),
    format: Type.Optional(Type.Enum(["json", "csv"])),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

const CSV_COLUMNS = [
  { header: "时间 Time", value: (r: AuditRow) => r.at },
  { header: "用户 User", value: (r: AuditRow) => r.username },
  { header: "角色 Role", value: (r: AuditRow) => r.role },
  { header: "操作 Action", value: (r: AuditRow) => r.action },
  { header: "对象 Entity", value: (r: AuditRow) => r.entity },
  { header: "对象编号 Entity id", value: (r: AuditRow) => r.entity_id },
  { header: "详情 Details", value: (r: AuditRow) => JSON.stringify(r.details) },
  { header: "地址 Address", value: (r: AuditRow) => r.ip },
];

/** For the admin: the audit log (who did what, when), filtered, as JSON or CSV. */
export const adminAuditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/admin/audit",
    {
      preHandler: app.requirePermission("audit.read"),
      schema: {
        tags: ["admin"],
        summary:
          "The audit log, newest first, filtered by user, action, entity and time; format=csv to download (admin)",
        querystring: AuditQuery,
        response: {
          200: {
            description: "the entries (JSON) or the table (CSV)",
            content: {
              "application/json": { schema: Type.Object({ entries: Type.Array(AuditRow) }) },
              "text/csv": { schema: Type.String() },
            },
          },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const rows = await listAudit(app.db.kysely, {
        username: q.user,
        action: q.action,
        entity: q.entity,
        entityId: q.entity_id,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.limit,
        offset: q.offset,
      });
      const entries: AuditRow[] = rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        username: r.username,
        role: r.role,
        action: r.action,
        entity: r.entity,
        entity_id: r.entity_id,
        details: r.details,
        ip: r.ip,
      }));
      if (q.format === "csv")
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="audit-log.csv"')
          .header("cache-control", "no-store")
          .send(buildCsv(CSV_COLUMNS, entries));
      return { entries };
    },
  );
};
