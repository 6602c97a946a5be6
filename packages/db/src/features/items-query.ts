import { CRS84, parseCrs, type RequestCrs } from "./crs-uri.ts";
import type { ItemsFilter } from "./items-filter.ts";

/** Page size when the request names none. */
export const ITEMS_LIMIT_DEFAULT = 100;
/** Largest page; a larger `limit` is clamped to it (OGC API Features, /req/core/fc-limit-response). */
export const ITEMS_LIMIT_MAX = 1000;
/** Deepest page start; beyond it a client should narrow the bbox instead of paging. */
export const ITEMS_OFFSET_MAX = 1_000_000;
/**
 * Widest bbox, in degrees of longitude and of latitude each. All of Shanxi
 * spans about 4.5° × 6.5°, Jincheng and Changzhi together about 2° × 2°; a
 * wider box asks for everything, which is what leaving out bbox does.
 */
export const BBOX_MAX_SPAN_DEGREES = 10;

/** minLon, minLat, maxLon, maxLat in CRS84 (or the four numbers of a bbox in its bbox-crs, in that CRS's axis order). */
export type Bbox = readonly [number, number, number, number];

/** A validated items request: what the repository runs. */
export interface ItemsQuery {
  bbox: Bbox | undefined;
  /** The CRS of the bbox, as given (Part 2 `bbox-crs`); CRS84 by default. */
  bboxCrs: RequestCrs;
  limit: number;
  offset: number;
  /** The CRS of the response's coordinates (Part 2 `crs`); CRS84 by default. */
  crs: RequestCrs;
  /** The attribute table's narrowing and order (items-filter.ts); none by default. */
  filter?: ItemsFilter;
}

/** The raw query parameters as they arrive (types already checked by the route schema). */
export interface RawItemsParams {
  bbox?: string | undefined;
  "bbox-crs"?: string | undefined;
  crs?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export type ItemsQueryProblem =
  | "bad_bbox"
  | "bbox_too_large"
  | "limit_out_of_range"
  | "offset_out_of_range"
  | "unsupported_crs"
  | "unsupported_bbox_crs";

export type ParsedItemsQuery =
  | { ok: true; query: ItemsQuery }
  | { ok: false; reason: ItemsQueryProblem; message: string };

// A plain decimal number: no hex, no Infinity, no blanks (Number() would take all three).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Turns the raw parameters into the query, with defaults and the limit
 * clamped, or says what is wrong.
 *
 * @example parseItemsQuery({ bbox: "112.8,35.4,113.0,35.6", limit: 5000 })
 * // → { ok: true, query: { bbox: [112.8, 35.4, 113, 35.6], limit: 1000, offset: 0 } }
 */
export function parseItemsQuery(raw: RawItemsParams): ParsedItemsQuery {
  const limit = raw.limit ?? ITEMS_LIMIT_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1) {
    return {
      ok: false,
      reason: "limit_out_of_range",
      message: `limit must be a positive integer, got ${limit}`,
    };
  }
  const offset = raw.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > ITEMS_OFFSET_MAX) {
    return {
      ok: false,
      reason: "offset_out_of_range",
      message: `offset must be an integer from 0 to ${ITEMS_OFFSET_MAX}, got ${offset}`,
    };
  }
  const crs = raw.crs === undefined ? CRS84 : parseCrs(raw.crs);
  if (!crs) return { ok: false, reason: "unsupported_crs", message: unsupported("crs", raw.crs ?? "") };
  const bboxCrs = raw["bbox-crs"] === undefined ? CRS84 : parseCrs(raw["bbox-crs"]);
  if (!bboxCrs) {
    return {
      ok: false,
      reason: "unsupported_bbox_crs",
      message: unsupported("bbox-crs", raw["bbox-crs"] ?? ""),
    };
  }
  let bbox: Bbox | undefined;
  if (raw.bbox !== undefined) {
    const parsed = bboxCrs.northingFirst ? parseBboxIn(raw.bbox, bboxCrs) : parseBbox(raw.bbox);
    if (!parsed.ok) return parsed;
    bbox = parsed.bbox;
  }
  return { ok: true, query: { bbox, bboxCrs, limit: Math.min(limit, ITEMS_LIMIT_MAX), offset, crs } };
}

