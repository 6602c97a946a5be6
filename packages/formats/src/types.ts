import type { Geometry } from "geojson";

/**
 * The contract between the file formats (this package) and the import/export
 * pipeline (packages/db, apps/api). Readers turn a file's bytes into source
 * tables with raw coordinates in the file's own CRS; writers turn features
 * already in the target CRS into a file's bytes. Neither touches the database.
 */

/** The formats a file can be read from. */
export type SourceFormat = "shp" | "gpkg" | "geojson" | "kml" | "kmz" | "csv" | "xlsx" | "txt";

/** The formats a layer or zone can be written to. */
export type TargetFormat = "geojson" | "shp" | "gpkg" | "kml" | "csv" | "xlsx" | "txt";

/** What a file says about its coordinate reference system, before anyone interprets it. */
export interface DeclaredCrs {
  /** An EPSG code the file names outright (GeoPackage srs, GeoJSON crs member, 国土 TXT header resolved). */
  epsg?: number;
  /** A WKT text (.prj, GeoPackage definition). */
  wkt?: string;
  /** Free text of the header (国土 TXT 坐标系 / 几度分带 / 投影类型 / 带号), kept for messages. */
  description?: string;
}

/** One feature as found in the file: its row number (1-based, as a user counts), attributes and geometry. */
export interface SourceFeature {
  row: number;
  properties: Record<string, string | number | boolean | null>;
  /** Raw coordinates in the file's CRS (x = easting/lon, y = northing/lat); null when the row has none. */
  geometry: Geometry | null;
  /** Why this row's geometry (or a value) could not be read; the row is kept. */
  problems?: FeatureProblem[];
}

/** A reason a row could not be fully read (e.g. an unreadable coordinate cell). */
export interface FeatureProblem {
  field: string;
  code: string;
  message: string;
}

/** One layer (table) of a source file. */
export interface SourceLayer {
  name: string;
  /** Column names in file order. */
  fields: string[];
  crs: DeclaredCrs | null;
  features: SourceFeature[];
  /** Header key/values a format carries beside the table (国土 TXT [属性描述]). */
  metadata?: Record<string, string>;
}

/** How the attribute text was decoded. */
export interface TextEncodingInfo {
  /** "utf-8", "gb18030", … as used for decoding. */
  used: string;
  /** What the file declared (.cpg) or detection found; null for formats that fix it (GeoJSON, GPKG, XLSX). */
  detected: string | null;
  /** Where it came from: the user's override, the .cpg file, detection, or the format itself. */
  source: "override" | "cpg" | "detected" | "format";
}

/** A file read: its layers and how its text was decoded. */
export interface SourceFile {
  format: SourceFormat;
  layers: SourceLayer[];
  encoding: TextEncodingInfo;
}

/** Bounds every reader enforces; a file past one is refused with a FormatError. */
export interface ReadLimits {
  maxZipEntries: number;
  maxUncompressedBytes: number;
  maxFeatures: number;
  maxVertices: number;
}

/** Defaults for ReadLimits. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxZipEntries: 2_000,
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxFeatures: 200_000,
  maxVertices: 5_000_000,
};

/** A layer of a file as listed before reading it whole. */
export interface LayerSummary {
  name: string;
  featureCount: number;
  geometryType: string | null;
}

export interface ReadOptions {
  /** The file's name as uploaded: its extension picks the reader. */
  fileName: string;
  /** Text encoding chosen by the user; overrides .cpg and detection. */
  encoding?: string;
  /** For a GeoPackage (or a zip holding several shapefiles): which layer; all when absent. */
  layer?: string;
  limits?: Partial<ReadLimits>;
  /** CSV/XLSX longitude/latitude cells that are bare numbers: decimal degrees ("auto", the default) or packed ddd.mmss. */
  angleMode?: "auto" | "decimal" | "ddmmss";
}

/** A field of a written table. */
export interface TargetField {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
}

/** What a writer needs: features already in the target CRS, and that CRS described. */
export interface WriteInput {
  /** Layer / file base name. */
  name: string;
  fields: TargetField[];
  features: { id?: string | number; properties: Record<string, unknown>; geometry: Geometry | null }[];
  crs: { epsg: number; wkt: string };
  /** Attribute text encoding where the format allows a choice (shapefile .dbf, CSV). */
  encoding?: "utf-8" | "gbk";
}

/** A written file. */
export interface WrittenFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/** Codes a reader refuses a file with; the API maps each to a 4xx with zh/en text. */
export type FormatErrorCode =
  | "unsupported_format"
  | "corrupt_file"
  | "zip_too_many_entries"
  | "zip_too_large"
  | "missing_part"
  | "too_many_features"
  | "too_many_vertices"
  | "no_layers"
  | "unknown_layer"
  | "unknown_encoding";

/** A file that cannot be read, with the reason; never a 500. */
export class FormatError extends Error {
  constructor(
    readonly code: FormatErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "FormatError";
  }
}
