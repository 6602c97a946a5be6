import type { FieldMapping } from "./auto-mapping.ts";
import { fieldIssue, type ImportIssue } from "./import-issues.ts";
import type { ImportField, ImportLayer } from "./import-layers.ts";
import { mapVocabularyValue, type ValueMaps } from "./value-maps.ts";

type Raw = string | number | boolean | null | undefined;
export type MappedValue = string | number | boolean | string[] | null;

const blank = (v: Raw) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const TRUE = new Set(["true", "1", "是", "有", "y", "yes"]);
const FALSE = new Set(["false", "0", "否", "无", "n", "no"]);

/** A date cell as YYYY-MM-DD: 2020-01-31, 2020/1/31, 2020年1月31日, 20200131 or an Excel day number. */
export function parseDateCell(v: string | number): string | null {
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 20_000 || v > 80_000) return null;
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function numberOf(v: string | number | boolean): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return null;
  const text = v.trim().replace(/,/g, "");
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : null;
}

function convert(
  row: number,
  field: ImportField,
  v: string | number | boolean,
  valueMap: Record<string, string>,
) {
  const fail = (code: ImportIssue["code"], extra?: { zh?: string; en?: string }) => ({
    issue: fieldIssue(row, field, code, v, extra),
  });
  if (field.type === "int" || field.type === "num") {
    const n = numberOf(v);
    if (n === null) return fail("not_a_number");
    if (field.type === "int" && !Number.isInteger(n)) return fail("not_an_integer");
    if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
      return fail("out_of_range");
    return { value: n };
  }
  if (field.type === "bool") {
    const key = String(v).trim().toLowerCase();
    if (TRUE.has(key)) return { value: true };
    if (FALSE.has(key)) return { value: false };
    return fail("bad_format");
  }
  if (field.type === "date") {
    const d = typeof v === "boolean" ? null : parseDateCell(v);
    return d === null ? fail("bad_date") : { value: d };
  }
  const text = typeof v === "number" && Number.isInteger(v) ? v.toFixed(0) : String(v).trim();
  if (field.type === "texts") {
    const parts = text
      .split(/[、,，;；/]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const values = parts.map((p) =>
      field.vocabulary ? mapVocabularyValue(p, field.vocabulary, valueMap) : p,
    );
    if (values.some((x) => x === null)) return fail("unknown_value");
    return { value: values as string[] };
  }
  if (field.vocabulary) {
    const mapped = mapVocabularyValue(text, field.vocabulary, valueMap);
    return mapped === null ? fail("unknown_value") : { value: mapped };
  }
  if (field.pattern && !field.pattern.test(text)) return fail("bad_format");
  if (
    (field.min !== undefined && text.length < field.min) ||
    (field.max !== undefined && text.length > field.max)
  )
    return fail("out_of_range");
  return { value: text };
}

/**
 * One file row through a layer's mapping: each mapped column's value
 * converted to the field's type and vocabulary, with an issue per field that
 * is missing, not a number, not a known value, … Pure; never throws.
 */
export function validateRow(
  layer: ImportLayer,
  row: number,
  properties: Record<string, Raw>,
  mapping: FieldMapping,
  valueMaps: ValueMaps = {},
): { mapped: Record<string, MappedValue>; errors: ImportIssue[] } {
  const mapped: Record<string, MappedValue> = {};
  const errors: ImportIssue[] = [];
  for (const field of layer.fields) {
    const column = mapping[field.name];
    const raw = column ? properties[column] : undefined;
    if (blank(raw)) {
      mapped[field.name] = null;
      if (field.required) errors.push(fieldIssue(row, field, "missing_required"));
      continue;
    }
    const out = convert(row, field, raw as string | number | boolean, valueMaps[field.name] ?? {});
    if ("issue" in out) errors.push(out.issue);
    mapped[field.name] = "value" in out ? (out.value as MappedValue) : null;
  }
  errors.push(...layerRules(layer, row, mapped));
  return { mapped, errors };
}

/** Rules across fields a layer's table enforces (a licensed mine has a licence number and a holder). */
function layerRules(layer: ImportLayer, row: number, m: Record<string, MappedValue>): ImportIssue[] {
  if (layer.name !== "mines" || m.status === null || m.status === "historic_abandoned") return [];
  const need = (name: string) => layer.fields.find((f) => f.name === name) as ImportField;
  const out: ImportIssue[] = [];
  const why = { zh: "持证矿山必填", en: "required for a licensed mine" };
  if (m.license_no === null)
    out.push(fieldIssue(row, need("license_no"), "missing_required", undefined, why));
  if (m.company_name === null && m.credit_code === null)
    out.push(fieldIssue(row, need("company_name"), "missing_required", undefined, why));
  return out;
}

/** Rows whose natural key occurs earlier in the same file, one issue each. */
export function duplicateKeys(
  layer: ImportLayer,
  rows: readonly { row: number; mapped: Record<string, MappedValue> }[],
) {
  const field = layer.fields.find((f) => f.name === layer.key) as ImportField;
  const first = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const r of rows) {
    const key = r.mapped[layer.key];
    if (key === null || key === undefined) continue;
    const k = String(key);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, r.row);
    else
      issues.push({
        ...fieldIssue(r.row, field, "duplicate_key", k, {
          zh: `与第 ${seen} 行相同`,
          en: `same as row ${seen}`,
        }),
        details: { value: k, first_row: seen },
      });
  }
  return issues;
}
