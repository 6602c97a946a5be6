import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MbtilesFile } from "./mbtiles-file.ts";

/** The file of base map `id` in the base-map directory. */
export const basemapPath = (dir: string, id: number) => join(dir, `${id}.mbtiles`);

/**
 * Opened MBTiles files by base-map id, the few most recently used kept in
 * memory (sql.js holds a file whole). An upload is never rewritten, so an
 * open file stays valid for the life of the process.
 */
export class BasemapStore {
  private readonly open = new Map<number, Promise<MbtilesFile>>();

  constructor(
    private readonly dir: string,
    private readonly keep = 4,
  ) {}

  get(id: number): Promise<MbtilesFile> {
    let file = this.open.get(id);
    if (file) {
      this.open.delete(id);
    } else {
      file = readFile(basemapPath(this.dir, id)).then((b) => MbtilesFile.open(new Uint8Array(b)));
      file.catch(() => this.open.delete(id));
    }
    this.open.set(id, file);
    while (this.open.size > this.keep) {
      const [oldest, evicted] = this.open.entries().next().value as [number, Promise<MbtilesFile>];
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
