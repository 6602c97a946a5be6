import type { MultiPolygon, Polygon } from "geojson";
import type { FeatureCollectionDef } from "./collections.ts";
import type { FeatureProperty } from "./feature-property.ts";

// The attribute table's narrowing of an items request: property filters,
// sort keys, ids, a zone or a drawn outline to intersect. Parsed here, in
// plain TypeScript; turned into SQL by items-filter-sql.ts.

/** At most this many sort keys, ids and vertices of an `intersects` outline. */
export const SORT_KEYS_MAX = 3;
export const FILTER_IDS_MAX = 1000;
export const INTERSECTS_POSITIONS_MAX = 5000;

/** One property condition: equality, a `*` pattern (text), a `min..max` range (numbers, dates) or membership (lists). */
export type PropertyCondition =
  | { property: FeatureProperty; kind: "equals"; value: string | number | boolean }
  | { property: FeatureProperty; kind: "like"; pattern: string }
  | { property: FeatureProperty; kind: "range"; min?: string | number; max?: string | number }
  | { property: FeatureProperty; kind: "contains"; value: string | number };

interface SortKey {
  property: FeatureProperty;
  descending: boolean;
}

/** What a table asks beyond bbox and paging; every part optional. */
export interface ItemsFilter {
  conditions: PropertyCondition[];
  sortby: SortKey[];
  ids: string[] | undefined;
  zoneId: number | undefined;
  intersects: Polygon | MultiPolygon | undefined;
  /** Draft zones too: only for readers with `zones.read` (the route decides). */
  includeDrafts: boolean;
  /** Rows without geometry, each with its `bbox` instead (a table's rows, not a map's). */
  skipGeometry: boolean;
}

export const NO_FILTER: ItemsFilter = {
  conditions: [],
  sortby: [],
  ids: undefined,
  zoneId: undefined,
  intersects: undefined,
  includeDrafts: false,
  skipGeometry: false,
};

/** The raw request: property values keyed by property name, and the table's own parameters. */
export interface RawItemsFilter {
  properties: Readonly<Record<string, string>>;
  sortby?: string | undefined;
  ids?: string | undefined;
  zone?: number | undefined;
  intersects?: string | undefined;
  skipGeometry?: boolean | undefined;
  includeDrafts: boolean;
}

export type ItemsFilterProblem =
  | "unknown_property"
  | "bad_filter"
  | "bad_sortby"
  | "bad_ids"
  | "bad_intersects";
