import type { Db } from "@lianpian/db";
import type { SessionCache } from "./session-cache.ts";

/** The channel the database announces deleted sessions ("s:<token sha256>") and changed users ("u:<id>") on. */
const SESSIONS_CHANNEL = "lianpian_sessions";

/**
 * Keeps a process's session cache true to the database: every deleted session
 * and changed user announced by any process (or by SQL run by hand) is
 * forgotten here at once. Returns the function that stops listening.
 */
export function followSessionRevocations(db: Db, cache: SessionCache): () => Promise<void> {
  return db.listen(SESSIONS_CHANNEL, {
    onMessage(payload) {
      if (payload.startsWith("s:")) cache.forget(payload.slice(2));
      else if (payload.startsWith("u:")) cache.forgetUser(Number(payload.slice(2)));
    },
    onListening: () => cache.trust(),
    onLost: () => cache.distrust(),
  });
}
