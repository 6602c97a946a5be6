import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MbtilesFile } from "./mbtiles-file.ts";
import { PmtilesFile } from "./pmtiles-file.ts";

export type BasemapFormat = "mbtiles" | "pmtiles";

/** The file of base map `id` in the base-map directory (`<id>.mbtiles` or `<id>.pmtiles`). */
export const basemapPath = (dir: string, id: number, format: BasemapFormat = "mbtiles") =>
  join(dir, `${id}.${format}`);

/** An opened base-map file: its tiles by XYZ address. */
export interface TileFile {
  tile(z: number, x: number, y: number): Uint8Array | null | Promise<Uint8Array | null>;
  close(): void;
}

/**
 * Opened base-map files by id, the few most recently used kept: an MBTiles
 * whole in memory (sql.js), a PMTiles as an open handle read by range. An
 * upload is never rewritten, so an open file stays valid for the life of the
 * process.
 */
export class BasemapStore {
  private readonly open = new Map<number, Promise<TileFile>>();

  constructor(
    private readonly dir: string,
    private readonly keep = 4,
  ) {}

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
