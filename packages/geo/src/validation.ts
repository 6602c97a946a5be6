import { findIntersection, type Pt, pointInRing, ringSegments } from "./segments.ts";

/** Caps and bounds a geometry must respect; the vertex cap bounds the O(n log n + k) intersection test. */
export interface GeometryLimits {
  maxVertices: number;
  /** [west, south, east, north] in degrees every position must fall in, if given. */
  bbox?: readonly [number, number, number, number] | undefined;
}

export const DEFAULT_GEOMETRY_LIMITS: GeometryLimits = { maxVertices: 50_000 };

export type ValidationReason =
  | "not_geometry"
  | "wrong_type"
  | "empty"
  | "bad_coordinate"
  | "out_of_range"
  | "out_of_bounds"
  | "too_many_vertices"
  | "ring_not_closed"
  | "too_few_points"
  | "self_intersection"
  | "hole_outside"
  | "overlap";

export type ValidationResult =
  | { ok: true }
  | { ok: false; reason: ValidationReason; message_zh: string; message_en: string };

const OK: ValidationResult = { ok: true };

function fail(reason: ValidationReason, zh: string, en: string): ValidationResult {
  return { ok: false, reason, message_zh: zh, message_en: en };
}

type Kind = "point" | "linear" | "polygonal";
const TYPES: Record<Kind, readonly string[]> = {
  point: ["Point", "MultiPoint"],
  linear: ["LineString", "MultiLineString"],
  polygonal: ["Polygon", "MultiPolygon"],
};
const KIND_ZH: Record<Kind, string> = { point: "点", linear: "线", polygonal: "面" };

interface Shape {
  type: string;
  coordinates: unknown;
}

function asShape(geojson: unknown): Shape | null {
  if (typeof geojson !== "object" || geojson === null) return null;
  const g = geojson as { type?: unknown; coordinates?: unknown };
  if (typeof g.type !== "string" || !Array.isArray(g.coordinates)) return null;
  return { type: g.type, coordinates: g.coordinates };
}

/** Walks every position once: shape, finiteness, ranges, bbox and the vertex cap. */
function checkPositions(coords: unknown, depth: number, limits: GeometryLimits): ValidationResult {
  let count = 0;
  const visit = (node: unknown, d: number): ValidationResult => {
    if (!Array.isArray(node)) return fail("bad_coordinate", "坐标结构错误", "malformed coordinates");
    if (d === 0) {
      if (
        node.length < 2 ||
        node.length > 3 ||
        !node.every((v) => typeof v === "number" && Number.isFinite(v))
      )
        return fail("bad_coordinate", "坐标须为2或3个有限数值", "a position must be 2 or 3 finite numbers");
      const [lng, lat] = node as [number, number];
      if (lng < -180 || lng > 180 || lat < -90 || lat > 90)
        return fail(
          "out_of_range",
          `坐标超出经纬度范围：${lng}, ${lat}`,
          `position out of lng/lat range: ${lng}, ${lat}`,
        );
      const b = limits.bbox;
      if (b && (lng < b[0] || lng > b[2] || lat < b[1] || lat > b[3]))
        return fail(
          "out_of_bounds",
          `坐标超出允许范围：${lng}, ${lat}`,
          `position outside the allowed area: ${lng}, ${lat}`,
        );
      count++;
      if (count > limits.maxVertices)
        return fail(
          "too_many_vertices",
          `顶点数超过上限 ${limits.maxVertices}`,
          `more than ${limits.maxVertices} vertices`,
        );
      return OK;
    }
    for (const child of node) {
      const r = visit(child, d - 1);
      if (!r.ok) return r;
    }
    return OK;
  };
  return visit(coords, depth);
}

function withLimits(limits: Partial<GeometryLimits> | undefined): GeometryLimits {
  return { ...DEFAULT_GEOMETRY_LIMITS, ...limits };
}

