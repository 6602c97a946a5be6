import type { ImportField, ImportLayer } from "./import-layers.ts";

/** Layer field → source column (null: not imported). */
export type FieldMapping = Record<string, string | null>;

/** A column name compared loosely: case, spaces, underscores and a unit in brackets ignored. */
export const normalizeColumn = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]/g, "")
    .replace(/[\s_\-:：]/g, "");

const namesOf = (field: ImportField) => [field.name, field.zh, ...(field.aliases ?? [])].map(normalizeColumn);

/**
 * Matches a file's columns to a layer's fields by the usual names (矿山名称,
 * 统一编号, 威胁人数, …): an exact match first, then a column name that a
 * usual name begins with (a shapefile's 10-byte DBF names cut 采矿许可证号 to
 * 采矿许可证). Each column is used once. Pure.
 * @example autoMapping(importLayer("hazards")!, ["统一编号", "名称"]) // { unified_code: "统一编号", name_zh: "名称", … }
 */
export function autoMapping(layer: ImportLayer, sourceFields: readonly string[]): FieldMapping {
  const mapping: FieldMapping = Object.fromEntries(layer.fields.map((f) => [f.name, null]));
  const used = new Set<string>();
  const take = (field: ImportField, column: string) => {
    mapping[field.name] = column;
    used.add(column);
  };
  for (const field of layer.fields) {
    const names = namesOf(field);
    const exact = sourceFields.find((c) => !used.has(c) && names.includes(normalizeColumn(c)));
    if (exact !== undefined) take(field, exact);
  }
  for (const field of layer.fields) {
    if (mapping[field.name] !== null) continue;
    const names = namesOf(field);
    const cut = sourceFields.filter((c) => {
      const n = normalizeColumn(c);
      return !used.has(c) && n.length >= 2 && names.some((name) => name.startsWith(n));
    });
    if (cut.length === 1) take(field, cut[0] as string);
  }
  return mapping;
}

/**
 * A mapping as a client sent it, read either way round ({ field: column } as
 * the API answers, or { column: field } as a column list is edited), keeping
 * only the layer's fields and the file's columns.
 */
export function readMapping(layer: ImportLayer, sourceFields: readonly string[], raw: unknown): FieldMapping {
  const mapping: FieldMapping = Object.fromEntries(layer.fields.map((f) => [f.name, null]));
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return mapping;
  const entries = Object.entries(raw as Record<string, unknown>);
  const isField = (k: string) => layer.fields.some((f) => f.name === k);
  const fieldFirst =
    entries.every(([k]) => isField(k)) || !entries.some(([, v]) => typeof v === "string" && isField(v));
  for (const [k, v] of entries) {
    const [field, column] = fieldFirst ? [k, v] : [v, k];
    if (typeof field !== "string" || !isField(field)) continue;
    if (typeof column === "string" && sourceFields.includes(column)) mapping[field] = column;
  }
  return mapping;
}