export type ParsedItemsFilter =
  | { ok: true; filter: ItemsFilter }
  | { ok: false; reason: ItemsFilterProblem; parameter: string; message: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d{1,10}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SERIAL_ID = /^[1-9][0-9]{0,9}$/;
const COUNTY_CODE = /^[1-9][0-9]{5}$/;

type Fail = Extract<ParsedItemsFilter, { ok: false }>;
const fail = (reason: ItemsFilterProblem, parameter: string, message: string): Fail => ({
  ok: false,
  reason,
  parameter,
  message,
});

/**
 * The filter of an items request over that collection, or what is wrong.
 *
 * @example parseItemsFilter(mines, { properties: { mine_name: "*煤*", status: "producing" }, sortby: "-area_km2", includeDrafts: false })
 */
export function parseItemsFilter(collection: FeatureCollectionDef, raw: RawItemsFilter): ParsedItemsFilter {
  const byName = new Map(collection.properties.map((p) => [p.name, p]));
  const conditions: PropertyCondition[] = [];
  for (const [name, text] of Object.entries(raw.properties)) {
    const property = byName.get(name);
    if (!property) return fail("unknown_property", name, `${collection.id} has no property "${name}"`);
    const condition = parseCondition(property, text);
    if (typeof condition === "string") return fail("bad_filter", name, condition);
    conditions.push(condition);
  }
  const sortby: SortKey[] = [];
  for (const key of raw.sortby ? raw.sortby.split(",").map((s) => s.trim()) : []) {
    const descending = key.startsWith("-");
    const property = byName.get(key.replace(/^[+-]/, ""));
    if (!property || property.type === "object") {
      return fail("bad_sortby", "sortby", `cannot sort ${collection.id} by "${key}"`);
    }
    sortby.push({ property, descending });
  }
  if (sortby.length > SORT_KEYS_MAX) {
    return fail("bad_sortby", "sortby", `at most ${SORT_KEYS_MAX} sort keys`);
  }
  let ids: string[] | undefined;
  if (raw.ids !== undefined) {
    ids = raw.ids.split(",").map((s) => s.trim());
    const idPattern = collection.idKind === "code" ? COUNTY_CODE : SERIAL_ID;
    if (ids.length > FILTER_IDS_MAX || !ids.every((id) => idPattern.test(id))) {
      return fail("bad_ids", "ids", `ids must be up to ${FILTER_IDS_MAX} feature ids separated by commas`);
    }
  }
  const intersects = raw.intersects === undefined ? undefined : parseOutline(raw.intersects);
  if (typeof intersects === "string") return fail("bad_intersects", "intersects", intersects);
  return {
    ok: true,
    filter: {
      conditions,
      sortby,
      ids,
      zoneId: raw.zone,
      intersects,
      includeDrafts: raw.includeDrafts,
      skipGeometry: raw.skipGeometry ?? false,
    },
  };
}

/** A property's condition from its text, or why it cannot be one. */
function parseCondition(property: FeatureProperty, text: string): PropertyCondition | string {
  const value = text.trim();
  if (value === "") return `empty value for ${property.name}`;
  switch (property.type) {
    case "string":
      return value.includes("*")
        ? { property, kind: "like", pattern: likePattern(value) }
        : { property, kind: "equals", value };
    case "string[]":
      return { property, kind: "contains", value };
    case "integer[]":
      return INTEGER.test(value)
        ? { property, kind: "contains", value: Number(value) }
        : `${property.name} lists integers`;
    case "boolean":
      return value === "true" || value === "false"
        ? { property, kind: "equals", value: value === "true" }
        : `${property.name} is true or false`;
    case "integer":
    case "number":
      return numberCondition(property, value);
    case "date":
    case "date-time":
      return dateCondition(property, value);
    case "object":
      return `${property.name} cannot be filtered`;
  }
}

function numberCondition(property: FeatureProperty, value: string): PropertyCondition | string {
  const ok = (s: string) => DECIMAL.test(s);
  if (!value.includes("..")) {
    return ok(value)
      ? { property, kind: "equals", value: Number(value) }
      : `${property.name} must be a number or min..max`;
  }
  const [min = "", max = ""] = value.split("..");
  if ((min && !ok(min)) || (max && !ok(max)) || (!min && !max))
    return `${property.name}: a range is min..max`;
  return {
    property,
    kind: "range",
    ...(min ? { min: Number(min) } : {}),
    ...(max ? { max: Number(max) } : {}),
  };
}

function dateCondition(property: FeatureProperty, value: string): PropertyCondition | string {
  const ok = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(s));
  if (!value.includes("..")) {
    if (!ok(value)) return `${property.name} must be a date YYYY-MM-DD or a range from..to`;
    // A day of a timestamp is the range of that day.
    return property.type === "date"
      ? { property, kind: "equals", value }
      : { property, kind: "range", min: value, max: value };
  }
  const [min = "", max = ""] = value.split("..");
  if ((min && !ok(min)) || (max && !ok(max)) || (!min && !max))
    return `${property.name}: a range is from..to`;
  return { property, kind: "range", ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

/** `*` is any text; `%`, `_` and `\` are themselves (ILIKE escapes them). */
function likePattern(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`).replaceAll("*", "%");
}

/** A GeoJSON Polygon or MultiPolygon in CRS84, bounded in size; or why not. */
function parseOutline(text: string): Polygon | MultiPolygon | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "intersects must be a GeoJSON Polygon or MultiPolygon";
  }
  const g = value as { type?: unknown; coordinates?: unknown };
  const rings =
    g.type === "Polygon"
      ? (g.coordinates as unknown[])
      : g.type === "MultiPolygon"
        ? (g.coordinates as unknown[][]).flat()
        : null;
  if (!Array.isArray(g.coordinates) || !rings) return "intersects must be a GeoJSON Polygon or MultiPolygon";
  let positions = 0;
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return "each ring of intersects needs at least 4 positions";
    for (const p of ring) {
      positions++;
      const [x, y] = Array.isArray(p) ? p : [];
      if (typeof x !== "number" || typeof y !== "number" || Math.abs(x) > 180 || Math.abs(y) > 90) {
        return "intersects positions are [longitude, latitude] in CRS84";
      }
    }
  }
  if (positions > INTERSECTS_POSITIONS_MAX)
    return `intersects has more than ${INTERSECTS_POSITIONS_MAX} positions`;
  return g as Polygon | MultiPolygon;
}
