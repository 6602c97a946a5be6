import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  findUserById,
  insertUser,
  listUserSessions,
  listUsers,
  recordAudit,
  revokeUserSessions,
  updateUser,
} from "@lianpian/db";
import { ACCOUNT_ROLES } from "@lianpian/domain";
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { hashPassword } from "../auth/password.ts";
import { checkPassword } from "../auth/password-rules.ts";
import { apiError } from "../errors.ts";
import { actorOf } from "../plugins/auth.ts";
import { errorResponses } from "../schemas/error.schema.ts";

const UserRow = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  display_name: Type.String(),
  role: Type.String(),
  is_demo: Type.Boolean(),
  disabled: Type.Boolean(),
  must_change_password: Type.Boolean(),
});

const UserCreate = Type.Object(
  {
    username: Type.String({ pattern: "^[a-z0-9_.-]{3,40}$" }),
    display_name: Type.String({ minLength: 1, maxLength: 60 }),
    role: Type.Enum([...ACCOUNT_ROLES]),
    password: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "initial password; changed at first login",
    }),
  },
  { additionalProperties: false },
);

const UserPatch = Type.Object(
  {
    display_name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    role: Type.Optional(Type.Enum([...ACCOUNT_ROLES])),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

const SessionRow = Type.Object({
  id: Type.String({ description: "the first 16 hex digits of the session's hash" }),
  created_at: Type.String(),
  last_seen_at: Type.String(),
  expires_at: Type.String(),
  user_agent: Type.Union([Type.String(), Type.Null()]),
});

const UserParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const SessionParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  session: Type.String({ pattern: "^[0-9a-f]{16}$" }),
});

function refusePassword(password: string, username: string) {
  const problem = checkPassword(password, username);
  if (problem) throw apiError("weak_password", { ...problem });
}

/** For the admin: accounts (create, change, disable, reset password) and their sessions (list, revoke). */
export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const manage = { preHandler: app.requirePermission("users.manage") };

  /** Ends sessions in the database (every process hears it) and in this process's cache at once. */
  const revoke = async (request: FastifyRequest, userId: number, prefix?: string) => {
    const ended = await app.db.kysely.transaction().execute(async (trx) => {
      const hashes = await revokeUserSessions(trx, userId, prefix);
      if (hashes.length > 0)
        await recordAudit(trx, actorOf(request), {
          action: "session.revoke",
          entity: "user",
          entityId: userId,
          details: { sessions: hashes.map((h) => h.slice(0, 16)) },
        });
      return hashes;
    });
    for (const h of ended) app.sessions.forget(h);
    return ended;
  };

  app.get(
    "/api/admin/users",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary: "All user accounts (admin)",
        response: { 200: Type.Object({ users: Type.Array(UserRow) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ users: await listUsers(app.db.kysely) }),
  );

  app.post(
    "/api/admin/users",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary: "Create an account; its user must change the initial password at first login (admin)",
        body: UserCreate,
        response: { 201: UserRow, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      refusePassword(b.password, b.username);
      const passwordHash = await hashPassword(b.password);
      const user = await app.db.kysely.transaction().execute(async (trx) => {
        const row = await insertUser(trx, {
          username: b.username,
          displayName: b.display_name.trim(),
          role: b.role,
          passwordHash,
          mustChangePassword: true,
        });
        if (!row) throw apiError("username_taken");
        await recordAudit(trx, actorOf(request), {
          action: "user.create",
          entity: "user",
          entityId: row.id,
          details: { username: row.username, role: row.role },
        });
        return row;
      });
      return reply.status(201).send(user);
    },
  );

  app.patch(
    "/api/admin/users/:id",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary:
          "Rename, change the role of, disable or enable an account; disabling ends its sessions (admin)",
        params: UserParams,
        body: UserPatch,
        response: { 200: UserRow, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const b = request.body;
      if (id === request.user?.id && (b.role !== undefined || b.disabled === true))
        throw apiError("cannot_change_self");
      const user = await app.db.kysely.transaction().execute(async (trx) => {
        const before = await findUserById(trx, id);
        if (!before) throw apiError("user_not_found");
        const after = await updateUser(trx, id, {
          displayName: b.display_name?.trim(),
          role: b.role,
          disabled: b.disabled,
        });
        if (!after) throw apiError("user_not_found");
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const key of ["display_name", "role", "disabled"] as const)
          if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
        await recordAudit(trx, actorOf(request), {
          action: b.disabled === true ? "user.disable" : b.disabled === false ? "user.enable" : "user.update",
          entity: "user",
          entityId: id,
          details: { username: after.username, changes },
        });
        return after;
      });
      if (user.disabled) await revoke(request, id);
      app.sessions.forgetUser(id);
      return user;
    },
  );

  app.post(
    "/api/admin/users/:id/password",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary:
          "Reset an account's password: its sessions end and the user must change it at next login (admin)",
        params: UserParams,
        body: Type.Object(
          { password: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const target = await findUserById(app.db.kysely, id);
      if (!target) throw apiError("user_not_found");
      refusePassword(request.body.password, target.username);
      const passwordHash = await hashPassword(request.body.password);
      await app.db.kysely.transaction().execute(async (trx) => {
        await updateUser(trx, id, { passwordHash, mustChangePassword: true });
        await recordAudit(trx, actorOf(request), {
          action: "user.password_reset",
          entity: "user",
          entityId: id,
          details: { username: target.username },
        });
      });
      await revoke(request, id);
      app.sessions.forgetUser(id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/admin/users/:id/sessions",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary: "An account's live sessions (admin)",
        params: UserParams,
        response: {
          200: Type.Object({ sessions: Type.Array(SessionRow) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      if (!(await findUserById(app.db.kysely, request.params.id))) throw apiError("user_not_found");
      return { sessions: await listUserSessions(app.db.kysely, request.params.id) };
    },
  );

  app.delete(
    "/api/admin/users/:id/sessions",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary: "End every session of an account, on every API process at once (admin)",
        params: UserParams,
        response: { 200: Type.Object({ revoked: Type.Integer() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      if (!(await findUserById(app.db.kysely, request.params.id))) throw apiError("user_not_found");
      return { revoked: (await revoke(request, request.params.id)).length };
    },
  );

  app.delete(
    "/api/admin/users/:id/sessions/:session",
    {
      ...manage,
      schema: {
        tags: ["admin"],
        summary: "End one session of an account (admin)",
        params: SessionParams,
        response: { 200: Type.Object({ revoked: Type.Integer() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const ended = await revoke(request, request.params.id, request.params.session);
      if (ended.length === 0) throw apiError("not_found");
      return { revoked: ended.length };
    },
  );
};
