import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { readHealth } from "@lianpian/db";
import { Type } from "typebox";

const HealthReply = Type.Object({
  status: Type.Literal("ok"),
  database: Type.Object({
    mode: Type.Union([Type.Literal("embedded"), Type.Literal("server")]),
    postgres_version: Type.String(),
    postgis_version: Type.String(),
    migrations: Type.Integer(),
  }),
  uptime_s: Type.Number(),
});

/** /health: the database mode and versions, for operators and load balancers. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/health",
    { schema: { tags: ["system"], summary: "Health and database mode", response: { 200: HealthReply } } },
    async () => {
      const health = await readHealth(app.db.kysely);
      return {
        status: "ok" as const,
        database: { mode: app.db.mode, ...health },
        uptime_s: Math.round(process.uptime()),
      };
    },
  );
};
