import { type AngleMode, parseAngle, pointInPolygon } from "@lianpian/geo";
import type { Geometry, Position } from "geojson";
import type { ReadBudget } from "./limits.ts";
import { plainValue } from "./properties.ts";
import type { FeatureProblem, SourceFeature } from "./types.ts";
import { wktToGeometry } from "./wkt-text.ts";

/** A table as read from CSV or a sheet: header names and rows of cells. */
export interface CellTable {
  header: string[];
  rows: unknown[][];
}

/** Which columns carry coordinates and how rows group into polygons. */
export interface ColumnRoles {
  kind: "lonlat" | "gk" | "wkt";
  /** Column index of the easting / longitude. */
  x: number;
  /** Column index of the northing / latitude. */
  y: number;
  pointNo?: number;
  ringNo?: number;
  group?: number;
}

const norm = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]/g, "")
    .replace(/[（(][^)）]*[)）]$/, "");
const find = (header: string[], names: string[]) => header.findIndex((h) => names.includes(norm(h)));

const LON = ["经度", "东经", "lon", "lng", "long", "longitude"];
const LAT = ["纬度", "北纬", "lat", "latitude"];
const GK_X = ["x坐标", "x坐标值", "纵坐标", "x(北)", "北坐标"];
const GK_Y = ["y坐标", "y坐标值", "横坐标", "y(东)", "东坐标"];
const PLAIN_X = ["x"];
const PLAIN_Y = ["y"];
const POINT_NO = ["点号", "界址点号", "拐点号", "pointno", "point"];
const RING_NO = ["圈号", "环号", "ring"];
const WKT = ["wkt", "geometry", "geom", "几何"];
const GROUP = ["地块编号", "地块名称", "图斑编号", "parcel", "parcelid"];

/**
 * Finds the coordinate columns: 经度/纬度/lon/lat (degrees, decimal or DMS),
 * X坐标/Y坐标 (Gauss-Krüger, X = northing first), or bare x/y (degrees when the
 * values are, otherwise x is northing only when its size says so), plus 点号,
 * 圈号 and 地块编号/地块名称 for corner lists; or a WKT column (as the CSV and
 * XLSX writers put non-point geometry). Null when there are none.
 */
export function detectColumns(table: CellTable): ColumnRoles | null {
  const { header } = table;
  const extras = {
    pointNo: opt(find(header, POINT_NO)),
    ringNo: opt(find(header, RING_NO)),
    group: opt(find(header, GROUP)),
  };
  const wkt = find(header, WKT);
  if (wkt >= 0) return { kind: "wkt", x: wkt, y: wkt };
  const lon = find(header, LON);
  const lat = find(header, LAT);
  if (lon >= 0 && lat >= 0) return { kind: "lonlat", x: lon, y: lat, ...extras };
  const gkX = find(header, GK_X);
  const gkY = find(header, GK_Y);
  if (gkX >= 0 && gkY >= 0) return { kind: "gk", x: gkY, y: gkX, ...extras };
  const px = find(header, PLAIN_X);
  const py = find(header, PLAIN_Y);
  if (px < 0 || py < 0) return null;
  const sample = table.rows
    .map((r) => [toNumber(r[px]), toNumber(r[py])])
    .find(([a, b]) => a !== null && b !== null);
  const [sx, sy] = (sample ?? [0, 0]) as [number, number];
  if (Math.abs(sx) <= 180 && Math.abs(sy) <= 90) return { kind: "lonlat", x: px, y: py, ...extras };
  const northingFirst = sx >= 1e6 && sx < 1e7 && (sy < 1e6 || sy >= 1e7);
  return northingFirst ? { kind: "gk", x: py, y: px, ...extras } : { kind: "gk", x: px, y: py, ...extras };
}

function opt(i: number): number | undefined {
  return i >= 0 ? i : undefined;
}

/** Builds features from a table: one point per row, or one polygon per 地块 when corner columns are present. */
export function tableToFeatures(
  table: CellTable,
  roles: ColumnRoles | null,
  budget: ReadBudget,
  angleMode: AngleMode = "auto",
): { fields: string[]; features: SourceFeature[] } {
  if (!roles) {
    const features = table.rows.map((cells, i) => {
      budget.count(null);
      return { row: i + 1, properties: rowProperties(table.header, cells), geometry: null };
    });
    return { fields: table.header, features };
  }
  if (roles.kind === "wkt") return wktRows(table, roles.x, budget);
  const corners = roles.group !== undefined || roles.ringNo !== undefined || closesOnFirstPoint(table, roles);
  return corners ? polygons(table, roles, budget, angleMode) : points(table, roles, budget, angleMode);
}

function wktRows(table: CellTable, column: number, budget: ReadBudget) {
  const field = table.header[column] as string;
  const fields = table.header.filter((_, i) => i !== column);
  const features = table.rows.map((cells, i): SourceFeature => {
    const text = String(cells[column] ?? "").trim();
    const geometry = text === "" ? null : wktToGeometry(text);
    budget.count(geometry);
    const properties = rowProperties(table.header, cells);
    delete properties[field];
    const feature: SourceFeature = { row: i + 1, properties, geometry };
    if (!geometry) {
      const code = text === "" ? "missing_coordinate" : "unreadable_coordinate";
      const message = text === "" ? `Row ${i + 1}: ${field} is empty.` : `Row ${i + 1}: ${field} is not WKT.`;
      feature.problems = [{ field, code, message }];
    }
    return feature;
  });
  return { fields, features };
}

