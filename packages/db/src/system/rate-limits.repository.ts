import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** A key's hits in its current window and the milliseconds left of it. */
export interface RateLimitCount {
  hits: number;
  ttlMs: number;
}

/**
 * Counts one hit for a key in fixed windows of `windowMs`, in the table every
 * API process shares (one statement: a new or expired window starts at 1).
 */
export async function countRateLimitHit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
): Promise<RateLimitCount> {
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    INSERT INTO rate_limit_hits AS r (key, hits, window_ends)
    VALUES (${key}, 1, clock_timestamp() + make_interval(secs => ${windowMs / 1000}::float8))
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN r.window_ends <= clock_timestamp() THEN 1 ELSE r.hits + 1 END,
      window_ends = CASE WHEN r.window_ends <= clock_timestamp() THEN EXCLUDED.window_ends ELSE r.window_ends END
    RETURNING hits, greatest(0, extract(epoch FROM window_ends - clock_timestamp()) * 1000)::float8 AS ttl_ms`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error("rate limit count returned no row");
  return { hits: row.hits, ttlMs: Math.ceil(row.ttl_ms) };
}

/** A key's hits without counting one (a window that has ended reads as 0). */
export async function readRateLimitHits(db: Kysely<Database>, key: string): Promise<RateLimitCount> {
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    SELECT hits, extract(epoch FROM window_ends - clock_timestamp())::float8 * 1000 AS ttl_ms
    FROM rate_limit_hits WHERE key = ${key} AND window_ends > clock_timestamp()`.execute(db);
  const row = rows[0];
  return row ? { hits: row.hits, ttlMs: Math.ceil(row.ttl_ms) } : { hits: 0, ttlMs: 0 };
}

/** Drops windows that ended more than a minute ago; returns how many. */
export async function deleteEndedRateLimitWindows(db: Kysely<Database>): Promise<number> {
  const result =
    await sql`DELETE FROM rate_limit_hits WHERE window_ends < now() - interval '1 minute'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
