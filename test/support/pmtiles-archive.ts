import { Compression, type Entry, type Header, TileType, zxyToTileId } from "pmtiles";

/** One tile to put in an archive, by XYZ address. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

function varint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A PMTiles v3 directory (spec §4): ids as deltas, then run lengths, lengths, offsets (+1, 0 when contiguous). */
function directory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** The 127-byte header (spec §3) for the fields of the `pmtiles` library's Header. */
function headerBytes(h: Header): Uint8Array {
  const buf = new Uint8Array(127);
  const view = new DataView(buf.buffer);
  buf.set(new TextEncoder().encode("PMTiles"), 0);
  view.setUint8(7, 3);
  const u64 = [
    h.rootDirectoryOffset,
    h.rootDirectoryLength,
    h.jsonMetadataOffset,
    h.jsonMetadataLength,
    h.leafDirectoryOffset,
    h.leafDirectoryLength ?? 0,
    h.tileDataOffset,
    h.tileDataLength ?? 0,
    h.numAddressedTiles,
    h.numTileEntries,
    h.numTileContents,
  ];
  for (const [i, v] of u64.entries()) view.setBigUint64(8 + i * 8, BigInt(v), true);
  view.setUint8(96, h.clustered ? 1 : 0);
  view.setUint8(97, h.internalCompression);
  view.setUint8(98, h.tileCompression);
  view.setUint8(99, h.tileType);
  view.setUint8(100, h.minZoom);
  view.setUint8(101, h.maxZoom);
  const e7 = [h.minLon, h.minLat, h.maxLon, h.maxLat];
  for (const [i, v] of e7.entries()) view.setInt32(102 + i * 4, Math.round(v * 1e7), true);
  view.setUint8(118, h.centerZoom);
  view.setInt32(119, Math.round(h.centerLon * 1e7), true);
  view.setInt32(123, Math.round(h.centerLat * 1e7), true);
  return buf;
}

/**
 * A small uncompressed PMTiles v3 raster archive written from the spec with
 * the `pmtiles` package's types and tile ids: header, root directory, JSON
 * metadata, tile data (clustered, one entry per tile).
 */
export function pmtilesArchive(
  tiles: ArchiveTile[],
  opts: { tileType?: TileType; bounds: [number, number, number, number]; metadata?: Record<string, string> },
): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries: Entry[] = sorted.map((t) => {
    const e = { tileId: t.id, offset, length: t.data.byteLength, runLength: 1 };
    offset += t.data.byteLength;
    return e;
  });
  const root = directory(entries);
  const json = new TextEncoder().encode(JSON.stringify(opts.metadata ?? {}));
  const zooms = sorted.map((t) => t.z);
  const [minLon, minLat, maxLon, maxLat] = opts.bounds;
  const header: Header = {
    specVersion: 3,
    rootDirectoryOffset: 127,
    rootDirectoryLength: root.byteLength,
    jsonMetadataOffset: 127 + root.byteLength,
    jsonMetadataLength: json.byteLength,
    leafDirectoryOffset: 127 + root.byteLength + json.byteLength,
    leafDirectoryLength: 0,
    tileDataOffset: 127 + root.byteLength + json.byteLength,
    tileDataLength: offset,
    numAddressedTiles: entries.length,
    numTileEntries: entries.length,
    numTileContents: entries.length,
    clustered: true,
    internalCompression: Compression.None,
    tileCompression: Compression.None,
    tileType: opts.tileType ?? TileType.Png,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
    minLon,
    minLat,
    maxLon,
    maxLat,
    centerZoom: Math.min(...zooms),
    centerLon: (minLon + maxLon) / 2,
    centerLat: (minLat + maxLat) / 2,
  };
  return Buffer.concat([headerBytes(header), root, json, ...sorted.map((t) => t.data)]);
}
