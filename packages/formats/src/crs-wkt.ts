import { isSupportedSrid, prjWkt } from "@lianpian/geo";
import type { WriteInput } from "./types.ts";

/**
 * The WKT a writer puts in the file: the registry's text for a supported SRID
 * (ESRI flavour for a .prj, as ArcGIS writes it; OGC for a GeoPackage), else
 * the WKT the caller gave.
 */
export function wktFor(crs: WriteInput["crs"], flavour: "esri" | "ogc"): string {
  return isSupportedSrid(crs.epsg) ? prjWkt(crs.epsg, flavour) : crs.wkt;
}
