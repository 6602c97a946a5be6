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

/** The user of a live session (not expired, account enabled), or undefined. */
export async function findSessionUser(
  db: Kysely<Database>,
  tokenSha256: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.is_demo",
      "users.disabled",
    ])
    .where("sessions.token_sha256", "=", tokenSha256)
    .where("sessions.expires_at", ">", new Date())
    .where("users.disabled", "=", false)
    .executeTakeFirst();
}

/** Ends a session (logout). */
export async function deleteSession(db: Kysely<Database>, tokenSha256: string) {
  await db.deleteFrom("sessions").where("token_sha256", "=", tokenSha256).execute();
}

/** Removes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
