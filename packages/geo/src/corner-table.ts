/**
 * A zone's 拐点坐标表 (corner coordinate table) as bureaus publish it: every
 * ring of every part, points numbered J1, J2, … continuously through the
 * whole zone, each ring closed by repeating its first point (and number);
 * X = northing and Y = easting in the Gauss-Krüger zone to 0.01 m, longitude
 * and latitude in DMS to 0.01″.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import { formatDms } from "./angle.ts";
import { isProjectedSrid, toProjected } from "./crs.ts";

export interface CornerRow {
  /** Part of a multipolygon, from 1. */
  part: number;
  /** 1 for the outer ring, 2… for holes (圈号). */
  ring: number;
  /** "J1", "J2", …; the closing row repeats its ring's first number. */
  pointNo: string;
  /** Northing in metres, to 0.01. */
  x: number;
  /** Easting in metres, to 0.01 (with the zone number when the SRID has it). */
  y: number;
  /** Longitude in DMS, e.g. 112°30′15.20″. */
  lon: string;
  /** Latitude in DMS. */
  lat: string;
  /** The same longitude and latitude in decimal degrees. */
  lngDegrees: number;
  latDegrees: number;
}

/** Where one ring's rows lie in the table: `firstRow`…`lastRow` (0-based, inclusive, closing row included). */
export interface CornerRing {
  part: number;
  ring: number;
  firstRow: number;
  lastRow: number;
  /** Distinct corners of the ring (rows less the closing one). */
  points: number;
}

export interface CornerTable {
  srid: number;
  rows: CornerRow[];
  rings: CornerRing[];
}

/**
 * The corner table of a polygon or multipolygon given in [lng, lat], in GK
 * zone `srid`. Throws RangeError for a geographic SRID or a ring of fewer than
 * three distinct corners.
 * @example cornerTable(zone.geometry, 4547).rows[0] // { part: 1, ring: 1, pointNo: "J1", x: 3930621.87, y: 400195.66, … }
 */
export function cornerTable(geometry: Polygon | MultiPolygon, srid: number): CornerTable {
  if (!isProjectedSrid(srid)) throw new RangeError(`not a Gauss-Kruger SRID: ${srid}`);
  const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const rows: CornerRow[] = [];
  const rings: CornerRing[] = [];
  let next = 1;
  parts.forEach((polygon, p) => {
    polygon.forEach((coordinates, r) => {
      const corners = openRing(coordinates);
      if (corners.length < 3) throw new RangeError(`ring ${r + 1} of part ${p + 1} has fewer than 3 corners`);
      const firstRow = rows.length;
      const firstNo = next;
      for (const corner of corners) rows.push(row(p + 1, r + 1, next++, corner, srid));
      rows.push(row(p + 1, r + 1, firstNo, corners[0] as Position, srid));
      rings.push({ part: p + 1, ring: r + 1, firstRow, lastRow: rows.length - 1, points: corners.length });
    });
  });
  return { srid, rows, rings };
}

/** The ring's corners: the closing point and repeated consecutive points dropped. */
function openRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

function row(part: number, ring: number, no: number, p: Position, srid: number): CornerRow {
  const lng = p[0] as number;
  const lat = p[1] as number;
  const [easting, northing] = toProjected([lng, lat], srid);
  return {
    part,
    ring,
    pointNo: `J${no}`,
    x: round2(northing),
    y: round2(easting),
    lon: formatDms(lng, 2),
    lat: formatDms(lat, 2),
    lngDegrees: lng,
    latDegrees: lat,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
