import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/**
 * Failed logins per key ('account:<username>', 'address:<ip>'), in
 * PostgreSQL so every API process sees the same count. After `free`
 * failures each further one blocks the key for twice as long as the last,
 * up to `maxMs`; failures older than `forgetMs` start the count again.
 */
export interface BackoffPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
}

/** The wait after the `failures`-th failure under a policy (0 while still free). */
export function backoffMs(policy: BackoffPolicy, failures: number): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - policy.free - 1));
}

/** The latest moment any of the keys is blocked until, or null when none is blocked now. */
export async function loginBlockedUntil(db: Kysely<Database>, keys: readonly string[], now = new Date()) {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => eb.fn.max("blocked_until").as("until"))
    .where("key", "in", [...keys])
    .where("blocked_until", ">", now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

/** Counts one failure for the key and blocks it by the policy; returns the count and the block. */
export async function recordLoginFailure(
  db: Kysely<Database>,
  key: string,
  policy: BackoffPolicy,
  now = new Date(),
): Promise<{ failures: number; blockedUntil: Date | null }> {
  const forgetBefore = new Date(now.getTime() - policy.forgetMs);
  const { rows } = await sql<{ failures: number }>`
    INSERT INTO login_failures (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_failures.last_failure_at < ${forgetBefore} THEN 1 ELSE login_failures.failures + 1 END,
      last_failure_at = excluded.last_failure_at
    RETURNING failures`.execute(db);
  const failures = rows[0]?.failures ?? 1;
  const wait = backoffMs(policy, failures);
  const blockedUntil = wait > 0 ? new Date(now.getTime() + wait) : null;
  await db
    .updateTable("login_failures")
    .set({ blocked_until: blockedUntil })
    .where("key", "=", key)
    .execute();
  return { failures, blockedUntil };
}

/** Forgets the failures of a key (after a successful login). */
export async function clearLoginFailures(db: Kysely<Database>, key: string) {
  await db.deleteFrom("login_failures").where("key", "=", key).execute();
}

/** Drops rows nobody has failed on for a day. */
export async function sweepLoginFailures(db: Kysely<Database>, now = new Date()) {
  await db
    .deleteFrom("login_failures")
    .where("last_failure_at", "<", new Date(now.getTime() - 86_400_000))
    .execute();
}
