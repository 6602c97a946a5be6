import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { databaseFailure, readHealth } from "@lianpian/db";
import { Type } from "typebox";

const DatabaseMode = Type.Union([Type.Literal("embedded"), Type.Literal("server")]);

const HealthReply = Type.Object({
  status: Type.Literal("ok"),
  database: Type.Object({
    mode: DatabaseMode,
    postgres_version: Type.String(),
    postgis_version: Type.String(),
    migrations: Type.Integer(),
  }),
  uptime_s: Type.Number(),
});

const UnhealthyReply = Type.Object({
  status: Type.Union([Type.Literal("starting"), Type.Literal("unavailable")]),
  database: Type.Object({ mode: DatabaseMode }),
  /** Why, in words for an operator; never the server's address or error text. */
  reason: Type.String(),
  uptime_s: Type.Number(),
});

/**
 * /health: the database mode and versions, for operators and load balancers.
 * 503 while the app waits for its database (with the reason), or when the
 * database cannot answer now. It asks on a connection of its own, so a
 * saturated pool does not make a live server look dead.
 */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Health and database mode",
        response: { 200: HealthReply, 503: UnhealthyReply },
      },
    },
    async (_request, reply) => {
      const uptime_s = Math.round(process.uptime());
      const unhealthy = (status: "starting" | "unavailable", reason: string) =>
        reply
          .status(503)
          .header("retry-after", "2")
          .send({ status, database: { mode: app.db.mode }, reason, uptime_s });
      if (!app.readiness.ready) return unhealthy("starting", app.readiness.waitingFor ?? "the database");
      try {
        const health = await app.db.probe(readHealth);
        return { status: "ok" as const, database: { mode: app.db.mode, ...health }, uptime_s };
      } catch (error) {
        const failure = databaseFailure(error);
        if (failure === "unavailable") return unhealthy("unavailable", "the database cannot be reached");
        if (failure === "timeout") return unhealthy("unavailable", "the database did not answer in time");
        throw error;
      }
    },
  );
};
