import type { TableRow } from "./bench-types.ts";

/** Rows as a plain text table: a header from the first row's keys, numbers right-aligned. */
export function formatTable(rows: readonly TableRow[]): string {
  const first = rows[0];
  if (!first) return "";
  const columns = Object.keys(first);
  const cell = (value: string | number | undefined) =>
    typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : (value ?? "");
  const body = rows.map((row) => columns.map((c) => cell(row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? "").length)));
  const numeric = columns.map((c) => rows.every((row) => typeof row[c] === "number"));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
