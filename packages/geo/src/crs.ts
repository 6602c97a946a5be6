import proj4, { type Converter } from "proj4";

/** A position as [x, y]: [lng, lat] in degrees, or [easting, northing] in metres. */
export type XY = readonly [number, number];

/** The coordinate reference systems Lianpian reads and writes. */
export type Srid = 4326 | 4490 | 4546 | 4547 | 4525 | 4526;
/** The CGCS2000 3-degree Gauss-Kruger zones (with or without the zone number in the easting). */
export type ProjectedSrid = 4546 | 4547 | 4525 | 4526;

export interface CrsInfo {
  srid: Srid;
  name: string;
  kind: "geographic" | "projected";
  /** The proj4 definition, identical to PostGIS's spatial_ref_sys.proj4text. */
  proj4: string;
  /** Central meridian of a GK zone, degrees east. */
  centralMeridian?: number;
  /** Zone number carried in the easting's leading digits (EPSG:4525/4526). */
  zonePrefix?: number;
}

const gk = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

/** The registry: every CRS an import or export may name. */
export const CRS_REGISTRY: Readonly<Record<Srid, CrsInfo>> = {
  4326: { srid: 4326, name: "WGS 84", kind: "geographic", proj4: "+proj=longlat +datum=WGS84 +no_defs" },
  4490: { srid: 4490, name: "CGCS2000", kind: "geographic", proj4: "+proj=longlat +ellps=GRS80 +no_defs" },
  4546: {
    srid: 4546,
    name: "CGCS2000 / 3-degree Gauss-Kruger CM 111E",
    kind: "projected",
    proj4: gk(111, 500000),
    centralMeridian: 111,
  },
  4547: {
    srid: 4547,
    name: "CGCS2000 / 3-degree Gauss-Kruger CM 114E",
    kind: "projected",
    proj4: gk(114, 500000),
    centralMeridian: 114,
  },
  4525: {
    srid: 4525,
    name: "CGCS2000 / 3-degree Gauss-Kruger zone 37",
    kind: "projected",
    proj4: gk(111, 37500000),
    centralMeridian: 111,
    zonePrefix: 37,
  },
  4526: {
    srid: 4526,
    name: "CGCS2000 / 3-degree Gauss-Kruger zone 38",
    kind: "projected",
    proj4: gk(114, 38500000),
    centralMeridian: 114,
    zonePrefix: 38,
  },
};

/** True when the SRID is one of the registry's. */
export function isSupportedSrid(srid: number): srid is Srid {
  return Object.hasOwn(CRS_REGISTRY, srid);
}

/** True when the SRID is a Gauss-Kruger zone of the registry. */
export function isProjectedSrid(srid: number): srid is ProjectedSrid {
  return isSupportedSrid(srid) && CRS_REGISTRY[srid].kind === "projected";
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
    c = proj4(CRS_REGISTRY[4490].proj4, CRS_REGISTRY[srid].proj4);
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
