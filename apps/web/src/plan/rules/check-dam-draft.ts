import { type CheckDamBody, checkDamProblems, JINCHENG_BBOX, type RowProblem } from "@lianpian/domain";

/** The form's fields as typed (text inputs), before they become a CheckDamBody. */
export type CheckDamDraft = Record<
  | "code"
  | "name_zh"
  | "county_code"
  | "dam_type"
  | "storage_wan_m3"
  | "control_area_km2"
  | "built_year"
  | "condition"
  | "risk_level"
  | "responsible_unit"
  | "lng"
  | "lat",
  string
>;

export const EMPTY_DAM: CheckDamDraft = {
  code: "",
  name_zh: "",
  county_code: "140521",
  dam_type: "medium",
  storage_wan_m3: "",
  control_area_km2: "",
  built_year: "",
  condition: "good",
  risk_level: "low",
  responsible_unit: "",
  lng: "",
  lat: "",
};

const number = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** The body the API takes, from the typed fields (numbers parsed; an empty year is null). */
export function damBody(d: CheckDamDraft): CheckDamBody {
  return {
    code: d.code.trim(),
    name_zh: d.name_zh.trim(),
    county_code: d.county_code,
    dam_type: d.dam_type as CheckDamBody["dam_type"],
    storage_wan_m3: number(d.storage_wan_m3),
    control_area_km2: number(d.control_area_km2),
    built_year: d.built_year.trim() === "" ? null : number(d.built_year),
    condition: d.condition as CheckDamBody["condition"],
    risk_level: d.risk_level as CheckDamBody["risk_level"],
    responsible_unit: d.responsible_unit.trim(),
    lng: number(d.lng),
    lat: number(d.lat),
  };
}

/** The same check the API runs before it writes (the shared domain rule), by field. */
export function damProblems(d: CheckDamDraft): RowProblem[] {
  return checkDamProblems([damBody(d) as unknown as Record<string, unknown>], JINCHENG_BBOX);
}

/** A register row back into the form's fields, for an edit. */
export function draftOf(
  dam: Omit<CheckDamBody, "lng" | "lat"> & { position: [number, number] },
): CheckDamDraft {
  const s = (v: number | null) => (v === null ? "" : String(v));
  return {
    code: dam.code,
    name_zh: dam.name_zh,
    county_code: dam.county_code,
    dam_type: dam.dam_type,
    storage_wan_m3: s(dam.storage_wan_m3),
    control_area_km2: s(dam.control_area_km2),
    built_year: s(dam.built_year),
    condition: dam.condition,
    risk_level: dam.risk_level,
    responsible_unit: dam.responsible_unit,
    lng: dam.position[0].toFixed(6),
    lat: dam.position[1].toFixed(6),
  };
}
