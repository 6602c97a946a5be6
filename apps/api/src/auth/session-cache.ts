import type { UserRow } from "@lianpian/db";

/**
 * Recently resolved sessions, so a logged-in map view does not cost one
 * database round trip per tile. Entries live `ttlMs`; logout forgets at once.
 * A disabled account or deleted session is noticed within `ttlMs`.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: UserRow | null; until: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 5_000,
  ) {}

  get(tokenSha256: string): UserRow | null | undefined {
    const entry = this.entries.get(tokenSha256);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.entries.delete(tokenSha256);
      return undefined;
    }
    return entry.user;
  }

  set(tokenSha256: string, user: UserRow | null) {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenSha256, { user, until: Date.now() + this.ttlMs });
  }

  forget(tokenSha256: string) {
    this.entries.delete(tokenSha256);
  }
}
