import type { Geometry } from "geojson";
import wkx from "wkx";

// A GeoPackage geometry blob is a small header ("GP", version, flags, srs_id,
// optional envelope) in front of standard WKB, which wkx reads and writes.
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** The GeoJSON geometry of a GeoPackage blob, or null for an empty geometry. */
export function fromGpkgBlob(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error("not a GeoPackage geometry");
  const flags = blob[3] as number;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 7];
  if (envelope === undefined) throw new Error("bad GeoPackage envelope flag");
  if (flags & 0x10) return null;
  const wkb = Buffer.from(blob.buffer, blob.byteOffset + 8 + envelope, blob.length - 8 - envelope);
  return wkx.Geometry.parse(wkb).toGeoJSON() as Geometry;
}

/** A GeoPackage blob (little-endian, XY envelope) for a geometry in the given srs. */
export function toGpkgBlob(geometry: Geometry, srsId: number): Uint8Array {
  const wkb = wkx.Geometry.parseGeoJSON(geometry).toWkb();
  const [minX, minY, maxX, maxY] = bounds(geometry);
  const header = Buffer.alloc(8 + 32);
  header.write("GP", 0, "ascii");
  header.writeUInt8(0, 2);
  header.writeUInt8(0b0000_0011, 3);
  header.writeInt32LE(srsId, 4);
  header.writeDoubleLE(minX, 8);
  header.writeDoubleLE(maxX, 16);
  header.writeDoubleLE(minY, 24);
  header.writeDoubleLE(maxY, 32);
  return Buffer.concat([header, wkb]);
}

/** [minX, minY, maxX, maxY] of a geometry. */
export function bounds(geometry: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === "number") {
      b[0] = Math.min(b[0], value[0]);
      b[1] = Math.min(b[1], value[1] as number);
      b[2] = Math.max(b[2], value[0]);
      b[3] = Math.max(b[3], value[1] as number);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  visit(coordsOf(geometry));
  return b;
}

function coordsOf(g: Geometry): unknown {
  return g.type === "GeometryCollection" ? g.geometries.map(coordsOf) : g.coordinates;
}
