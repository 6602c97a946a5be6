import type * as v from "../enums.ts";

/**
 * The fixed registry of the layers a file can be imported into: each layer's
 * table, natural key, geometry kind and target fields (type, required, the
 * vocabulary a value maps onto, the usual Chinese column names for automatic
 * matching). Every table and column name that reaches SQL comes from here.
 */

export type ImportFieldType = "text" | "int" | "num" | "bool" | "date" | "texts";
export type ImportGeometryKind = "point" | "line" | "polygon" | "any";

export interface ImportField {
  name: string;
  zh: string;
  en: string;
  type: ImportFieldType;
  required?: boolean;
  /** A closed vocabulary the value (or each value of a list) maps onto. */
  vocabulary?: v.Vocabulary<string>;
  /** Text must match, e.g. a licence number. */
  pattern?: RegExp;
  min?: number;
  max?: number;
  /** Usual column names besides `zh` and `name` (matched ignoring case, spaces and a unit in brackets). */
  aliases?: readonly string[];
  /** Not a column of the table: resolved at commit (a mine's holder). */
  virtual?: boolean;
}

export interface ImportLayer {
  name: ImportLayerName;
  title: { zh: string; en: string };
  table: string;
  geometryColumn: string;
  geometryKind: ImportGeometryKind;
  /** Natural key field: a row whose key exists is updated, else inserted. */
  key: string;
  /** Whether county_code is filled from the county the geometry lies in when the file has none. */
  countyFromGeometry: boolean;
  fields: readonly ImportField[];
}

export const IMPORT_LAYER_NAMES = [
  "mines",
  "subsidence",
  "hazards",
  "corridors",
  "zones",
  "counties",
  "villages",
  "rivers",
  "transport",
  "protected_areas",
  "infrastructure",
] as const;
export type ImportLayerName = (typeof IMPORT_LAYER_NAMES)[number];

/** Field builders and the fields many layers share. */
export const f = (
  name: string,
  zh: string,
  en: string,
  type: ImportFieldType,
  more: Partial<ImportField> = {},
): ImportField => ({ name, zh, en, type, ...more });

/** A required text field whose value maps onto a closed vocabulary (a status, a type, a grade). */
export const coded = (
  name: string,
  zh: string,
  en: string,
  vocabulary: v.Vocabulary<string>,
  aliases?: readonly string[],
): ImportField =>
  f(name, zh, en, "text", aliases ? { required: true, vocabulary, aliases } : { required: true, vocabulary });

export const COUNTY_LEVEL: v.Vocabulary<string> = {
  values: ["city", "county"],
  labels: { city: { zh: "市", en: "City" }, county: { zh: "县（区）", en: "County" } },
  has: (x: unknown): x is string => x === "city" || x === "county",
};

export const county = f("county_code", "行政区划代码", "County code", "text", {
  pattern: /^[0-9]{6}$/,
  aliases: ["县区代码", "区县代码", "行政区代码", "县代码"],
});
export const remarks = f("remarks", "备注", "Remarks", "text", { aliases: ["说明"] });
export const source = f("data_source", "数据来源", "Data source", "text", { aliases: ["来源"] });
export const nameZh = (zh: string, aliases: string[] = []) =>
  f("name_zh", zh, "Name", "text", { required: true, aliases: ["名称", "name", ...aliases] });
