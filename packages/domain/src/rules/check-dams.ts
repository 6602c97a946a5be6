import { type Static, Type } from "typebox";
import type { Label, Vocabulary } from "../enums.ts";

/*
 * The check-dam register (淤地坝, Jincheng soil-and-water-conservation plan):
 * vocabularies and the check of one row before it is written. An import
 * writes every row or none.
 */

export const CHECK_DAM_TYPES = { key: "骨干坝", medium: "中型坝", small: "小型坝" } as const;
export const CHECK_DAM_CONDITIONS = {
  good: "完好",
  fair: "基本完好",
  poor: "较差",
  damaged: "损毁",
} as const;
export const CHECK_DAM_RISKS = { low: "低", medium: "中", high: "高" } as const;

export interface CheckDamRow {
  code: string;
  name_zh: string;
  county_code: string;
  dam_type: keyof typeof CHECK_DAM_TYPES;
  storage_wan_m3: number;
  control_area_km2: number;
  built_year: number | null;
  condition: keyof typeof CHECK_DAM_CONDITIONS;
  risk_level: keyof typeof CHECK_DAM_RISKS;
  responsible_unit: string;
  lng: number;
  lat: number;
}

export interface RowProblem {
  row: number;
  field: string;
  zh: string;
  en: string;
}

const text = (v: unknown, min: number, max: number) =>
  typeof v === "string" && v.trim().length >= min && v.trim().length <= max;
const num = (v: unknown, min: number, max: number) =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v < max;

/**
 * Every problem of the rows (row numbers from 1), none when all may be
 * written: fields present and in range, codes unique, the position inside
 * the service area's bounding box [west, south, east, north].
 */
export function checkDamProblems(
  rows: readonly Record<string, unknown>[],
  bbox: readonly [number, number, number, number],
): RowProblem[] {
  const out: RowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const row = i + 1;
    const bad = (field: string, zh: string, en: string) => out.push({ row, field, zh, en });
    if (!text(r.code, 2, 40)) bad("code", "编号须为2–40个字符", "code must be 2–40 characters");
    else if (seen.has(r.code as string)) bad("code", `编号重复：${r.code}`, `code repeated: ${r.code}`);
    else seen.add(r.code as string);
    if (!text(r.name_zh, 2, 100)) bad("name_zh", "名称须为2–100个字符", "name must be 2–100 characters");
    if (typeof r.county_code !== "string" || !/^\d{6}$/.test(r.county_code))
      bad("county_code", "县代码须为6位数字", "county code must be 6 digits");
    if (!(typeof r.dam_type === "string" && r.dam_type in CHECK_DAM_TYPES))
      bad("dam_type", "坝型须为 key/medium/small", "dam type must be key, medium or small");
    if (!num(r.storage_wan_m3, 0, 100_000))
      bad("storage_wan_m3", "库容（万m³）超出范围", "storage (万m³) out of range");
    if (!num(r.control_area_km2, 0, 100_000))
      bad("control_area_km2", "控制面积（km²）超出范围", "control area (km²) out of range");
    if (
      r.built_year !== null &&
      r.built_year !== undefined &&
      !(Number.isInteger(r.built_year) && num(r.built_year, 1950, 2101))
    )
      bad("built_year", "建成年份须在1950–2100之间", "built year must be 1950–2100");
    if (!(typeof r.condition === "string" && r.condition in CHECK_DAM_CONDITIONS))
      bad(
        "condition",
        "工程状况须为 good/fair/poor/damaged",
        "condition must be good, fair, poor or damaged",
      );
    if (!(typeof r.risk_level === "string" && r.risk_level in CHECK_DAM_RISKS))
      bad("risk_level", "风险等级须为 low/medium/high", "risk level must be low, medium or high");
    if (!text(r.responsible_unit, 2, 100))
      bad("responsible_unit", "责任单位须为2–100个字符", "responsible unit must be 2–100 characters");
    const [w, s, e, n] = bbox;
    if (!(num(r.lng, w, e) && num(r.lat, s, n)))
      bad("position", "位置不在服务范围内", "position outside the service area");
  });
  return out;
}

/** Labels of the vocabularies in both languages, for the form, the legend and the charts. */
export const CHECK_DAM_LABELS_EN = {
  dam_type: { key: "Key dam", medium: "Medium dam", small: "Small dam" },
  condition: { good: "Good", fair: "Fair", poor: "Poor", damaged: "Damaged" },
  risk_level: { low: "Low", medium: "Medium", high: "High" },
} as const;

function damVocabulary<V extends string>(zh: Record<V, string>, en: Record<V, string>): Vocabulary<V> {
  const values = Object.keys(zh) as V[];
  const labels = Object.fromEntries(values.map((v) => [v, { zh: zh[v], en: en[v] }])) as Record<V, Label>;
  return { values, labels, has: (value: unknown): value is V => values.includes(value as V) };
}

/** The register's vocabularies as the app's Vocabulary (popups, exports). */
export const checkDamType = damVocabulary(CHECK_DAM_TYPES, CHECK_DAM_LABELS_EN.dam_type);
export const checkDamCondition = damVocabulary(CHECK_DAM_CONDITIONS, CHECK_DAM_LABELS_EN.condition);
export const checkDamRisk = damVocabulary(CHECK_DAM_RISKS, CHECK_DAM_LABELS_EN.risk_level);

/**
 * One check dam as the /plan form and POST/PUT /api/check-dams send it: the
 * API validates the body with this schema and then with checkDamProblems, the
 * form runs checkDamProblems before it sends. Position in EPSG:4326.
 */
export const CheckDamBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 40 }),
    name_zh: Type.String({ minLength: 2, maxLength: 100 }),
    county_code: Type.String({ pattern: "^\\d{6}$" }),
    dam_type: Type.Enum(checkDamType.values),
    storage_wan_m3: Type.Number({ minimum: 0, exclusiveMaximum: 100_000 }),
    control_area_km2: Type.Number({ minimum: 0, exclusiveMaximum: 100_000 }),
    built_year: Type.Union([Type.Integer({ minimum: 1950, maximum: 2100 }), Type.Null()]),
    condition: Type.Enum(checkDamCondition.values),
    risk_level: Type.Enum(checkDamRisk.values),
    responsible_unit: Type.String({ minLength: 2, maxLength: 100 }),
    lng: Type.Number(),
    lat: Type.Number(),
  },
  { additionalProperties: false },
);
export type CheckDamBody = Static<typeof CheckDamBody>;
