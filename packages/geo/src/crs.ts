import proj4, { type Converter } from "proj4";
import {
  CGCS2000_ESRI_WKT,
  CGCS2000_OGC_WKT,
  gkEpsgName,
  gkEsriWkt,
  gkOgcWkt,
  WGS84_ESRI_WKT,
  WGS84_OGC_WKT,
} from "./crs-wkt.ts";
import { GK_ZONES, type GkZone, type ZoneWidth } from "./gk-zones.ts";

/** A position as [x, y]: [lng, lat] in degrees, or [easting, northing] in metres. */
export type XY = readonly [number, number];

/** An EPSG code; the ones Lianpian reads and writes are the keys of CRS_REGISTRY. */
export type Srid = number;
/** An EPSG code of a CGCS2000 Gauss-Krüger zone (3° or 6°, with or without the zone number in the easting). */
export type ProjectedSrid = number;

export interface CrsInfo {
  srid: Srid;
  /** The EPSG name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 114E". */
  name: string;
  kind: "geographic" | "projected";
  /** The proj4 definition, identical to PostGIS's spatial_ref_sys.proj4text (trimmed). */
  proj4: string;
  /** OGC WKT, identical to PostGIS's spatial_ref_sys.srtext. */
  wkt: string;
  /** ESRI WKT as ArcGIS writes it into a .prj. */
  esriWkt: string;
  /** Central meridian of a GK zone, degrees east. */
  centralMeridian?: number;
  /** Zone width of a GK zone. */
  zoneWidth?: ZoneWidth;
  /** Zone number of a GK zone. */
  zone?: number;
  /** Zone number carried in the easting's leading digits (only for the zones with prefix). */
  zonePrefix?: number;
  /** False easting of a GK zone in metres. */
  falseEasting?: number;
}

const CGCS2000_PROJ4 = "+proj=longlat +ellps=GRS80 +no_defs";

const gk = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

function gkEntry(z: GkZone): CrsInfo {
  return {
    srid: z.srid,
    name: gkEpsgName(z),
    kind: "projected",
    proj4: gk(z.centralMeridian, z.falseEasting),
    wkt: gkOgcWkt(z),
    esriWkt: gkEsriWkt(z),
    centralMeridian: z.centralMeridian,
    zoneWidth: z.width,
    zone: z.zone,
    ...(z.prefix ? { zonePrefix: z.zone } : {}),
    falseEasting: z.falseEasting,
  };
}

/** The registry: EPSG:4326, 4490 and every CGCS2000 GK zone (4491–4554), generated from the zone arithmetic. */
export const CRS_REGISTRY: Readonly<Record<Srid, CrsInfo>> = Object.freeze(
  Object.fromEntries([
    [
      4326,
      {
        srid: 4326,
        name: "WGS 84",
        kind: "geographic",
        proj4: "+proj=longlat +datum=WGS84 +no_defs",
        wkt: WGS84_OGC_WKT,
        esriWkt: WGS84_ESRI_WKT,
      },
    ],
    [
      4490,
      {
        srid: 4490,
        name: "China Geodetic Coordinate System 2000",
        kind: "geographic",
        proj4: CGCS2000_PROJ4,
        wkt: CGCS2000_OGC_WKT,
        esriWkt: CGCS2000_ESRI_WKT,
      },
    ],
    ...GK_ZONES.map((z) => [z.srid, gkEntry(z)] as const),
  ]),
);

/** The registry's entry for an SRID, or undefined. */
export function crsInfo(srid: number): CrsInfo | undefined {
  return Object.hasOwn(CRS_REGISTRY, srid) ? CRS_REGISTRY[srid] : undefined;
}

/**
 * The WKT a writer puts into a file: ESRI flavour for a shapefile's .prj (as
 * ArcGIS writes it; GDAL reads it too), OGC flavour for GeoPackage and GDAL.
 */
export function prjWkt(srid: number, flavour: "esri" | "ogc" = "esri"): string {
  const info = crsInfo(srid);
  if (!info) throw new RangeError(`not a supported SRID: ${srid}`);
  return flavour === "esri" ? info.esriWkt : info.wkt;
}

/** True when the SRID is one of the registry's. */
export function isSupportedSrid(srid: number): srid is Srid {
  return crsInfo(srid) !== undefined;
}

/** True when the SRID is a Gauss-Kruger zone of the registry. */
export function isProjectedSrid(srid: number): srid is ProjectedSrid {
  return crsInfo(srid)?.kind === "projected";
}

/**
 * The 3-degree GK zone (without zone prefix) a longitude falls in for
 * Jincheng: EPSG:4546 (CM 111°E) west of 112.5°E, EPSG:4547 (CM 114°E) east.
 * Mirrors gk_srid() in the migration.
 */
export function gkZoneSrid(lng: number): 4546 | 4547 {
  return lng < 112.5 ? 4546 : 4547;
}

// proj4 parses a definition on every call unless the converter is kept.
const converters = new Map<ProjectedSrid, Converter>();
function converter(srid: ProjectedSrid): Converter {
  let c = converters.get(srid);
  if (!c) {
    c = proj4(CGCS2000_PROJ4, (CRS_REGISTRY[srid] as CrsInfo).proj4);
    converters.set(srid, c);
  }
  return c;
}

function assertProjected(srid: number): asserts srid is ProjectedSrid {
  if (!isProjectedSrid(srid)) throw new RangeError(`not a Gauss-Kruger SRID: ${srid}`);
}

/**
 * [lng, lat] (CGCS2000, taken as EPSG:4326) to [easting, northing] in a GK zone.
 * @example toProjected([112.2, 35.6], 4546) // ≈ [608742.749, 3941823.501]
 */
export function toProjected(lngLat: XY, srid: ProjectedSrid): [number, number] {
  assertProjected(srid);
  const [e, n] = converter(srid).forward([lngLat[0], lngLat[1]]) as [number, number];
  return [e, n];
}

/** [easting, northing] in a GK zone back to [lng, lat]. */
export function fromProjected(eastingNorthing: XY, srid: ProjectedSrid): [number, number] {
  assertProjected(srid);
  const [lng, lat] = converter(srid).inverse([eastingNorthing[0], eastingNorthing[1]]) as [number, number];
  return [lng, lat];
}

/**
 * One point of a published corner list (拐点坐标). Surveyors' convention: X is
 * the northing and Y the easting — the reverse of GeoJSON's [x, y] order.
 */
export interface Corner {
  pointNo: number;
  x: number;
  y: number;
}

/** A corner list (X = northing, Y = easting) to a closed [lng, lat] ring. */
export function cornersToRing(corners: readonly Corner[], srid: ProjectedSrid): [number, number][] {
  if (corners.length < 3) throw new RangeError("a corner list needs at least 3 points");
  const ordered = [...corners].sort((a, b) => a.pointNo - b.pointNo);
  const ring = ordered.map((c) => fromProjected([c.y, c.x], srid));
  const first = ring[0] as [number, number];
  ring.push([first[0], first[1]]);
  return ring;
}

/**
 * A closed [lng, lat] ring to a corner list numbered from 1, the closing
 * point dropped; coordinates rounded to the millimetre as published.
 */
export function ringToCorners(ring: readonly XY[], srid: ProjectedSrid): Corner[] {
  const open = isClosed(ring) ? ring.slice(0, -1) : ring;
  return open.map((p, i) => {
    const [e, n] = toProjected(p, srid);
    return { pointNo: i + 1, x: roundTo(n, 3), y: roundTo(e, 3) };
  });
}

function isClosed(ring: readonly XY[]): boolean {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
