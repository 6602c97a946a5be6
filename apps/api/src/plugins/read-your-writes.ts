import type { Database } from "@lianpian/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Kysely } from "kysely";

/** How long a writer's reads go to the primary after a write: well above a replica's usual lag. */
const READ_YOUR_WRITES_MS = 10_000;
/** Set on a successful write: the browser sends it back on its next reads, whichever process answers. */
const WROTE_COOKIE = "lianpian_wrote";

declare module "fastify" {
  interface FastifyRequest {
    /**
     * Where this request's reads go: the read pool (a replica when configured),
     * or the primary for a client that wrote within READ_YOUR_WRITES_MS, so a
     * user always sees their own edit.
     */
    readDb(): Kysely<Database>;
    /** True when this request's reads must see the client's own recent write. */
    wroteRecently(): boolean;
  }
}

/**
 * Read-your-writes across API processes: a write (any successful non-GET)
 * leaves a short-lived cookie with its time; a later read carrying it is
 * served from the primary. Bearer clients without cookies are remembered by
 * user in this process as well.
 */
export const readYourWrites = fp(async (app: FastifyInstance) => {
  const writers = new Map<number, number>();
  const recent = (request: FastifyRequest) => {
    const now = Date.now();
    const cookie = Number(request.cookies[WROTE_COOKIE]);
    if (Number.isFinite(cookie) && now - cookie < READ_YOUR_WRITES_MS && cookie <= now + 1000) return true;
    const userId = request.user?.id;
    const at = userId === undefined ? undefined : writers.get(userId);
    return at !== undefined && now - at < READ_YOUR_WRITES_MS;
  };
  app.decorateRequest("wroteRecently", function (this: FastifyRequest) {
    return app.db.reads !== app.db.kysely && recent(this);
  });
  app.decorateRequest("readDb", function (this: FastifyRequest) {
    return this.wroteRecently() ? app.db.kysely : app.db.reads;
  });
  // Callback style: no promise per reply.
  app.addHook("onSend", (request, reply, payload, done) => {
    const write = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
    if (!write || reply.statusCode >= 400 || app.db.reads === app.db.kysely) return done(null, payload);
    const now = Date.now();
    if (request.user) {
      writers.set(request.user.id, now);
      if (writers.size > 10_000) writers.delete(writers.keys().next().value as number);
    }
    reply.setCookie(WROTE_COOKIE, String(now), {
      path: "/",
      maxAge: READ_YOUR_WRITES_MS / 1000,
      httpOnly: true,
      sameSite: "lax",
    });
    done(null, payload);
  });
});