function dedupe(ring: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function where(p: number, r: number, multi: boolean): [string, string] {
  const ringZh = r === 0 ? "外环" : `第${r}个内环`;
  const ringEn = r === 0 ? "the outer ring" : `hole ${r}`;
  return multi ? [`第${p + 1}个多边形${ringZh}`, `${ringEn} of polygon ${p + 1}`] : [ringZh, ringEn];
}

/** Rings of one polygon, opened and de-duplicated, or the first failure. */
function openRings(polygon: Pt[][], p: number, multi: boolean): Pt[][] | ValidationResult {
  if (polygon.length === 0) return fail("empty", "多边形没有环", "a polygon has no rings");
  const rings: Pt[][] = [];
  for (let r = 0; r < polygon.length; r++) {
    const ring = polygon[r] as Pt[];
    const [zh, en] = where(p, r, multi);
    if (ring.length < 4) return fail("too_few_points", `${zh}少于4个点`, `${en} has fewer than 4 points`);
    const first = ring[0] as Pt;
    const last = ring[ring.length - 1] as Pt;
    if (first[0] !== last[0] || first[1] !== last[1])
      return fail(
        "ring_not_closed",
        `${zh}未闭合（首尾点不同）`,
        `${en} is not closed (first and last points differ)`,
      );
    const open = dedupe(ring.slice(0, -1));
    if (
      open.length > 1 &&
      (open[0] as Pt)[0] === (open[open.length - 1] as Pt)[0] &&
      (open[0] as Pt)[1] === (open[open.length - 1] as Pt)[1]
    )
      open.pop();
    if (open.length < 3)
      return fail("too_few_points", `${zh}不同的点少于3个`, `${en} has fewer than 3 distinct points`);
    rings.push(open);
  }
  return rings;
}

/**
 * Checks a GeoJSON Polygon or MultiPolygon before it reaches the database:
 * type, non-empty, positions (2–3 finite numbers within lng/lat range and the
 * optional bbox), vertex cap, ring closure, at least 4 points per ring, no
 * self-intersection (a flat, zero-area ring folds back on itself and fails here), holes inside their shell, parts of a
 * MultiPolygon apart. Stricter than OGC validity in one way: rings that touch
 * at a single point are rejected too.
 */
export function validatePolygonal(geojson: unknown, limits?: Partial<GeometryLimits>): ValidationResult {
  const lim = withLimits(limits);
  const g = asShape(geojson);
  if (!g) return fail("not_geometry", "不是GeoJSON几何对象", "not a GeoJSON geometry");
  if (!TYPES.polygonal.includes(g.type))
    return fail(
      "wrong_type",
      `应为面（Polygon/MultiPolygon），实为 ${g.type}`,
      `expected Polygon or MultiPolygon, got ${g.type}`,
    );
  const multi = g.type === "MultiPolygon";
  const positions = checkPositions(g.coordinates, multi ? 3 : 2, lim);
  if (!positions.ok) return positions;
  const polygons = (multi ? g.coordinates : [g.coordinates]) as Pt[][][];
  if (polygons.length === 0) return fail("empty", "几何为空", "the geometry is empty");
  const all: Pt[][][] = [];
  for (let p = 0; p < polygons.length; p++) {
    const rings = openRings(polygons[p] as Pt[][], p, multi);
    if (!Array.isArray(rings)) return rings;
    all.push(rings);
  }
  const flat = all.flat();
  const hit = findIntersection(ringSegments(flat));
  if (hit) {
    const [a] = hit;
    const at = a.a;
    return fail(
      "self_intersection",
      `边界自相交或相互接触（约在 ${at[0].toFixed(6)}, ${at[1].toFixed(6)} 附近）`,
      `the boundary intersects or touches itself (near ${at[0].toFixed(6)}, ${at[1].toFixed(6)})`,
    );
  }
  // With no crossings, one vertex tells on which side a whole ring lies.
  for (let p = 0; p < all.length; p++) {
    const [shell, ...holes] = all[p] as [Pt[], ...Pt[][]];
    for (let h = 0; h < holes.length; h++) {
      const hole = holes[h] as Pt[];
      const [zh, en] = where(p, h + 1, multi);
      if (!pointInRing(hole[0] as Pt, shell))
        return fail("hole_outside", `${zh}不在外环内`, `${en} lies outside its shell`);
      if (holes.some((other, k) => k !== h && pointInRing(hole[0] as Pt, other)))
        return fail("hole_outside", `${zh}嵌套在另一内环中`, `${en} is nested in another hole`);
    }
    for (let q = 0; q < all.length; q++) {
      if (q === p) continue;
      const [other, ...otherHoles] = all[q] as [Pt[], ...Pt[][]];
      const probe = shell[0] as Pt;
      if (pointInRing(probe, other) && !otherHoles.some((hole) => pointInRing(probe, hole)))
        return fail(
          "overlap",
          `第${p + 1}个多边形与第${q + 1}个多边形重叠`,
          `polygon ${p + 1} overlaps polygon ${q + 1}`,
        );
    }
  }
  return OK;
}

/** Checks a GeoJSON Point or MultiPoint: type, non-empty, positions. */
export function validatePoint(geojson: unknown, limits?: Partial<GeometryLimits>): ValidationResult {
  const lim = withLimits(limits);
  const g = asShape(geojson);
  if (!g) return fail("not_geometry", "不是GeoJSON几何对象", "not a GeoJSON geometry");
  if (!TYPES.point.includes(g.type))
    return fail("wrong_type", `应为点（Point），实为 ${g.type}`, `expected Point, got ${g.type}`);
  if (g.type === "MultiPoint" && (g.coordinates as unknown[]).length === 0)
    return fail("empty", "几何为空", "the geometry is empty");
  if (g.type === "Point" && (g.coordinates as unknown[]).length === 0)
    return fail("empty", "几何为空", "the geometry is empty");
  return checkPositions(g.coordinates, g.type === "Point" ? 0 : 1, lim);
}

/**
 * Checks a GeoJSON LineString or MultiLineString: type, non-empty, positions,
 * vertex cap, at least two distinct points per line (a line may cross itself:
 * that is valid in OGC terms).
 */
export function validateLinear(geojson: unknown, limits?: Partial<GeometryLimits>): ValidationResult {
  const lim = withLimits(limits);
  const g = asShape(geojson);
  if (!g) return fail("not_geometry", "不是GeoJSON几何对象", "not a GeoJSON geometry");
  if (!TYPES.linear.includes(g.type))
    return fail(
      "wrong_type",
      `应为线（LineString/MultiLineString），实为 ${g.type}`,
      `expected LineString or MultiLineString, got ${g.type}`,
    );
  const multi = g.type === "MultiLineString";
  const positions = checkPositions(g.coordinates, multi ? 2 : 1, lim);
  if (!positions.ok) return positions;
  const lines = (multi ? g.coordinates : [g.coordinates]) as Pt[][];
  if (lines.length === 0) return fail("empty", "几何为空", "the geometry is empty");
  for (let i = 0; i < lines.length; i++) {
    if (dedupe(lines[i] as Pt[]).length < 2) {
      const zh = multi ? `第${i + 1}条线` : "线";
      const en = multi ? `line ${i + 1}` : "the line";
      return fail("too_few_points", `${zh}不同的点少于2个`, `${en} has fewer than 2 distinct points`);
    }
  }
  return OK;
}

/**
 * Checks a geometry of any of the given kinds (e.g. infrastructure may be a
 * point, a line or an area).
 */
export function validateGeometry(
  geojson: unknown,
  kinds: readonly Kind[],
  limits?: Partial<GeometryLimits>,
): ValidationResult {
  const g = asShape(geojson);
  if (!g) return fail("not_geometry", "不是GeoJSON几何对象", "not a GeoJSON geometry");
  const kind = kinds.find((k) => TYPES[k].includes(g.type));
  if (!kind) {
    const zh = kinds.map((k) => KIND_ZH[k]).join("或");
    return fail("wrong_type", `应为${zh}，实为 ${g.type}`, `expected ${kinds.join(" or ")}, got ${g.type}`);
  }
  if (kind === "point") return validatePoint(geojson, limits);
  if (kind === "linear") return validateLinear(geojson, limits);
  return validatePolygonal(geojson, limits);
}

export type GeometryKind = Kind;
