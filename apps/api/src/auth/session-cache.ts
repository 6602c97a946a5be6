import type { UserRow } from "@lianpian/db";

/**
 * Recently resolved sessions, so a logged-in map view does not cost one
 * database round trip per tile. Entries live `ttlMs` at most, but a session
 * deleted or a user changed in the database is forgotten at once, in every
 * API process: the database announces it (sessions_notify_delete,
 * users_notify_change) and session-revocations.ts calls `forget`/`forgetUser`.
 * While that announcement channel is down the cache is off (`trusted`
 * false), so a revocation can never be missed.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: UserRow | null; until: number }>();
  /** Whether revocations are being heard; until then every lookup goes to the database. */
  private trusted = false;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 5_000,
  ) {}

  get(tokenSha256: string): UserRow | null | undefined {
    if (!this.trusted) return undefined;
    const entry = this.entries.get(tokenSha256);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.entries.delete(tokenSha256);
      return undefined;
    }
    return entry.user;
  }

  set(tokenSha256: string, user: UserRow | null) {
    if (!this.trusted) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenSha256, { user, until: Date.now() + this.ttlMs });
  }

  forget(tokenSha256: string) {
    this.entries.delete(tokenSha256);
  }

  /** Forgets every session of a user (disabled, role or password changed, deleted). */
  forgetUser(userId: number) {
    for (const [key, entry] of this.entries) if (entry.user?.id === userId) this.entries.delete(key);
  }

  /** Revocations are heard again: start from nothing, since some may have been missed. */
  trust() {
    this.entries.clear();
    this.trusted = true;
  }

  /** Revocations can no longer be heard: stop caching. */
  distrust() {
    this.trusted = false;
    this.entries.clear();
  }
}
