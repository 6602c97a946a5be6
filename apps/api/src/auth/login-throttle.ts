import {
  type BackoffPolicy,
  clearLoginFailures,
  type Db,
  loginBlockedUntil,
  recordLoginFailure,
} from "@lianpian/db";

/**
 * Failed logins slow down per account and per address, never lock: after 5
 * failures on an account each further one doubles its wait (1 s, 2 s, … at
 * most 60 s), so guessing one password from many addresses gets about one
 * try a minute while its owner waits a minute at worst; an address gets 10
 * free failures (besides the route's 20 a minute) and waits up to 15 minutes. Counts
 * live in PostgreSQL (login_failures), so every API process applies them.
 */
const ACCOUNT_BACKOFF: BackoffPolicy = { free: 5, baseMs: 1_000, maxMs: 60_000, forgetMs: 3_600_000 };
const ADDRESS_BACKOFF: BackoffPolicy = {
  free: 10,
  baseMs: 1_000,
  maxMs: 900_000,
  forgetMs: 3_600_000,
};

const keys = (username: string, ip: string) => ({
  account: `account:${username.slice(0, 60)}`,
  address: `address:${ip.slice(0, 60)}`,
});

/** Seconds until the account or address may try again, or 0 when it may now. */
export async function loginWaitSeconds(
  db: Db,
  username: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const k = keys(username, ip);
  const until = await loginBlockedUntil(db.kysely, [k.account, k.address], now);
  return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : 0;
}

/** Counts a failed login against the account and the address. */
export async function loginFailed(db: Db, username: string, ip: string) {
  const k = keys(username, ip);
  const account = await recordLoginFailure(db.kysely, k.account, ACCOUNT_BACKOFF);
  await recordLoginFailure(db.kysely, k.address, ADDRESS_BACKOFF);
  return account;
}

/** A successful login clears the account's count (the address keeps its own). */
export async function loginSucceeded(db: Db, username: string, ip: string) {
  await clearLoginFailures(db.kysely, keys(username, ip).account);
}
