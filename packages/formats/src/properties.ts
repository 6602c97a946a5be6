import type { SourceFeature } from "./types.ts";

/** Attribute values as a source row holds them: text, numbers, booleans or null (dates as ISO text, objects as JSON). */
export function plainProperties(properties: Record<string, unknown>): SourceFeature["properties"] {
  const out: SourceFeature["properties"] = {};
  for (const [key, value] of Object.entries(properties)) out[key] = plainValue(value);
  return out;
}

/** One attribute value made plain. */
export function plainValue(value: unknown): string | number | boolean | null {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return JSON.stringify(value);
}
