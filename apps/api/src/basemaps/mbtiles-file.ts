import initSqlJs, { type Database, type SqlJsStatic, type Statement } from "sql.js";
import { type RasterInfo, RasterRefusal, type TileType } from "./raster-basemap.ts";

let engine: Promise<SqlJsStatic> | null = null;
const sqlJs = () => {
  engine ??= initSqlJs();
  return engine;
};

const TYPES: Record<string, TileType> = { png: "png", jpg: "jpg", jpeg: "jpg", webp: "webp" };

/** The tile type its first bytes name (PNG, JPEG, WebP signatures), or null. */
function sniffTileType(bytes: Uint8Array): TileType | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return "jpg";
  if (bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "webp";
  return null;
}

/** An MBTiles file opened in memory (sql.js): its description and its tiles by XYZ address. */
export class MbtilesFile {
  /** The tile query, prepared once for the life of the file. */
  private readonly byAddress: Statement;

  private constructor(
    private readonly db: Database,
    readonly info: RasterInfo,
  ) {
    this.byAddress = db.prepare(
      "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
    );
  }

  /** Opens the bytes of an MBTiles file; refuses one that is not SQLite, has no tiles or holds vector tiles. */
  static async open(bytes: Uint8Array): Promise<MbtilesFile> {
    const SQL = await sqlJs();
    let db: Database;
    try {
      db = new SQL.Database(bytes);
      db.exec("SELECT 1 FROM tiles LIMIT 1");
    } catch {
      throw new RasterRefusal("not an SQLite file with an MBTiles tiles table");
    }
    try {
      return new MbtilesFile(db, describe(db));
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /** The tile at z/x/y in the XYZ scheme (MBTiles rows count from the south), or null. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    const row = 2 ** z - 1 - y;
    try {
      this.byAddress.bind([z, x, row]);
      return this.byAddress.step() ? (this.byAddress.get()[0] as Uint8Array) : null;
    } finally {
      this.byAddress.reset();
    }
  }

  close(): void {
    this.byAddress.free();
    this.db.close();
  }
}

/** Its metadata table, completed from its tiles. */
function describe(db: Database): RasterInfo {
  const meta = new Map<string, string>();
  try {
    for (const [k, v] of db.exec("SELECT name, value FROM metadata")[0]?.values ?? [])
      meta.set(String(k), String(v));
  } catch {
    // the metadata table is optional for us: the tiles themselves say the rest
  }
  const zooms = db.exec("SELECT min(zoom_level), max(zoom_level), count(*) FROM tiles")[0]?.values[0] ?? [];
  if (!zooms[2]) throw new RasterRefusal("the file holds no tiles");
  const first = db.exec("SELECT tile_data FROM tiles LIMIT 1")[0]?.values[0]?.[0] as Uint8Array;
  // a declared format rules (pbf is vector, refused); only a file without one is sniffed
  const declared = meta.get("format")?.toLowerCase();
  const tileType = declared ? TYPES[declared] : sniffTileType(first);
  if (!tileType)
    throw new RasterRefusal(`tiles are ${meta.get("format") ?? "not PNG, JPEG or WebP"}, not raster`);
  const bounds = meta.get("bounds")?.split(",").map(Number);
  return {
    name: meta.get("name") ?? "",
    tileType,
    minZoom: Number(zooms[0]),
    maxZoom: Number(zooms[1]),
    bounds: bounds?.length === 4 && bounds.every(Number.isFinite) ? (bounds as RasterInfo["bounds"]) : null,
    attribution: meta.get("attribution") ?? "",
  };
}
