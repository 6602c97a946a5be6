import cookie from "@fastify/cookie";
import { type Actor, findSessionUser, type UserRow } from "@lianpian/db";
import { can, type Permission, type Role } from "@lianpian/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { SessionCache } from "../auth/session-cache.ts";
import { followSessionRevocations } from "../auth/session-revocations.ts";
import { SESSION_COOKIE, sha256 } from "../auth/session-token.ts";
import { apiError } from "../errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The logged-in user, or null for the anonymous public. */
    user: UserRow | null;
  }
  interface FastifyInstance {
    sessions: SessionCache;
    /** preHandler that lets only roles holding the permission through (401 anonymous, 403 otherwise). */
    requirePermission(permission: Permission): (request: FastifyRequest) => Promise<void>;
  }
}

/** The role of a request: the user's, or public when anonymous. */
export function roleOf(request: FastifyRequest): Role {
  return request.user?.role ?? "public";
}

/** The actor recorded in the audit log for a request. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return user
    ? { userId: user.id, username: user.username, role: user.role, ip: request.ip }
    : { userId: null, username: "anonymous", role: "public", ip: request.ip };
}

/**
 * Reads the session from the cookie or an `Authorization: Bearer` header on
 * every request, and offers `requirePermission` for routes that write.
 */
export const auth = fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest("user", null);
  const sessions = new SessionCache();
  app.decorate("sessions", sessions);
  const unfollow = followSessionRevocations(app.db, sessions);
  app.addHook("onClose", async () => unfollow());
  // Callback style: a request without a session, or with a cached one, costs no promise.
  app.addHook("onRequest", (request, _reply, done) => {
    // Routes that answer everyone alike (public tiles) never look the session up.
    if ((request.routeOptions.config as { publicRoute?: boolean }).publicRoute) return done();
    const token = bearerToken(request) ?? request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return done();
    const key = sha256(token);
    const user = app.sessions.get(key);
    if (user !== undefined) {
      request.user = user;
      return done();
    }
    findSessionUser(app.db.kysely, key).then((found) => {
      app.sessions.set(key, found ?? null);
      request.user = found ?? null;
      done();
    }, done);
  });
  app.decorate("requirePermission", (permission: Permission) =>
    permissionGuard(async (request: FastifyRequest) => {
      if (can(roleOf(request), permission)) return;
      throw apiError(request.user ? "forbidden" : "unauthorized", { permission });
    }),
  );
  // A permission guard declared as a route's preHandler runs at onRequest instead: before the
  // body is read, parsed or validated, so an anonymous or unprivileged request costs nothing.
  app.addHook("onRoute", (route) => {
    const handlers = [route.preHandler ?? []].flat();
    const guards = handlers.filter(isPermissionGuard);
    if (guards.length === 0) return;
    route.preHandler = handlers.filter((h) => !isPermissionGuard(h));
    route.onRequest = [...[route.onRequest ?? []].flat(), ...guards] as typeof route.onRequest;
  });
});

const GUARD = Symbol("permission guard");

/** Marks a hook as a permission check, to be run before the body is read (see the onRoute hook). */
export function permissionGuard<T extends (request: FastifyRequest) => Promise<void>>(check: T): T {
  return Object.assign(check, { [GUARD]: true });
}

function isPermissionGuard(hook: unknown): boolean {
  return typeof hook === "function" && (hook as { [GUARD]?: boolean })[GUARD] === true;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith("Bearer ")) return undefined;
  return header.slice("Bearer ".length).trim() || undefined;
}
