import type { ImportField } from "./import-layers.ts";

/** One problem of a staged import: its row (1-based, null for the whole file), field, code and text. */
export interface ImportIssue {
  row: number | null;
  field: string | null;
  code: ImportIssueCode;
  message: string;
  message_en: string;
  /** Extra facts: the value, the key's first row, the repair's effect. */
  details?: Record<string, unknown>;
}

export type ImportIssueCode =
  | "missing_required"
  | "unknown_value"
  | "not_a_number"
  | "not_an_integer"
  | "out_of_range"
  | "bad_format"
  | "bad_date"
  | "duplicate_key"
  | "geometry_missing"
  | "geometry_type"
  | "geometry_invalid"
  | "county_unknown"
  | "zone_locked"
  | "unreadable_value"
  | "crs_refused"
  | "crs_unknown"
  | "swapped_xy"
  | "swapped_lat_lon"
  | "zone_mismatch"
  | "outside_shanxi"
  | "crs_converted";

const label = (f: ImportField) => ({ zh: `${f.zh}（${f.name}）`, en: `${f.en} (${f.name})` });
const shown = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** An issue about one field of one row, its text built from the field's labels. */
export function fieldIssue(
  row: number,
  field: ImportField,
  code: ImportIssueCode,
  value?: unknown,
  extra: { zh?: string; en?: string } = {},
): ImportIssue {
  const l = label(field);
  const v = value === undefined ? "" : shown(value);
  const text: Partial<Record<ImportIssueCode, [string, string]>> = {
    missing_required: [`缺少必填字段 ${l.zh}`, `Required field ${l.en} is missing`],
    unknown_value: [`${l.zh} 的值“${v}”不在代码表中`, `${l.en}: "${v}" is not a known value`],
    not_a_number: [`${l.zh} 的值“${v}”不是数字`, `${l.en}: "${v}" is not a number`],
    not_an_integer: [`${l.zh} 的值“${v}”不是整数`, `${l.en}: "${v}" is not a whole number`],
    out_of_range: [`${l.zh} 的值 ${v} 超出范围`, `${l.en}: ${v} is out of range`],
    bad_format: [`${l.zh} 的值“${v}”格式不对`, `${l.en}: "${v}" is not in the expected form`],
    bad_date: [`${l.zh} 的值“${v}”不是日期`, `${l.en}: "${v}" is not a date`],
    duplicate_key: [`${l.zh}“${v}”在文件中重复`, `${l.en} "${v}" occurs more than once in the file`],
  };
  const [zh, en] = text[code] ?? [`${l.zh}：${code}`, `${l.en}: ${code}`];
  return {
    row,
    field: field.name,
    code,
    message: extra.zh ? `${zh}（${extra.zh}）` : zh,
    message_en: extra.en ? `${en} (${extra.en})` : en,
    ...(value === undefined ? {} : { details: { value } }),
  };
}

/** An issue of a row's geometry. */
export function geometryIssue(
  row: number,
  code: "geometry_missing" | "geometry_type" | "geometry_invalid" | "county_unknown",
  detail: { zh: string; en: string } = { zh: "", en: "" },
  details?: Record<string, unknown>,
): ImportIssue {
  const base: Record<typeof code, [string, string]> = {
    geometry_missing: ["该行没有几何图形", "The row has no geometry"],
    geometry_type: ["几何类型与图层不符", "The geometry type does not fit the layer"],
    geometry_invalid: [
      "几何图形无效，可用 ST_MakeValid 修复",
      "The geometry is not valid; it can be repaired (ST_MakeValid)",
    ],
    county_unknown: [
      "图形不在任何县区内，无法确定行政区划代码",
      "The geometry lies in no county, so its county code is unknown",
    ],
  };
  const [zh, en] = base[code];
  return {
    row,
    field: code === "county_unknown" ? "county_code" : "geometry",
    code,
    message: detail.zh ? `${zh}：${detail.zh}` : zh,
    message_en: detail.en ? `${en}: ${detail.en}` : en,
    ...(details ? { details } : {}),
  };
}
