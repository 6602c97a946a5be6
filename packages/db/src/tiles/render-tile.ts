import type { Kysely } from "kysely";
import type { DatabaseMode } from "../connection/open-database.ts";
import type { Database } from "../schema.ts";
import { findTileLayer, type TileLayer, type TileLayerName } from "./layers.ts";
import { encodePortableTile } from "./tile-encode.ts";
import { type TileEncoder, tileQuery } from "./tile-query.ts";

export interface RenderOptions {
  /** Encoder; by default native on a server PostGIS, portable on the embedded one (no protobuf there). */
  path?: TileEncoder | undefined;
  /** Whether the client has gone: then the query is skipped if it has not started yet. */
  abandoned?: (() => boolean) | undefined;
}

/** A tile not rendered because its client had gone. */
export class TileAbandonedError extends Error {
  constructor() {
    super("the client has gone: tile not rendered");
    this.name = "TileAbandonedError";
  }
}

/** The encoder a database mode uses unless told otherwise. */
export function defaultEncoder(mode: DatabaseMode): TileEncoder {
  return mode === "server" ? "native" : "portable";
}

/**
 * Renders one MVT tile of a layer with one query; an empty buffer means no
 * feature. Throws TileAbandonedError when the client has gone before the query
 * starts (e.g. while waiting for a pooled connection or PGlite's single session).
 *
 * @example const pbf = await renderTile(db.kysely, db.mode, "mines", 12, 3364, 1623);
 */
export async function renderTile(
  kysely: Kysely<Database>,
  mode: DatabaseMode,
  layer: TileLayer | TileLayerName,
  z: number,
  x: number,
  y: number,
  options: RenderOptions = {},
): Promise<Buffer> {
  const def = typeof layer === "string" ? findTileLayer(layer) : layer;
  if (!def) throw new Error(`unknown tile layer ${String(layer)}`);
  const path = options.path ?? defaultEncoder(mode);
  const check = () => {
    if (options.abandoned?.()) throw new TileAbandonedError();
  };
  check();
  return kysely.connection().execute(async (conn) => {
    check();
    if (path === "native") {
      const { rows } = await conn.executeQuery(tileQuery(def, z, x, y, "native"));
      const tile = rows[0]?.tile;
      return tile ? Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength) : Buffer.alloc(0);
    }
    const { rows } = await conn.executeQuery(tileQuery(def, z, x, y, "portable"));
    return encodePortableTile(def, rows);
  });
}
