/** What the map is doing, for the status line. */
export type MapStatus =
  | { phase: "style" }
  | { phase: "tiles"; pending: number; loaded: number }
  | { phase: "ready"; loaded: number }
  | { phase: "error"; message: string };

/**
 * Counts tiles in flight. MapLibre follows each `sourcedataloading` of a tile
 * with `sourcedata`, `sourcedataabort` or `error`; the tile key pairs them.
 */
export class TileProgress {
  private readonly pending = new Set<string>();
  private loadedCount = 0;

  started(key: string): void {
    this.pending.add(key);
  }

  settled(key: string, ok: boolean): void {
    if (this.pending.delete(key) && ok) this.loadedCount++;
  }

  /** The map went idle: nothing is in flight any more, whatever events were missed. */
  idle(): void {
    this.pending.clear();
  }

  get inFlight(): number {
    return this.pending.size;
  }

  get loaded(): number {
    return this.loadedCount;
  }
}
