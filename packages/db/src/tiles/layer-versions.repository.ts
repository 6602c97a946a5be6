import { type Kysely, sql } from "kysely";
import { isDatabaseOutage } from "../connection/database-errors.ts";
import type { Database } from "../schema.ts";

/** Data version of every layer (table layer_versions, bumped by triggers on each write). */
export async function readLayerVersions(db: Kysely<Database>): Promise<Map<string, number>> {
  const { rows } = await sql<{
    layer: string;
    version: number;
  }>`SELECT layer, version FROM layer_versions`.execute(db);
  return new Map(rows.map((r) => [r.layer, Number(r.version)]));
}

/**
 * Layer versions kept in memory and re-read at most once per `maxAgeMs`, so
 * a tile request costs no extra round trip to learn its layer's version.
 * Staleness bound: a write is seen by requests that start more than
 * `maxAgeMs` plus one refresh query after it commits (about 1 s); until then
 * a cached tile from before the write may be served.
 *
 * Stale if error: while the database cannot be reached, the last versions
 * read stay in use for up to `staleIfErrorMs`, so the cache keeps serving the
 * map through a restart; a failed read is retried at most once per `maxAgeMs`.
 */
export class LayerVersions {
  private versions = new Map<string, number>();
  private readAt = -Infinity;
  private failedAt = -Infinity;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxAgeMs = 1000,
    private readonly staleIfErrorMs = 5 * 60_000,
  ) {}

  /** The layer's version (0 if it was never written). */
  async get(layer: string): Promise<number> {
    if (performance.now() - this.readAt > this.maxAgeMs) await this.freshen();
    return this.versions.get(layer) ?? 0;
  }

  /** The versions of several layers, read together (one refresh at most). */
  async getMany(layers: readonly string[]): Promise<number[]> {
    if (performance.now() - this.readAt > this.maxAgeMs) await this.freshen();
    return layers.map((layer) => this.versions.get(layer) ?? 0);
  }

  /**
   * The layer's version when the last reading is fresh, else undefined (then
   * call `get`): the cached tile path reads it without awaiting anything.
   * A reading older than half of `maxAgeMs` is renewed in the background.
   */
  peek(layer: string): number | undefined {
    const age = performance.now() - this.readAt;
    if (age > this.maxAgeMs) return undefined;
    // Past half its age the reading is renewed in the background, so a busy map never waits for it.
    if (age > this.maxAgeMs / 2 && !this.refreshing) void this.freshen().catch(() => {});
    return this.versions.get(layer) ?? 0;
  }

  private async freshen(): Promise<void> {
    const now = performance.now();
    const withinStaleBound = now - this.readAt <= this.staleIfErrorMs;
    if (withinStaleBound && now - this.failedAt <= this.maxAgeMs) return;
    try {
      await this.refresh();
    } catch (error) {
      if (!withinStaleBound || !isDatabaseOutage(error)) throw error;
      this.failedAt = performance.now();
    }
  }

  /** Re-reads now; concurrent callers share one query. */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const started = performance.now();
      try {
        this.versions = await readLayerVersions(this.db);
        this.readAt = started;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
