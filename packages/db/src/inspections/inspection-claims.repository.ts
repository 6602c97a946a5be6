import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** A claim on a client key: `claimedAt` is its exact timestamp text, used to release only our own claim. */
export interface Claim {
  clientKey: string;
  userId: number;
  contentHash: string;
  claimedAt: string;
}

/**
 * Takes the claim on a client key, or a stale one (older than `staleSeconds`,
 * from a request that died). Runs as its own statement, so the claim is
 * committed and seen by a concurrent send of the same key. Returns the claim,
 * or undefined when another live claim holds the key.
 */
export async function takeClaim(
  db: Kysely<Database>,
  claim: { clientKey: string; userId: number; contentHash: string; staleSeconds: number },
): Promise<Claim | undefined> {
  const { rows } = await sql<{ claimed_at: string }>`
    INSERT INTO inspection_claims (client_key, user_id, content_hash)
    VALUES (${claim.clientKey}::uuid, ${claim.userId}::int, ${claim.contentHash})
    ON CONFLICT (client_key) DO UPDATE
      SET user_id = EXCLUDED.user_id, content_hash = EXCLUDED.content_hash, claimed_at = clock_timestamp()
      WHERE inspection_claims.claimed_at < clock_timestamp() - make_interval(secs => ${claim.staleSeconds}::float8)
    RETURNING claimed_at::text AS claimed_at`.execute(db);
  const row = rows[0];
  return row ? { ...claim, claimedAt: row.claimed_at } : undefined;
}

/** The live claim on a key, if any. */
export async function findClaim(db: Kysely<Database>, clientKey: string): Promise<Claim | undefined> {
  const { rows } = await sql<{ user_id: number; content_hash: string; claimed_at: string }>`
    SELECT user_id, content_hash, claimed_at::text AS claimed_at
    FROM inspection_claims WHERE client_key = ${clientKey}::uuid`.execute(db);
  const row = rows[0];
  return row
    ? { clientKey, userId: row.user_id, contentHash: row.content_hash, claimedAt: row.claimed_at }
    : undefined;
}

/** Removes our claim (and only ours: a claim taken over since then stays). */
export async function releaseClaim(db: Kysely<Database>, claim: Claim): Promise<void> {
  await sql`DELETE FROM inspection_claims
    WHERE client_key = ${claim.clientKey}::uuid AND claimed_at = ${claim.claimedAt}::timestamptz`.execute(db);
}
