/**
 * Checks of a file's raw coordinates before import, for the preview: X and Y
 * (or latitude and longitude) exchanged, a zone number in the eastings that
 * the CRS does not expect, and points outside Shanxi. Pure; counts rows.
 */
import type { Geometry, Position } from "geojson";
import proj4, { type Converter } from "proj4";
import { crsInfo } from "./crs.ts";
import { gkZoneOfEasting } from "./gk-zones.ts";
import { type CrsRef, mapGeometry } from "./reproject.ts";

/** A raw position of a file row: x = easting or longitude, y = northing or latitude, as the file's CRS has them. */
export interface SourcePosition {
  row: number;
  x: number;
  y: number;
}

export type PositionWarningCode = "swapped_xy" | "swapped_lat_lon" | "zone_mismatch" | "outside_shanxi";

export interface PositionWarning {
  code: PositionWarningCode;
  /** Rows with at least one such position. */
  count: number;
  /** The first rows (at most 10), in file order. */
  rows: number[];
  message_zh: string;
  message_en: string;
}

/** Shanxi's extent with a margin: lon 110.2–114.6°E, lat 34.5–40.8°N. */
export const SHANXI_BBOX = { minLng: 110.2, maxLng: 114.6, minLat: 34.5, maxLat: 40.8 } as const;

const FIRST_ROWS = 10;

interface Frame {
  geographic: boolean;
  /** Zone number the eastings carry, or null when they carry none. */
  prefixZone: number | null;
}

function frameOf(crs: CrsRef): Frame {
  if (typeof crs === "number") {
    const info = crsInfo(crs);
    if (!info) throw new RangeError(`not a supported SRID: ${crs}`);
    return { geographic: info.kind === "geographic", prefixZone: info.zonePrefix ?? null };
  }
  const x0 = Number(/\+x_0=([\d.]+)/.exec(crs)?.[1] ?? 0);
  return { geographic: /\+proj=longlat/.test(crs), prefixZone: gkZoneOfEasting(x0) };
}

const inChinaLat = (v: number) => v > 0.8 && v < 56;
const inChinaLng = (v: number) => v > 72 && v < 138;

function swapCode(p: SourcePosition, f: Frame): PositionWarningCode | undefined {
  if (f.geographic) {
    const exchanged = (Math.abs(p.y) > 90 && Math.abs(p.x) <= 90) || (inChinaLat(p.x) && inChinaLng(p.y));
    return exchanged ? "swapped_lat_lon" : undefined;
  }
  if (f.prefixZone !== null) return p.y >= 1e7 && p.x < 1e7 ? "swapped_xy" : undefined;
  return p.x >= 1e6 && p.x < 1e7 && p.y > 0 && p.y < 1e6 ? "swapped_xy" : undefined;
}

function zoneMismatch(p: SourcePosition, f: Frame): boolean {
  if (f.geographic) return false;
  return gkZoneOfEasting(p.x) !== f.prefixZone;
}

function insideShanxi([lng, lat]: number[]): boolean {
  const b = SHANXI_BBOX;
  return (
    lng !== undefined &&
    lat !== undefined &&
    lng >= b.minLng &&
    lng <= b.maxLng &&
    lat >= b.minLat &&
    lat <= b.maxLat
  );
}

const TEXT: Record<PositionWarningCode, [zh: string, en: string]> = {
  swapped_xy: ["X（北坐标）与Y（东坐标）可能颠倒", "X (northing) and Y (easting) look exchanged"],
  swapped_lat_lon: ["经度与纬度可能颠倒", "Longitude and latitude look exchanged"],
  zone_mismatch: [
    "东坐标中的带号与所选坐标系不符（有无带号或带号不同）",
    "The zone number in the eastings does not match the chosen CRS (prefix present/absent or a different zone)",
  ],
  outside_shanxi: ["坐标位于山西省范围之外", "Coordinates lie outside Shanxi"],
};

function warning(code: PositionWarningCode, rows: Set<number>): PositionWarning {
  const first = [...rows].slice(0, FIRST_ROWS);
  const [zh, en] = TEXT[code];
  return {
    code,
    count: rows.size,
    rows: first,
    message_zh: `${zh}：共 ${rows.size} 行，如第 ${first.join("、")} 行`,
    message_en: `${en}: ${rows.size} row(s), e.g. row ${first.join(", ")}`,
  };
}

/**
 * The warnings for a file's positions in `crs` (a registry SRID or a proj4
 * text): exchanged axes, zone prefix mismatches, and positions outside Shanxi
 * once reprojected (a position already flagged as exchanged or of another
 * zone is not counted again as outside).
 * @example checkPositions([{ row: 1, x: 3941823, y: 608742 }], 4546) // [{ code: "swapped_xy", count: 1, rows: [1], … }]
 */
export function checkPositions(positions: readonly SourcePosition[], crs: CrsRef): PositionWarning[] {
  const frame = frameOf(crs);
  const toLngLat = proj4(typeof crs === "number" ? (crsInfo(crs)?.proj4 as string) : crs, "WGS84");
  const rows: Record<PositionWarningCode, Set<number>> = {
    swapped_xy: new Set(),
    swapped_lat_lon: new Set(),
    zone_mismatch: new Set(),
    outside_shanxi: new Set(),
  };
  for (const p of positions) {
    const swapped = swapCode(p, frame);
    if (swapped) {
      rows[swapped].add(p.row);
      continue;
    }
    if (zoneMismatch(p, frame)) {
      rows.zone_mismatch.add(p.row);
      continue;
    }
    if (!insideShanxi(lngLatOf(toLngLat, p))) rows.outside_shanxi.add(p.row);
  }
  return (Object.keys(rows) as PositionWarningCode[])
    .filter((code) => rows[code].size > 0)
    .map((code) => warning(code, rows[code]));
}

function lngLatOf(c: Converter, p: SourcePosition): number[] {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return [];
  try {
    return c.forward([p.x, p.y]);
  } catch {
    return [];
  }
}

/** Every position of each row's geometry, for checkPositions. */
export function positionsOfRows(
  features: readonly { row: number; geometry: Geometry | null }[],
): SourcePosition[] {
  const out: SourcePosition[] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    mapGeometry(f.geometry, (pos: Position) => {
      out.push({ row: f.row, x: pos[0] as number, y: pos[1] as number });
      return pos;
    });
  }
  return out;
}
