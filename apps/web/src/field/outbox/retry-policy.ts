/**
 * What the outbox does after a send, and how long it waits before the next
 * try. Network failures and server trouble are retried for ever with a
 * capped backoff (an inspection is never dropped); a refusal that a retry
 * cannot fix waits for the user ("needs attention").
 */

/** A send's outcome as the outbox sees it. */
export type SendVerdict =
  /** Stored (201) or already stored with this content (200). */
  | "stored"
  /** No network, timeout, 5xx, 429: try again later. */
  | "retry"
  /** 409: another send of the same key is being stored; try again soon. */
  | "retry_soon"
  /** 401: the session ended; retried after the user logs in again. */
  | "login"
  /** Any other 4xx: the user has to look at it. */
  | "attention";

/** The verdict for an HTTP status, or for a send that got no response at all. */
export function verdictOf(status: number | "network"): SendVerdict {
  if (status === "network") return "retry";
  if (status === 200 || status === 201) return "stored";
  if (status === 409) return "retry_soon";
  if (status === 401) return "login";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "attention";
}

const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;
export const RETRY_SOON_MS = 2_000;

/**
 * Delay before try number `attempts + 1`: doubling from 2 s, capped at 5 min,
 * with "full jitter" in its upper half so many phones coming back online at
 * once do not knock together.
 * @example backoffMs(3, () => 1) // 8000
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
  return Math.round(exp / 2 + (exp / 2) * random());
}
