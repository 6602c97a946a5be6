import type { WriteInput } from "./types.ts";
import { geometryToWkt } from "./wkt-text.ts";

/**
 * A layer as a table for CSV and XLSX: the fields, then x and y when every
 * feature is a point (or has none), otherwise one WKT column.
 */
export function tabularRows(input: WriteInput): { header: string[]; rows: unknown[][] } {
  const allPoints = input.features.every((f) => !f.geometry || f.geometry.type === "Point");
  const names = input.fields.map((f) => f.name);
  const header = allPoints ? [...names, "x", "y"] : [...names, "WKT"];
  const rows = input.features.map((f) => {
    const values: unknown[] = names.map((n) => cell(f.properties[n]));
    if (!allPoints) return [...values, geometryToWkt(f.geometry)];
    const p = f.geometry?.type === "Point" ? f.geometry.coordinates : null;
    return [...values, p?.[0] ?? null, p?.[1] ?? null];
  });
  return { header, rows };
}

function cell(value: unknown): unknown {
  if (value == null) return null;
  if (typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
