import type { FieldMapping } from "@lianpian/domain";

/** The mapping read column-first: source column → the layer field it fills. */
export function fieldOfColumn(mapping: FieldMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) if (column) out[column] = field;
  return out;
}

/**
 * The mapping with a column sent to a field (or to none): a field takes one column and a column
 * fills one field, so whatever held either before lets go.
 */
export function assignColumn(mapping: FieldMapping, column: string, field: string | null): FieldMapping {
  const next: FieldMapping = {};
  for (const [f, c] of Object.entries(mapping)) next[f] = c === column ? null : c;
  if (field) next[field] = column;
  return next;
}

/** Whether two mappings send every field to the same column. */
export function sameMapping(a: FieldMapping, b: FieldMapping): boolean {
  return Object.keys({ ...a, ...b }).every((k) => (a[k] ?? null) === (b[k] ?? null));
}

/** Required fields no column fills. */
export function unmappedRequired(mapping: FieldMapping, required: readonly string[]): string[] {
  return required.filter((f) => !mapping[f]);
}
