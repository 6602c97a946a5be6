/** How a CSV/XLSX table's columns become geometry (exposed for previews). */
export { detectColumns } from "./columns-to-geometry.ts";
/** The fields of a 国土 TXT block header. */
export { GUOTU_BLOCK_FIELDS } from "./read-guotu-txt.ts";
/** Reads a file's layers by its extension (zipped shapefile, GeoPackage, GeoJSON, KML/KMZ, CSV, XLSX, 国土 TXT). */
export { listLayers, readSourceFile, sourceFormatOf } from "./read-source-file.ts";
/** Text encodings: .cpg/user names to WHATWG labels, and detection (UTF-8, else GB18030). */
export { detectEncoding, normalizeEncoding } from "./text-encoding.ts";
export * from "./types.ts";
/** A GeoPackage of several layers (e.g. a zone with its corner points). */
export { writeGeoPackageLayers } from "./write-geopackage.ts";
/** Writes features already in the target CRS as GeoJSON, zipped shapefile, GeoPackage, KML, CSV, XLSX or 国土 TXT. */
export { writeTargetFile } from "./write-target-file.ts";
