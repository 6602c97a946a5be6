import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type BasemapRow, type Database, findBasemap } from "@lianpian/db";
import type { Kysely } from "kysely";
import { MbtilesFile } from "./mbtiles-file.ts";
import { PmtilesFile } from "./pmtiles-file.ts";

export type BasemapFormat = BasemapRow["format"];

/** The file of base map `id` in the base-map directory (`<id>.mbtiles` or `<id>.pmtiles`). */
export const basemapPath = (dir: string, id: number, format: BasemapFormat = "mbtiles") =>
  join(dir, `${id}.${format}`);

/** An opened base-map file: its tiles by XYZ address. */
export interface TileFile {
  tile(z: number, x: number, y: number): Uint8Array | null | Promise<Uint8Array | null>;
  close(): void;
}

/** Base-map rows kept (an admin uploads a handful). */
const ROWS_KEPT = 1024;

/**
 * Opened base-map files by id, the few most recently used kept: an MBTiles
 * whole in memory (sql.js), a PMTiles as an open handle read by range. An
 * upload is never rewritten, so an open file stays valid for the life of the
 * process; nor is its row changed or deleted, so a row once found is kept
 * (a tile or a 304 costs no query).
 */
export class BasemapStore {
  private readonly open = new Map<number, Promise<TileFile>>();
  private readonly rows = new Map<number, BasemapRow>();

  constructor(
    private readonly dir: string,
    private readonly keep = 4,
  ) {}

  /** The base map's row (an id not found is asked again next time: its upload may be under way). */
  async row(db: Kysely<Database>, id: number): Promise<BasemapRow | undefined> {
    const kept = this.rows.get(id);
    if (kept) return kept;
    const found = await findBasemap(db, id);
    if (found && this.rows.size < ROWS_KEPT) this.rows.set(id, found);
    return found;
  }

  get(id: number, format: BasemapFormat = "mbtiles"): Promise<TileFile> {
    let file = this.open.get(id);
    if (file) {
      this.open.delete(id);
    } else {
      const path = basemapPath(this.dir, id, format);
      file =
        format === "pmtiles"
          ? PmtilesFile.open(path)
          : readFile(path).then((b) => MbtilesFile.open(new Uint8Array(b)));
      file.catch(() => this.open.delete(id));
    }
    this.open.set(id, file);
    while (this.open.size > this.keep) {
      const [oldest, evicted] = this.open.entries().next().value as [number, Promise<TileFile>];
      this.open.delete(oldest);
      evicted.then((f) => f.close()).catch(() => undefined);
    }
    return file;
  }

  closeAll(): void {
    for (const f of this.open.values()) f.then((x) => x.close()).catch(() => undefined);
    this.open.clear();
  }
}
