import { type FileHandle, open } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { Compression, type Header, PMTiles, type RangeResponse, type Source, TileType } from "pmtiles";
import { type RasterInfo, RasterRefusal, type TileType as RasterType } from "./raster-basemap.ts";

/** The largest single read the archive may ask for: a directory or one tile. */
const MAX_READ = 16 * 1024 * 1024;

const RASTER: Partial<Record<TileType, RasterType>> = {
  [TileType.Png]: "png",
  [TileType.Jpeg]: "jpg",
  [TileType.Webp]: "webp",
};

/** True when the bytes start with the PMTiles magic ("PMTiles" then the spec version). */
export const isPmtiles = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 7)).toString("latin1") === "PMTiles";

async function decompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return buf;
  if (compression === Compression.Gzip) {
    const out = gunzipSync(new Uint8Array(buf), { maxOutputLength: MAX_READ });
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  }
  throw new RasterRefusal(`compression ${Compression[compression]} is not supported`);
}

function bounded(offset: number, length: number, size: number): void {
  if (length > MAX_READ || offset < 0 || offset + length > size)
    throw new RasterRefusal(`a read of ${length} bytes at ${offset} is outside the archive`);
}

/** A PMTiles Source reading ranges of a file on disk (one open handle). */
class FileRangeSource implements Source {
  constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
    private readonly key: string,
  ) {}

  getKey = () => this.key;

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const len = Math.min(length, this.size - offset);
    bounded(offset, len, this.size);
    const buf = new Uint8Array(len);
    await this.handle.read(buf, 0, len, offset);
    return { data: buf.buffer };
  }
}

/** A PMTiles Source over bytes in memory (an upload being checked). */
class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}

  getKey = () => "upload";

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const end = Math.min(offset + length, this.bytes.byteLength);
    bounded(offset, end - offset, this.bytes.byteLength);
    return { data: this.bytes.slice(offset, end).buffer };
  }
}

/** Its header and JSON metadata. */
async function describe(archive: PMTiles): Promise<RasterInfo> {
  let header: Header;
  let metadata: Record<string, unknown> = {};
  try {
    header = await archive.getHeader();
    const json = await archive.getMetadata();
    if (json && typeof json === "object") metadata = json as Record<string, unknown>;
  } catch (e) {
    if (e instanceof RasterRefusal) throw e;
    throw new RasterRefusal(`not a PMTiles v3 archive (${(e as Error).message})`);
  }
  const tileType = RASTER[header.tileType];
  if (!tileType) throw new RasterRefusal(`tile type ${TileType[header.tileType]} is not a raster`);
  if (header.maxZoom > 24 || header.minZoom > header.maxZoom)
    throw new RasterRefusal(`zoom levels ${header.minZoom}–${header.maxZoom} are outside 0–24`);
  const b: [number, number, number, number] = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  const validBounds = b[0] < b[2] && b[1] < b[3] && b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90;
  const text = (k: string) => (typeof metadata[k] === "string" ? (metadata[k] as string) : "");
  return {
    name: text("name"),
    tileType,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: validBounds ? b : null,
    attribution: text("attribution"),
  };
}

/**
 * A PMTiles raster archive read through the `pmtiles` library: a file on
 * disk (range reads, one handle, directories cached by the library) or an
 * upload's bytes while they are checked.
 */
export class PmtilesFile {
  private constructor(
    private readonly archive: PMTiles,
    readonly info: RasterInfo,
    private readonly handle?: FileHandle,
  ) {}

  /** Checks an upload: a v3 archive of PNG, JPEG or WebP tiles. */
  static async fromBytes(bytes: Uint8Array): Promise<PmtilesFile> {
    const archive = new PMTiles(new BytesSource(bytes), undefined, decompress);
    return new PmtilesFile(archive, await describe(archive));
  }

  /** Opens a stored archive for serving its tiles. */
  static async open(path: string): Promise<PmtilesFile> {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      const archive = new PMTiles(new FileRangeSource(handle, size, path), undefined, decompress);
      return new PmtilesFile(archive, await describe(archive), handle);
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  /** The tile at z/x/y (XYZ), or null where the archive has none. */
  async tile(z: number, x: number, y: number): Promise<Uint8Array | null> {
    const found = await this.archive.getZxy(z, x, y);
    return found ? new Uint8Array(found.data) : null;
  }

  close(): void {
    this.handle?.close().catch(() => undefined);
  }
}
