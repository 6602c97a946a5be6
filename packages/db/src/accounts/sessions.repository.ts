import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { UserRow } from "./users.repository.ts";

/** Stores a new session under the SHA-256 of its token. */
export async function insertSession(
  db: Kysely<Database>,
  session: { tokenSha256: string; userId: number; expiresAt: Date; userAgent: string | null },
) {
  await db
    .insertInto("sessions")
    .values({
      token_sha256: session.tokenSha256,
      user_id: session.userId,
      expires_at: session.expiresAt,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** A session unused for this long is dead, even before it expires. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

/**
 * The user of a live session (not expired, used within SESSION_IDLE_MS,
 * account enabled), or undefined; a live session is marked as seen now.
 */
export async function findSessionUser(
  db: Kysely<Database>,
  tokenSha256: string,
  now = new Date(),
): Promise<UserRow | undefined> {
  const seen = await db
    .updateTable("sessions")
    .set({ last_seen_at: now })
    .where("token_sha256", "=", tokenSha256)
    .where("expires_at", ">", now)
    .where("last_seen_at", ">", new Date(now.getTime() - SESSION_IDLE_MS))
    .returning("user_id")
    .executeTakeFirst();
  if (!seen) return undefined;
  return db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "is_demo", "disabled", "must_change_password"])
    .where("id", "=", seen.user_id)
    .where("disabled", "=", false)
    .executeTakeFirst();
}

/** A user's live sessions (for the admin), newest first; tokens are never shown, only a short prefix of their hash. */
export async function listUserSessions(db: Kysely<Database>, userId: number, now = new Date()) {
  const rows = await db
    .selectFrom("sessions")
    .select(["token_sha256", "created_at", "last_seen_at", "expires_at", "user_agent"])
    .where("user_id", "=", userId)
    .where("expires_at", ">", now)
    .where("last_seen_at", ">", new Date(now.getTime() - SESSION_IDLE_MS))
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.token_sha256.slice(0, 16),
    created_at: new Date(r.created_at).toISOString(),
    last_seen_at: new Date(r.last_seen_at).toISOString(),
    expires_at: new Date(r.expires_at).toISOString(),
    user_agent: r.user_agent,
  }));
}

/**
 * Ends a user's sessions: the one whose hash starts with `idPrefix`, or all of
 * them. Returns the hashes ended (each process forgets them by NOTIFY).
 */
export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: number,
  idPrefix?: string,
): Promise<string[]> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (idPrefix) q = q.where("token_sha256", "like", `${idPrefix.replace(/[^0-9a-f]/g, "")}%`);
  const rows = await q.returning("token_sha256").execute();
  return rows.map((r) => r.token_sha256);
}

/** Ends a session (logout). */
export async function deleteSession(db: Kysely<Database>, tokenSha256: string) {
  await db.deleteFrom("sessions").where("token_sha256", "=", tokenSha256).execute();
}

/** Removes expired and idle sessions; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([
        eb("expires_at", "<=", now),
        eb("last_seen_at", "<=", new Date(now.getTime() - SESSION_IDLE_MS)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
