import { ReadBudget, resolveLimits } from "./limits.ts";
import { listSheets, readColumnsFile } from "./read-columns-file.ts";
import { readGeoJson } from "./read-geojson.ts";
import { listGeoPackageLayers, openGeoPackage, readGeoPackage } from "./read-geopackage.ts";
import { readGuotuFile } from "./read-guotu-txt.ts";
import { readKml, readKmz } from "./read-kml.ts";
import {
  groupShapefiles,
  readShapefile,
  type ShapefileParts,
  summarizeShapefiles,
} from "./read-shapefile.ts";
import {
  FormatError,
  type LayerSummary,
  type ReadLimits,
  type ReadOptions,
  type SourceFile,
  type SourceFormat,
  type SourceLayer,
} from "./types.ts";
import { unzipEntries, type ZipEntry } from "./zip-entries.ts";

const EXTENSIONS: Record<string, SourceFormat> = {
  zip: "shp",
  gpkg: "gpkg",
  geojson: "geojson",
  json: "geojson",
  kml: "kml",
  kmz: "kmz",
  csv: "csv",
  xlsx: "xlsx",
  txt: "txt",
};

/** The source format a file name's extension stands for, or a FormatError. */
export function sourceFormatOf(fileName: string): SourceFormat {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const format = EXTENSIONS[ext];
  if (!format) {
    const hint = ext === "shp" ? " Upload the shapefile's .shp, .dbf, .shx and .prj together in a .zip." : "";
    throw new FormatError("unsupported_format", `Files ending in ".${ext}" cannot be imported.${hint}`, {
      ext,
    });
  }
  return format;
}

/** The base name of a file without folder and extension (a layer's name). */
function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
}

/** Reads a file's layers (one, or all) by its extension, enforcing the read limits; a .zip holds shapefiles or one other file. */
export async function readSourceFile(bytes: Uint8Array, options: ReadOptions): Promise<SourceFile> {
  const format = sourceFormatOf(options.fileName);
  const limits = resolveLimits(options.limits);
  const budget = new ReadBudget(limits);
  const name = baseName(options.fileName);
  const fixed = { used: "utf-8", detected: null, source: "format" } as const;
  switch (format) {
    case "shp":
      return readZip(bytes, options, limits, budget);
    case "gpkg": {
      const db = await openGeoPackage(bytes);
      try {
        return { format, layers: readGeoPackage(db, budget, options.layer), encoding: fixed };
      } finally {
        db.close();
      }
    }
    case "geojson":
      return { format, layers: [readGeoJson(bytes, name, budget)], encoding: fixed };
    case "kml":
      return { format, layers: [readKml(bytes, name, budget)], encoding: fixed };
    case "kmz":
      return { format, layers: [readKmz(bytes, name, budget, limits)], encoding: fixed };
    case "csv":
    case "xlsx": {
      const { layer, encoding } = await readColumnsFile(format, bytes, name, budget, options);
      return { format, layers: [layer], encoding };
    }
    case "txt": {
      const { layer, encoding } = readGuotuFile(bytes, name, budget, options.encoding);
      return { format, layers: [layer], encoding };
    }
  }
}

/** The layers a file offers (GeoPackage tables, the shapefiles of a zip; one layer for the other formats). */
export async function listLayers(bytes: Uint8Array, options: ReadOptions): Promise<LayerSummary[]> {
  const format = sourceFormatOf(options.fileName);
  const limits = resolveLimits(options.limits);
  if (format === "shp") {
    const contents = zipContents(bytes, limits);
    if (!Array.isArray(contents)) return listLayers(contents.bytes, { ...options, fileName: contents.path });
    return summarizeShapefiles(contents);
  }
  if (format === "gpkg") {
    const db = await openGeoPackage(bytes);
    try {
      return listGeoPackageLayers(db);
    } finally {
      db.close();
    }
  }
  if (format === "xlsx") return listSheets(bytes, limits);
  const file = await readSourceFile(bytes, { ...options, layer: undefined });
  return file.layers.map((l) => ({
    name: l.name,
    featureCount: l.features.length,
    geometryType: l.features.find((f) => f.geometry)?.geometry?.type ?? null,
  }));
}

/**
 * A zip's shapefiles, or else the one other readable file it holds (a
 * GeoPackage, KML, GeoJSON, CSV, XLSX or TXT zipped for upload).
 */
function zipContents(bytes: Uint8Array, limits: ReadLimits): ShapefileParts[] | ZipEntry {
  const entries = unzipEntries(bytes, limits);
  const groups = groupShapefiles(entries);
  if (groups.length > 0) return groups;
  const inner = entries.filter((e) => !e.path.startsWith("__MACOSX/") && innerFormat(e.path));
  if (inner.length === 1) return inner[0] as ZipEntry;
  throw new FormatError(
    "no_layers",
    "The zip holds no shapefile (.shp with .dbf) and no single other readable file.",
  );
}

function innerFormat(path: string): boolean {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  return ext !== "zip" && EXTENSIONS[ext] !== undefined;
}

async function readZip(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: ReadLimits,
  budget: ReadBudget,
): Promise<SourceFile> {
  const contents = zipContents(bytes, limits);
  if (!Array.isArray(contents))
    return readSourceFile(contents.bytes, { ...options, fileName: contents.path });
  const groups = contents;
  const chosen = options.layer === undefined ? groups : groups.filter((g) => g.name === options.layer);
  if (chosen.length === 0) {
    throw new FormatError("unknown_layer", `The zip has no shapefile "${options.layer}".`, {
      layers: groups.map((g) => g.name),
    });
  }
  const layers: SourceLayer[] = [];
  let encoding: SourceFile["encoding"] | null = null;
  for (const parts of chosen) {
    const read = await readShapefile(parts, budget, options.encoding);
    layers.push(read.layer);
    encoding ??= read.encoding;
  }
  return { format: "shp", layers, encoding: encoding as SourceFile["encoding"] };
}
