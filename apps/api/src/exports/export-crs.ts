import { isOutputSrid } from "@lianpian/db";
import { gkSridFor } from "@lianpian/geo";
import { apiError } from "../errors.ts";

/** What `crs=` asked for: a fixed EPSG code, or the 3° GK zone of the data's central meridian. */
export type ExportCrsChoice = { kind: "srid"; srid: number } | { kind: "auto-gk"; prefix: boolean };

const EPSG = /^EPSG:(\d{4,5})$/i;

/**
 * Reads `crs` (EPSG:4490, EPSG:4326, EPSG:4491–4554 or auto-gk) and
 * `prefix`; anything else is 400 unsupported_crs.
 * @example parseExportCrs("auto-gk", true) // { kind: "auto-gk", prefix: true }
 */
export function parseExportCrs(crs: string, prefix: boolean): ExportCrsChoice {
  if (crs.toLowerCase() === "auto-gk") return { kind: "auto-gk", prefix };
  const m = EPSG.exec(crs.trim());
  const srid = m ? Number(m[1]) : Number.NaN;
  if (!isOutputSrid(srid)) {
    throw apiError("unsupported_crs", {
      parameter: "crs",
      value: crs,
      supported: "EPSG:4490, EPSG:4326, EPSG:4491–4554, auto-gk",
    });
  }
  return { kind: "srid", srid };
}

/**
 * The SRID to write in: the one chosen, or for auto-gk the CGCS2000 3° zone
 * whose central meridian is nearest the middle of the data (EPSG:4513–4533
 * with the zone number in the easting, 4534–4554 without). An empty
 * selection has no meridian and is written in CGCS2000 geographic.
 */
export function resolveExportSrid(choice: ExportCrsChoice, centreLng: number | null): number {
  if (choice.kind === "srid") return choice.srid;
  if (centreLng === null) return 4490;
  return gkSridFor(centreLng, { width: 3, prefix: choice.prefix });
}

/** Whether a file of that format may be in that SRID: KML is longitude/latitude by definition. */
export function formatTakesSrid(format: string, srid: number): boolean {
  return format !== "kml" || srid === 4326 || srid === 4490;
}

/**
 * The SRID a file is declared in. KML is WGS 84 by its standard; CGCS2000
 * asked for KML is written as such (the two agree to centimetres, and
 * PostGIS transforms between them without a shift).
 */
export function declaredSrid(format: string, srid: number): number {
  return format === "kml" ? 4326 : srid;
}
