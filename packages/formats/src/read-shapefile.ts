import type { Geometry } from "geojson";
import * as shapefile from "shapefile";
import type { ReadBudget } from "./limits.ts";
import { chooseEncoding, decodeText } from "./text-encoding.ts";
import {
  FormatError,
  type LayerSummary,
  type SourceFeature,
  type SourceLayer,
  type TextEncodingInfo,
} from "./types.ts";
import type { ZipEntry } from "./zip-entries.ts";

/** The parts of one shapefile found in a zip. */
export interface ShapefileParts {
  name: string;
  shp?: Uint8Array;
  shx?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

const PART = /\.(shp|shx|dbf|prj|cpg)$/i;

/** Groups a zip's entries into shapefiles by path without extension (any folder, any case); macOS resource forks skipped. */
export function groupShapefiles(entries: ZipEntry[]): ShapefileParts[] {
  const groups = new Map<string, ShapefileParts>();
  for (const entry of entries) {
    if (entry.path.startsWith("__MACOSX/") || /(^|\/)\._/.test(entry.path)) continue;
    const match = PART.exec(entry.path);
    if (!match) continue;
    const stem = entry.path.slice(0, -match[0].length);
    const key = stem.toLowerCase();
    const name = stem.slice(stem.lastIndexOf("/") + 1);
    const group = groups.get(key) ?? { name };
    group[(match[1] as string).toLowerCase() as "shp"] = entry.bytes;
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.shp || g.dbf);
}

/** The layers of a zipped shapefile set, with feature counts from the .dbf header. */
export function summarizeShapefiles(groups: ShapefileParts[]): LayerSummary[] {
  return groups.map((g) => ({
    name: g.name,
    featureCount:
      g.dbf && g.dbf.length >= 8 ? new DataView(g.dbf.buffer, g.dbf.byteOffset).getUint32(4, true) : 0,
    geometryType:
      g.shp && g.shp.length >= 36
        ? (SHAPE_TYPES[new DataView(g.shp.buffer, g.shp.byteOffset).getInt32(32, true)] ?? null)
        : null,
  }));
}

const SHAPE_TYPES: Record<number, string> = {
  0: "None",
  1: "Point",
  3: "LineString",
  5: "Polygon",
  8: "MultiPoint",
  11: "Point",
  13: "LineString",
  15: "Polygon",
  18: "MultiPoint",
  21: "Point",
  23: "LineString",
  25: "Polygon",
};

/** Reads one shapefile: geometry from .shp, attributes from .dbf in the chosen encoding, CRS from .prj. */
export async function readShapefile(
  parts: ShapefileParts,
  budget: ReadBudget,
  override?: string,
): Promise<{ layer: SourceLayer; encoding: TextEncodingInfo }> {
  if (!parts.shp)
    throw new FormatError("missing_part", `The shapefile ${parts.name} has no .shp file.`, { part: "shp" });
  if (!parts.dbf)
    throw new FormatError("missing_part", `The shapefile ${parts.name} has no .dbf file.`, { part: "dbf" });
  checkShpLength(parts.name, parts.shp);
  const declared = parts.cpg ? decodeText(parts.cpg, "utf-8").trim() : null;
  const encoding = chooseEncoding(dbfRecords(parts.dbf), override, declared);
  const features: SourceFeature[] = [];
  let fields: string[] = [];
  try {
    const source = await shapefile.open(parts.shp, parts.dbf, { encoding: encoding.used });
    fields = dbfFieldNames(source);
    for (let result = await source.read(); !result.done; result = await source.read()) {
      const geometry = (result.value.geometry as Geometry | null) ?? null;
      budget.count(geometry);
      features.push({ row: features.length + 1, properties: plain(result.value.properties ?? {}), geometry });
    }
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(
      "corrupt_file",
      `The shapefile ${parts.name} is damaged: ${(error as Error).message}`,
    );
  }
  const records = new DataView(parts.dbf.buffer, parts.dbf.byteOffset).getUint32(4, true);
  if (records !== features.length) {
    throw new FormatError(
      "corrupt_file",
      `The shapefile ${parts.name} has ${records} attribute rows but ${features.length} shapes.`,
    );
  }
  const wkt = parts.prj ? decodeText(parts.prj, "utf-8").trim() : "";
  return { layer: { name: parts.name, fields, crs: wkt ? { wkt } : null, features }, encoding };
}

// The file length in the .shp header (16-bit words) must match the bytes: a
// truncated upload is refused rather than read short.
function checkShpLength(name: string, shp: Uint8Array): void {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.length < 100 || view.getInt32(0) !== 9994 || view.getInt32(24) * 2 !== shp.length) {
    throw new FormatError("corrupt_file", `The shapefile ${name} is truncated or not a .shp file.`);
  }
}

// Detection looks at the records only: the header's binary counts and sizes
// are often bytes ≥ 0x80 that are not UTF-8 whatever the text is.
function dbfRecords(dbf: Uint8Array): Uint8Array {
  const headerLength = dbf.length >= 10 ? new DataView(dbf.buffer, dbf.byteOffset).getUint16(8, true) : 0;
  return dbf.subarray(Math.min(headerLength, dbf.length));
}

function dbfFieldNames(source: unknown): string[] {
  const dbf = (source as { _dbf?: { _fields?: { name: string }[] } })._dbf;
  return (dbf?._fields ?? []).map((f) => f.name);
}

function plain(properties: Record<string, unknown>): SourceFeature["properties"] {
  const out: SourceFeature["properties"] = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value instanceof Date)
      out[key] = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
    else if (typeof value === "string") out[key] = value.trim();
    else if (typeof value === "number" || typeof value === "boolean") out[key] = value;
    else out[key] = null;
  }
  return out;
}
