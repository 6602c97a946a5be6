import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { apiError } from "../errors.ts";

/** Paths a user who must change their password may still use: logging in and out, who am I, the change itself. */
const OPEN = ["/api/auth/"];

/**
 * An account an admin created or reset must choose its own password first:
 * until then every other API request of that user is 403
 * password_change_required (pages and tiles stay reachable).
 */
export const passwordChangeGate = fp(async (app: FastifyInstance) => {
  // Callback style: no promise per request.
  app.addHook("onRequest", (request, _reply, done) => {
    if (!request.user?.must_change_password) return done();
    const path = request.url.split("?")[0] ?? "";
    if (!path.startsWith("/api/") || OPEN.some((p) => path.startsWith(p))) return done();
    done(apiError("password_change_required"));
  });
});
