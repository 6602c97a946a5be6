/**
 * The CGCS2000 Gauss-Krüger zones of the EPSG registry, by arithmetic:
 *   3° zones 25–45 (CM 75°E…135°E): EPSG:4513–4533 with the zone number in
 *     the easting, EPSG:4534–4554 without;
 *   6° zones 13–23 (CM 75°E…135°E): EPSG:4491–4501 with, EPSG:4502–4512 without.
 */

export type ZoneWidth = 3 | 6;

/** A GK zone: its width, number, central meridian and whether eastings carry the number. */
export interface GkZone {
  srid: number;
  width: ZoneWidth;
  zone: number;
  centralMeridian: number;
  prefix: boolean;
  /** 500 000 m, plus zone × 1 000 000 m with the prefix. */
  falseEasting: number;
}

interface Series {
  width: ZoneWidth;
  prefix: boolean;
  firstSrid: number;
  firstZone: number;
  count: number;
}

const SERIES: readonly Series[] = [
  { width: 6, prefix: true, firstSrid: 4491, firstZone: 13, count: 11 },
  { width: 6, prefix: false, firstSrid: 4502, firstZone: 13, count: 11 },
  { width: 3, prefix: true, firstSrid: 4513, firstZone: 25, count: 21 },
  { width: 3, prefix: false, firstSrid: 4534, firstZone: 25, count: 21 },
];

/** The central meridian of zone `zone` of the given width: 3n for 3° zones, 6n − 3 for 6° zones. */
export function centralMeridianOf(width: ZoneWidth, zone: number): number {
  return width === 3 ? 3 * zone : 6 * zone - 3;
}

/** The zone number whose central meridian this is, or undefined when it is none. */
export function zoneOfCentralMeridian(width: ZoneWidth, centralMeridian: number): number | undefined {
  const zone = width === 3 ? centralMeridian / 3 : (centralMeridian + 3) / 6;
  return Number.isInteger(zone) ? zone : undefined;
}

function zoneFrom(series: Series, zone: number): GkZone {
  const centralMeridian = centralMeridianOf(series.width, zone);
  return {
    srid: series.firstSrid + zone - series.firstZone,
    width: series.width,
    zone,
    centralMeridian,
    prefix: series.prefix,
    falseEasting: series.prefix ? zone * 1_000_000 + 500_000 : 500_000,
  };
}

/** Every CGCS2000 GK zone of the EPSG registry, 4491…4554 in order. */
export const GK_ZONES: readonly GkZone[] = SERIES.flatMap((s) =>
  Array.from({ length: s.count }, (_, i) => zoneFrom(s, s.firstZone + i)),
);

const BY_SRID = new Map(GK_ZONES.map((z) => [z.srid, z]));

/** The GK zone an EPSG code names, or undefined. */
export function gkZoneBySrid(srid: number): GkZone | undefined {
  return BY_SRID.get(srid);
}

/** The EPSG code of a zone by width, number and prefix; undefined outside China's zones. */
export function gkSrid(width: ZoneWidth, zone: number, prefix: boolean): number | undefined {
  return GK_ZONES.find((z) => z.width === width && z.zone === zone && z.prefix === prefix)?.srid;
}

/**
 * The GK zone a longitude falls in: 3° zone n covers CM 3n ± 1.5° (a
 * longitude on the border goes east, 112.5°E → zone 38, CM 114°E); 6° zone n
 * covers 6n − 6 … 6n. Throws RangeError outside 73.5°E…136.5°E.
 * @example gkSridFor(112.2, { width: 3, prefix: false }) // 4546
 */
export function gkSridFor(lng: number, opts: { width: ZoneWidth; prefix: boolean }): number {
  const zone = opts.width === 3 ? Math.floor(lng / 3 + 0.5) : Math.floor(lng / 6) + 1;
  const srid = Number.isFinite(lng) ? gkSrid(opts.width, zone, opts.prefix) : undefined;
  if (srid === undefined) throw new RangeError(`no CGCS2000 ${opts.width}° zone for longitude ${lng}`);
  return srid;
}

/**
 * The zone number an easting carries in its leading two digits (38 512 345.67
 * → 38), or null when it has none (under 10 000 000 m, or too large for a
 * two-digit zone).
 */
export function gkZoneOfEasting(y: number): number | null {
  if (!Number.isFinite(y) || y < 10_000_000 || y >= 100_000_000) return null;
  return Math.floor(y / 1_000_000);
}

/**
 * The GK zone with prefix an easting names by its leading digits: 25–45 are
 * 3° zones, 13–23 are 6° zones; undefined when it carries no zone number (an
 * easting without prefix does not tell its zone).
 * @example gkSridOfEasting(38_512_345.67) // 4526
 */
export function gkSridOfEasting(y: number): number | undefined {
  const zone = gkZoneOfEasting(y);
  if (zone === null) return undefined;
  return gkSrid(3, zone, true) ?? gkSrid(6, zone, true);
}
