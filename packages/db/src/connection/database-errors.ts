/**
 * What a database failure means for the request that met it, decided once
 * for the whole app: the error handler answers from this, and code that
 * catches database errors for its own reasons (a geometry check) lets the
 * "unavailable" and "timeout" kinds through instead of reporting them as
 * something the user did.
 */
export type DatabaseFailure =
  /** The server is down, restarting, unreachable, or our connection to it was cut: try again later (503). */
  | "unavailable"
  /** A statement ran past its deadline, or no connection became free in time (503). */
  | "timeout"
  /** A unique, foreign-key, check or not-null constraint refused the write (409/400). */
  | "constraint"
  /** Data PostgreSQL could not take: a value out of range, bad text, a malformed geometry (400). */
  | "data";

const CONNECTION_ERRNOS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Messages node-postgres throws without a SQLSTATE when the connection goes or never comes. */
const CONNECTION_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error",
  "Client was closed and is not queryable",
  "Cannot use a pool after calling end",
  "connection lost",
];

/** The pool's acquire deadline (connectionTimeoutMillis) passed. */
const ACQUIRE_TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";

/** Classifies an error thrown by a query; undefined when it is not the database's (a bug of ours). */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (CONNECTION_ERRNOS.has(code)) return "unavailable";
    if (/^[0-9A-Z]{5}$/.test(code)) return bySqlState(code);
  }
  const message = error.message;
  if (message.includes(ACQUIRE_TIMEOUT_MESSAGE)) return "timeout";
  if (CONNECTION_MESSAGES.some((m) => message.includes(m))) return "unavailable";
  const cause = (error as { cause?: unknown }).cause;
  return cause && cause !== error ? databaseFailure(cause) : undefined;
}

function bySqlState(state: string): DatabaseFailure | undefined {
  // 57014 query_canceled (statement_timeout), 55P03 lock_not_available (lock_timeout)
  if (state === "57014" || state === "55P03") return "timeout";
  // 08 connection exception; 57P01–57P05 admin/crash shutdown, cannot connect now, idle/session timeouts;
  // 53 insufficient resources (too many connections, out of memory or disk)
  if (state.startsWith("08") || /^57P0[1-5]$/.test(state) || state.startsWith("53")) return "unavailable";
  if (state.startsWith("23")) return "constraint";
  if (state.startsWith("22")) return "data";
  return undefined;
}

/** True when the request should be answered 503 (the database, not the request, is at fault). */
export function isDatabaseOutage(error: unknown): boolean {
  const failure = databaseFailure(error);
  return failure === "unavailable" || failure === "timeout";
}
