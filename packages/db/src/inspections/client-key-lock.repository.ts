import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/** Advisory lock namespace of inspection client keys (the first of the two-int key). */
const CLIENT_KEY_LOCK_SPACE = 4_041;

/**
 * Takes the transaction-scoped lock on a client key, or reports that another
 * send of the key holds it right now. PostgreSQL releases it when the
 * transaction ends, and at once when the holder's connection dies: a retry
 * after a crash or a restart never waits for a leftover claim to go stale.
 */
export async function tryLockClientKey(trx: Transaction<Database>, clientKey: string): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    SELECT pg_try_advisory_xact_lock(${CLIENT_KEY_LOCK_SPACE}::int, hashtext(${clientKey}::uuid::text)) AS locked`.execute(
    trx,
  );
  return rows[0]?.locked === true;
}