// A single parcel's corner table without 地块/圈号 columns: its first point
// number comes again at the end of the ring (J1 … J1).
function closesOnFirstPoint(table: CellTable, roles: ColumnRoles): boolean {
  if (roles.pointNo === undefined || table.rows.length < 4) return false;
  const first = String(table.rows[0]?.[roles.pointNo] ?? "").trim();
  const last = String(table.rows[table.rows.length - 1]?.[roles.pointNo] ?? "").trim();
  return first !== "" && first === last;
}

function points(table: CellTable, roles: ColumnRoles, budget: ReadBudget, mode: AngleMode) {
  const features = table.rows.map((cells, i): SourceFeature => {
    const problems: FeatureProblem[] = [];
    const p = position(table.header, cells, roles, mode, problems, i + 1);
    const geometry: Geometry | null = p ? { type: "Point", coordinates: p } : null;
    budget.count(geometry);
    const feature: SourceFeature = { row: i + 1, properties: rowProperties(table.header, cells), geometry };
    if (problems.length > 0) feature.problems = problems;
    return feature;
  });
  return { fields: table.header, features };
}

function polygons(table: CellTable, roles: ColumnRoles, budget: ReadBudget, mode: AngleMode) {
  const cornerColumns = new Set([roles.x, roles.y, roles.pointNo, roles.ringNo]);
  const keep = table.header.map((_, i) => i).filter((i) => !cornerColumns.has(i));
  const fields = keep.map((i) => table.header[i] as string);
  const groups = new Map<string, { first: number; rows: number[] }>();
  table.rows.forEach((cells, i) => {
    const key = roles.group === undefined ? "" : String(cells[roles.group] ?? "").trim();
    const group = groups.get(key) ?? { first: i, rows: [] };
    group.rows.push(i);
    groups.set(key, group);
  });
  const features = [...groups.values()].map(({ first, rows }): SourceFeature => {
    const problems: FeatureProblem[] = [];
    const rings = new Map<number, Position[]>();
    for (const i of rows) {
      const cells = table.rows[i] as unknown[];
      const p = position(table.header, cells, roles, mode, problems, i + 1);
      const ring = roles.ringNo === undefined ? 1 : (toNumber(cells[roles.ringNo]) ?? 1);
      if (p) appendTo(rings, ring, p);
    }
    const geometry = problems.length > 0 ? null : ringsToPolygon(rings, problems);
    budget.count(geometry);
    const cells = table.rows[first] as unknown[];
    const properties: SourceFeature["properties"] = {};
    for (const i of keep) properties[table.header[i] as string] = plainValue(cells[i]);
    const feature: SourceFeature = { row: first + 1, properties, geometry };
    if (problems.length > 0) feature.problems = problems;
    return feature;
  });
  return { fields, features };
}

/**
 * A polygon from rings keyed by 圈号, each closed: the first ring is an
 * outline, a later ring a hole of the outline it lies in, or else another
 * outline (a MultiPolygon). Null with a problem when a ring has under 3 corners.
 */
export function ringsToPolygon(rings: Map<number, Position[]>, problems: FeatureProblem[]): Geometry | null {
  const ordered = [...rings.entries()].sort(([a], [b]) => a - b).map(([, r]) => closeRing(r));
  const short = ordered.findIndex((r) => r.length < 4);
  if (ordered.length === 0 || short >= 0) {
    problems.push({ field: "圈号", code: "too_few_corners", message: "A ring has fewer than 3 corners." });
    return null;
  }
  const polygons: Position[][][] = [];
  for (const ring of ordered) {
    const host = polygons.find(([outer]) =>
      pointInPolygon(ring[0] as Position, { type: "Polygon", coordinates: [outer as Position[]] }),
    );
    if (host) host.push(ring);
    else polygons.push([ring]);
  }
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] as Position[][] }
    : { type: "MultiPolygon", coordinates: polygons };
}

/** Appends a corner to its ring in a map of rings by 圈号. */
export function appendTo(rings: Map<number, Position[]>, ring: number, p: Position): void {
  const list = rings.get(ring);
  if (list) list.push(p);
  else rings.set(ring, [p]);
}

function closeRing(ring: Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (!a || !b || (a[0] === b[0] && a[1] === b[1])) return ring;
  return [...ring, a];
}

function position(
  header: string[],
  cells: unknown[],
  roles: ColumnRoles,
  mode: AngleMode,
  problems: FeatureProblem[],
  row: number,
): Position | null {
  const read = roles.kind === "lonlat" ? (v: unknown) => angle(v, mode) : toNumber;
  const x = read(cells[roles.x]);
  const y = read(cells[roles.y]);
  for (const [value, column] of [
    [x, roles.x],
    [y, roles.y],
  ] as const) {
    if (value === null) {
      const field = header[column] as string;
      const text = String(cells[column] ?? "").trim();
      problems.push({
        field,
        code: text === "" ? "missing_coordinate" : "unreadable_coordinate",
        message:
          text === ""
            ? `Row ${row}: ${field} is empty.`
            : `Row ${row}: ${field} "${text}" is not a coordinate.`,
      });
    }
  }
  return x === null || y === null ? null : [x, y];
}

function angle(value: unknown, mode: AngleMode): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value == null) return null;
  const result = parseAngle(String(value), mode);
  return result.ok ? result.degrees : null;
}

/** A cell as a finite number ("4 012 345.12" and "4,012,345.12" accepted), or null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/[\s,]/g, "");
  if (text === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

function rowProperties(header: string[], cells: unknown[]): SourceFeature["properties"] {
  const out: SourceFeature["properties"] = {};
  header.forEach((name, i) => {
    out[name] = plainValue(cells[i] ?? null);
  });
  return out;
}
