/**
 * Coordinate reference systems of OGC API – Features Part 2 (CRS by
 * reference) and of the exports: CRS84 (the default), EPSG:4326, CGCS2000
 * (EPSG:4490) and every CGCS2000 Gauss-Krüger zone (EPSG:4491–4554: 6° and
 * 3° zones, with and without the zone number in the easting). PostGIS's
 * spatial_ref_sys has all of them, embedded and on the server.
 */

export const CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/";

/** CGCS2000 Gauss-Krüger zones in the EPSG registry. */
export const GK_SRID_MIN = 4491;
export const GK_SRID_MAX = 4554;

/** The EPSG codes a feature or file may be written in, CGCS2000 geographic first. */
export const OUTPUT_SRIDS: readonly number[] = [
  4490,
  4326,
  ...Array.from({ length: GK_SRID_MAX - GK_SRID_MIN + 1 }, (_, i) => GK_SRID_MIN + i),
];

/** True for 4326, 4490 and 4491–4554. */
export function isOutputSrid(srid: number): boolean {
  return (
    Number.isInteger(srid) && (srid === 4326 || srid === 4490 || (srid >= GK_SRID_MIN && srid <= GK_SRID_MAX))
  );
}

/** The URI of an EPSG CRS as OGC writes it, e.g. http://www.opengis.net/def/crs/EPSG/0/4547. */
export function epsgUri(srid: number): string {
  return `${EPSG_URI}${srid}`;
}

/** Every CRS the API serves, CRS84 first (Part 2 /req/crs/crs-uri). */
export const CRS_URIS: readonly string[] = [CRS84_URI, ...OUTPUT_SRIDS.map(epsgUri)];

/**
 * A CRS of a request: the EPSG code to transform to, and whether its axes
 * come northing first. EPSG:4326, 4490 and the GK zones all list latitude or
 * northing first, so a response in them swaps x and y; CRS84 is lon/lat.
 */
export interface RequestCrs {
  uri: string;
  srid: number;
  northingFirst: boolean;
}

const EPSG_FORMS = [
  /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/(\d{4,5})$/,
  /^\[?EPSG:(\d{4,5})\]?$/i,
  /^urn:ogc:def:crs:EPSG::(\d{4,5})$/i,
];
const CRS84_FORMS = [/^https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/1\.3\/CRS84$/, /^\[?OGC:CRS84\]?$/i];

/**
 * Reads a `crs` / `bbox-crs` value (the URI, `EPSG:4547`, `[EPSG:4547]` safe
 * CURIE or the URN); undefined when it is none of the served CRSs.
 * @example parseCrs("http://www.opengis.net/def/crs/EPSG/0/4547") // { srid: 4547, northingFirst: true, … }
 */
export function parseCrs(text: string): RequestCrs | undefined {
  const value = text.trim();
  if (CRS84_FORMS.some((f) => f.test(value))) return { uri: CRS84_URI, srid: 4326, northingFirst: false };
  for (const form of EPSG_FORMS) {
    const m = form.exec(value);
    if (!m) continue;
    const srid = Number(m[1]);
    return isOutputSrid(srid) ? { uri: epsgUri(srid), srid, northingFirst: true } : undefined;
  }
  return undefined;
}

/** The default CRS of every request and response. */
export const CRS84: RequestCrs = { uri: CRS84_URI, srid: 4326, northingFirst: false };
