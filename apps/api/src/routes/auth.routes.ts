import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  deleteSession,
  findUserForLogin,
  insertSession,
  listDemoUsers,
  recordAudit,
  sweepLoginFailures,
  updateUser,
} from "@lianpian/db";
import { DemoAccount, roleLabel, SessionUser as User } from "@lianpian/domain";
import { Type } from "typebox";
import { loginFailed, loginSucceeded, loginWaitSeconds } from "../auth/login-throttle.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { checkPassword } from "../auth/password-rules.ts";
import { newSessionToken, SESSION_COOKIE, SESSION_TTL_MS, sha256 } from "../auth/session-token.ts";
import { demoPassword } from "../bootstrap/demo-accounts.ts";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const PasswordChange = Type.Object(
  {
    current_password: Type.String({ minLength: 1, maxLength: 200 }),
    new_password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** Login with a session cookie (and a bearer token for API clients), logout, and who am I. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Failure counts nobody added to for a day are dropped.
  const sweep = setInterval(() => void sweepLoginFailures(app.db.kysely).catch(() => {}), 60 * 60_000);
  sweep.unref();
  app.addHook("onClose", async () => clearInterval(sweep));

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
      const { password } = request.body;
      const username = request.body.username.trim().toLowerCase();
      const attempt = (reason: string, found?: { id: number; username: string; role: string }) =>
        app.db.kysely
          .transaction()
          .execute((trx) =>
            recordAudit(
              trx,
              found
                ? { userId: found.id, username: found.username, role: found.role, ip: request.ip }
                : { userId: null, username: "anonymous", role: "public", ip: request.ip },
              { action: "login.failed", entity: "session", details: { username, reason } },
            ),
          );
      const wait = await loginWaitSeconds(app.db, username, request.ip);
      if (wait > 0) {
        await attempt("throttled");
        reply.header("retry-after", String(wait));
        throw apiError("login_throttled", { retry_after_s: wait });
      }
      const found = await findUserForLogin(app.db.kysely, username);
      const ok = found && !found.disabled && (await verifyPassword(password, found.password_hash));
      if (!found || !ok) {
        await loginFailed(app.db, username, request.ip);
        await attempt(found?.disabled ? "disabled" : "wrong_password", found);
        throw apiError("invalid_credentials");
      }
      await loginSucceeded(app.db, username, request.ip);
      const { token, sha256: tokenSha256 } = newSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      const user = {
        id: found.id,
        username: found.username,
        display_name: found.display_name,
        role: found.role,
        must_change_password: found.must_change_password,
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
        user: {
          id: user.id,
          username: user.username,
          display_name: user.display_name,
          role: user.role,
          must_change_password: user.must_change_password,
        },
      };
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary:
          "Change one's own password (required first for an account an admin created or reset): at least 10 characters, not the username, not a commonly leaked one",
        body: PasswordChange,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw apiError("unauthorized");
      const { current_password, new_password } = request.body;
      const stored = await findUserForLogin(app.db.kysely, user.username);
      if (!stored || !(await verifyPassword(current_password, stored.password_hash))) {
        await loginFailed(app.db, user.username, request.ip);
        throw apiError("invalid_credentials");
      }
      const problem =
        checkPassword(new_password, user.username) ??
        (new_password === current_password
          ? {
              reason: "unchanged",
              message_zh: "新密码不能与原密码相同",
              message_en: "the new password must differ from the current one",
            }
          : undefined);
      if (problem) throw apiError("weak_password", { ...problem });
      const passwordHash = await hashPassword(new_password);
      await app.db.kysely.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { passwordHash, mustChangePassword: false });
        await recordAudit(trx, actorOf(request), {
          action: "user.password_change",
          entity: "user",
          entityId: user.id,
        });
      });
      app.sessions.forgetUser(user.id);
      return reply.status(204).send(null);
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
