import iconv from "iconv-lite";
import Papa from "papaparse";
import { tabularRows } from "./tabular-rows.ts";
import type { WriteInput, WrittenFile } from "./types.ts";

/** CSV by papaparse: UTF-8 with a BOM (Excel opens it right) or GBK; points as x/y, other geometry as WKT. */
export function writeCsv(input: WriteInput): WrittenFile {
  const { header, rows } = tabularRows(input);
  const text = Papa.unparse({
    fields: header,
    data: rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
  });
  const bytes =
    input.encoding === "gbk"
      ? new Uint8Array(iconv.encode(text, "gbk"))
      : new TextEncoder().encode(`\uFEFF${text}`);
  const charset = input.encoding === "gbk" ? "gbk" : "utf-8";
  return { bytes, contentType: `text/csv; charset=${charset}`, fileName: `${input.name}.csv` };
}
