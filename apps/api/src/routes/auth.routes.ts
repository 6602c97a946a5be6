import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { deleteSession, findUserForLogin, insertSession, listDemoUsers, recordAudit } from "@lianpian/db";
import { ACCOUNT_ROLES, roleLabel } from "@lianpian/domain";
import { Type } from "typebox";
import { verifyPassword } from "../auth/password.ts";
import { newSessionToken, SESSION_COOKIE, SESSION_TTL_MS, sha256 } from "../auth/session-token.ts";
import { demoPassword } from "../bootstrap/demo-accounts.ts";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  role: Type.Enum([...ACCOUNT_ROLES]),
});

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** Demo passwords, only ever created on the embedded demo (see bootstrap/demo-accounts.ts). */
const DemoAccount = Type.Object({
  username: Type.String(),
  password: Type.String(),
  role: Type.String(),
  role_zh: Type.String(),
  role_en: Type.String(),
});

/** Login with a session cookie (and a bearer token for API clients), logout, and who am I. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/api/auth/login",
    {
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Log in; sets an HttpOnly session cookie and returns a bearer token",
        body: LoginBody,
        response: {
          200: Type.Object({ user: User, token: Type.String() }),
          ...errorResponses(400, 401, 429),
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const found = await findUserForLogin(app.db.kysely, username.trim().toLowerCase());
      const ok = found && !found.disabled && (await verifyPassword(password, found.password_hash));
      if (!found || !ok) throw apiError("invalid_credentials");
      const { token, sha256: tokenSha256 } = newSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      const user = {
        id: found.id,
        username: found.username,
        display_name: found.display_name,
        role: found.role,
      };
      await app.db.kysely.transaction().execute(async (trx) => {
        await insertSession(trx, {
          tokenSha256,
          userId: found.id,
          expiresAt,
          userAgent: request.headers["user-agent"] ?? null,
        });
        await recordAudit(
          trx,
          { userId: found.id, username: found.username, role: found.role, ip: request.ip },
          {
            action: "login",
            entity: "session",
          },
        );
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: request.protocol === "https",
        expires: expiresAt,
      });
      return { user, token };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Log out (ends the session)", response: { 204: Type.Null() } } },
    async (request, reply) => {
      const header = request.headers.authorization;
      const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
      if (token && request.user) {
        const key = sha256(token);
        await app.db.kysely.transaction().execute(async (trx) => {
          await deleteSession(trx, key);
          await recordAudit(trx, actorOf(request), { action: "logout", entity: "session" });
        });
        app.sessions.forget(key);
      }
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The logged-in user, or 401",
        response: { 200: Type.Object({ user: User }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      return {
        user: { id: user.id, username: user.username, display_name: user.display_name, role: user.role },
      };
    },
  );

  app.get(
    "/api/auth/demo-accounts",
    {
      schema: {
        tags: ["auth"],
        summary: "Demo accounts of the embedded demo (empty elsewhere)",
        response: { 200: Type.Object({ accounts: Type.Array(DemoAccount) }) },
      },
    },
    async () => {
      if (!app.config.demoAccounts) return { accounts: [] };
      const users = await listDemoUsers(app.db.kysely);
      return {
        accounts: users.map((u) => ({
          username: u.username,
          password: demoPassword(u.username),
          role: u.role,
          role_zh: roleLabel[u.role].zh,
          role_en: roleLabel[u.role].en,
        })),
      };
    },
  );
};
