import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { apiError } from "../errors.ts";
import { isApiPath } from "./web-app.ts";

/**
 * Whether the database has been migrated and can serve. A server database may
 * be down when the app starts: the app listens anyway, answers 503 until
 * `ready` (its /health says why), and server.ts flips it once migrations ran.
 */
export interface DatabaseReadiness {
  ready: boolean;
  /** What the app is waiting for, in words an operator reads in /health. */
  waitingFor?: string;
}

declare module "fastify" {
  interface FastifyInstance {
    readiness: DatabaseReadiness;
  }
}

/** Until the database is ready, API requests (all but /health) get 503 database_unavailable. */
export const databaseReadiness = fp(
  async (app: FastifyInstance, options: { readiness: DatabaseReadiness }) => {
    app.decorate("readiness", options.readiness);
    // Callback style: once ready this costs every request one comparison, no promise.
    app.addHook("onRequest", (request, _reply, done) => {
      if (options.readiness.ready) return done();
      const path = request.url.split("?")[0] ?? "/";
      if (path === "/health" || !isApiPath(path)) return done();
      done(apiError("database_unavailable", { waiting_for: options.readiness.waitingFor }));
    });
  },
);
