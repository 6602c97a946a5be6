/**
 * Xi'an 1980 and Beijing 1954: recognised (by EPSG code, name or ellipsoid)
 * so they can be refused, and completed into a usable CRS once the user gives
 * the seven Bursa-Wolf parameters to CGCS2000/WGS84.
 */
import { centralMeridianOf, type ZoneWidth } from "./gk-zones.ts";

export type OldDatum = "xian80" | "beijing54";

interface OldSeries {
  datum: OldDatum;
  firstSrid: number;
  firstZone: number;
  count: number;
  width: ZoneWidth;
  prefix: boolean;
}

// EPSG numbering of the Xi'an 80 and Beijing 54 Gauss-Krüger zones.
const OLD_SERIES: readonly OldSeries[] = [
  { datum: "xian80", firstSrid: 2327, firstZone: 13, count: 11, width: 6, prefix: true },
  { datum: "xian80", firstSrid: 2338, firstZone: 13, count: 11, width: 6, prefix: false },
  { datum: "xian80", firstSrid: 2349, firstZone: 25, count: 21, width: 3, prefix: true },
  { datum: "xian80", firstSrid: 2370, firstZone: 25, count: 21, width: 3, prefix: false },
  { datum: "beijing54", firstSrid: 2401, firstZone: 25, count: 21, width: 3, prefix: true },
  { datum: "beijing54", firstSrid: 2422, firstZone: 25, count: 21, width: 3, prefix: false },
  { datum: "beijing54", firstSrid: 21413, firstZone: 13, count: 11, width: 6, prefix: true },
  { datum: "beijing54", firstSrid: 21453, firstZone: 13, count: 11, width: 6, prefix: false },
  { datum: "beijing54", firstSrid: 21473, firstZone: 13, count: 11, width: 6, prefix: false },
];

/** The old datum an EPSG code is in, with its GK projection when it is projected. */
export function oldDatumOfEpsg(
  srid: number,
): { datum: OldDatum; projection?: { centralMeridian: number; falseEasting: number } } | undefined {
  if (srid === 4610) return { datum: "xian80" };
  if (srid === 4214) return { datum: "beijing54" };
  const s = OLD_SERIES.find((x) => srid >= x.firstSrid && srid < x.firstSrid + x.count);
  if (!s) return undefined;
  const zone = s.firstZone + srid - s.firstSrid;
  const falseEasting = (s.prefix ? zone * 1_000_000 : 0) + 500_000;
  return { datum: s.datum, projection: { centralMeridian: centralMeridianOf(s.width, zone), falseEasting } };
}

/** The old datum an ellipsoid's semi-major axis tells: IAG 1975 (Xi'an 80) or Krasovsky 1940 (Beijing 54). */
export function oldDatumOfSemiMajorAxis(a: number | undefined): OldDatum | undefined {
  if (a === 6378140) return "xian80";
  if (a === 6378245) return "beijing54";
  return undefined;
}

/** Seven-parameter (Bursa-Wolf, position vector as in PROJ +towgs84) transformation to CGCS2000/WGS84. */
export interface SevenParams {
  /** Translations in metres. */
  dx: number;
  dy: number;
  dz: number;
  /** Rotations in arc-seconds. */
  rx: number;
  ry: number;
  rz: number;
  /** Scale difference in parts per million. */
  ppm: number;
}

const ELLIPSOID: Record<OldDatum, string> = {
  xian80: "+a=6378140 +b=6356755.288157528",
  beijing54: "+ellps=krass",
};

/**
 * A proj4 definition of Xi'an 80 / Beijing 54 with the user's seven
 * parameters: Gauss-Krüger when a central meridian is given (false easting
 * 500 000 m unless given), geographic otherwise. Throws RangeError on a
 * parameter that is not a finite number.
 * @example customDatumCrs({ datum: "xian80", centralMeridian: 111, params }) // "+proj=tmerc +lat_0=0 +lon_0=111 …"
 */
export function customDatumCrs(opts: {
  datum: OldDatum;
  centralMeridian?: number;
  falseEasting?: number;
  params: SevenParams;
}): string {
  const { dx, dy, dz, rx, ry, rz, ppm } = opts.params;
  const values = [dx, dy, dz, rx, ry, rz, ppm];
  if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new RangeError("the seven parameters must all be finite numbers");
  }
  const towgs84 = `+towgs84=${values.join(",")}`;
  const tail = `${ELLIPSOID[opts.datum]} ${towgs84}`;
  if (opts.centralMeridian === undefined) return `+proj=longlat ${tail} +no_defs`;
  const falseEasting = opts.falseEasting ?? 500_000;
  if (!Number.isFinite(opts.centralMeridian) || !Number.isFinite(falseEasting)) {
    throw new RangeError("central meridian and false easting must be finite numbers");
  }
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${opts.centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 ` +
    `${tail} +units=m +no_defs`
  );
}