function unsupported(parameter: string, value: string): string {
  return `${parameter} "${clip(value)}" is not served; use one of the collection's crs list (CRS84, EPSG:4326, EPSG:4490, EPSG:4491–4554)`;
}

/** Widest bbox in a Gauss-Krüger zone, in metres each way (about the 10° of a CRS84 bbox). */
const BBOX_MAX_SPAN_METRES = 1_000_000;

/**
 * A bbox in a bbox-crs other than CRS84: four numbers in that CRS's axis
 * order (latitude or northing first), checked as CRS84 once put in
 * lon/lat order, or by size in metres in a GK zone.
 */
function parseBboxIn(text: string, crs: RequestCrs): ParsedBbox {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length !== 4 || !parts.every((p) => DECIMAL.test(p))) {
    return {
      ok: false,
      reason: "bad_bbox",
      message: `bbox must be four comma-separated numbers in ${crs.uri}, got "${clip(text)}"`,
    };
  }
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  if (crs.srid === 4326 || crs.srid === 4490) {
    const lonLat = parseBbox([b, a, d, c].join(","));
    return lonLat.ok ? { ok: true, bbox: [a, b, c, d] } : lonLat;
  }
  if (a > c || b > d) {
    return { ok: false, reason: "bad_bbox", message: `bbox minimum exceeds maximum (${a},${b} > ${c},${d})` };
  }
  if (c - a > BBOX_MAX_SPAN_METRES || d - b > BBOX_MAX_SPAN_METRES) {
    return {
      ok: false,
      reason: "bbox_too_large",
      message: `bbox spans more than ${BBOX_MAX_SPAN_METRES} m one way`,
    };
  }
  return { ok: true, bbox: [a, b, c, d] };
}

type ParsedBbox = { ok: true; bbox: Bbox } | { ok: false; reason: ItemsQueryProblem; message: string };

/** Parses `minLon,minLat,maxLon,maxLat` (CRS84) and checks its range and size. */
export function parseBbox(text: string): ParsedBbox {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length !== 4 || !parts.every((p) => DECIMAL.test(p))) {
    return {
      ok: false,
      reason: "bad_bbox",
      message: `bbox must be four comma-separated numbers minLon,minLat,maxLon,maxLat (CRS84), got "${clip(text)}"`,
    };
  }
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as [number, number, number, number];
  const lonOk = (x: number) => x >= -180 && x <= 180;
  const latOk = (y: number) => y >= -90 && y <= 90;
  if (!lonOk(minLon) || !lonOk(maxLon) || !latOk(minLat) || !latOk(maxLat)) {
    return {
      ok: false,
      reason: "bad_bbox",
      message: "bbox longitudes must lie in [-180, 180] and latitudes in [-90, 90]",
    };
  }
  if (minLon > maxLon || minLat > maxLat) {
    return {
      ok: false,
      reason: "bad_bbox",
      message: `bbox minimum exceeds maximum (minLon ${minLon}, maxLon ${maxLon}, minLat ${minLat}, maxLat ${maxLat}); boxes across the antimeridian are not supported`,
    };
  }
  const width = maxLon - minLon;
  const height = maxLat - minLat;
  if (width > BBOX_MAX_SPAN_DEGREES || height > BBOX_MAX_SPAN_DEGREES) {
    return {
      ok: false,
      reason: "bbox_too_large",
      message: `bbox spans ${round(width)}° × ${round(height)}°; at most ${BBOX_MAX_SPAN_DEGREES}° each way (leave out bbox to read the whole collection page by page)`,
    };
  }
  return { ok: true, bbox: [minLon, minLat, maxLon, maxLat] };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
