import {
  alertLevel,
  checkDamCondition,
  checkDamFieldLabel,
  checkDamRisk,
  checkDamType,
  commonFieldLabel,
  corridorFieldLabel,
  corridorFunction,
  corridorStatus,
  corridorType,
  countyFieldLabel,
  damageType,
  dangerGrade,
  disposition,
  greenMineLevel,
  hazardFieldLabel,
  hazardMeasure,
  hazardStability,
  hazardTrigger,
  hazardType,
  implementationMode,
  inventoryStatus,
  type Label,
  mineFieldLabel,
  mineral,
  mineStatus,
  miningMethod,
  phase,
  protectedAreaFieldLabel,
  protectedKind,
  protectionLevel,
  restorationState,
  riverClass,
  riverFieldLabel,
  scaleClass,
  severity,
  shortLabel,
  subsidenceFieldLabel,
  subsidenceResponsibility,
  subsidenceStability,
  subsidenceStatus,
  suitability,
  transportFieldLabel,
  transportKind,
  treatmentMode,
  type Vocabulary,
  villageFieldLabel,
  zoneFieldLabel,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import type { TileLayer } from "../map/layer-catalog.ts";
import type { Unit } from "./format.ts";

export type FieldFormat =
  | { kind: "text" }
  | { kind: "vocab"; vocab: Vocabulary<string> }
  | { kind: "vocab_list"; vocab: Vocabulary<string> }
  | { kind: "number"; unit?: Unit }
  | { kind: "area_m2" }
  | { kind: "length_m" }
  | { kind: "county" }
  | { kind: "date" }
  | { kind: "bool" }
  | { kind: "list" };

export interface FieldSpec {
  key: string;
  label: Label;
  format: FieldFormat;
}

type Labels = Record<string, Label>;
const printsUnit = (format: FieldFormat) =>
  (format.kind === "number" && format.unit !== undefined) ||
  format.kind === "area_m2" ||
  format.kind === "length_m";
/**
 * A field's label from the registry (@lianpian/domain field-labels); when the
 * value is printed with its unit, without the unit in brackets ("预算（万元）" → "预算").
 */
const spec = (labels: Labels, key: string, format: FieldFormat): FieldSpec => {
  const label = labels[key] ?? { zh: key, en: key };
  return { key, label: printsUnit(format) ? shortLabel(label) : label, format };
};
const text = <L extends Labels>(labels: L, key: keyof L & string) => spec(labels, key, { kind: "text" });
const num = <L extends Labels>(labels: L, key: keyof L & string, unit?: Unit) =>
  spec(labels, key, unit ? { kind: "number", unit } : { kind: "number" });
const vocab = <L extends Labels, V extends string>(labels: L, key: keyof L & string, v: Vocabulary<V>) =>
  spec(labels, key, { kind: "vocab", vocab: v as unknown as Vocabulary<string> });
const vocabList = <L extends Labels, V extends string>(labels: L, key: keyof L & string, v: Vocabulary<V>) =>
  spec(labels, key, { kind: "vocab_list", vocab: v as unknown as Vocabulary<string> });
const of = <L extends Labels>(labels: L, key: keyof L & string, format: FieldFormat) =>
  spec(labels, key, format);
/** A record's county_code, shown as the county's name. */
const county: FieldSpec = { key: "county_code", label: commonFieldLabel.county, format: { kind: "county" } };

/** The fields a popup lists for each layer, in the order a register prints them. */
export const POPUP_FIELDS: Record<TileLayer, readonly FieldSpec[]> = {
  check_dams: [
    text(checkDamFieldLabel, "code"),
    vocab(checkDamFieldLabel, "dam_type", checkDamType),
    num(checkDamFieldLabel, "storage_wan_m3"),
    num(checkDamFieldLabel, "control_area_km2", "km2"),
    text(checkDamFieldLabel, "built_year"),
    vocab(checkDamFieldLabel, "condition", checkDamCondition),
    vocab(checkDamFieldLabel, "risk_level", checkDamRisk),
    text(checkDamFieldLabel, "responsible_unit"),
    county,
  ],
  hazards: [
    text(hazardFieldLabel, "unified_code"),
    vocab(hazardFieldLabel, "hazard_type", hazardType),
    vocab(hazardFieldLabel, "danger_grade", dangerGrade),
    vocab(hazardFieldLabel, "scale_grade", dangerGrade),
    num(hazardFieldLabel, "threatened_people", "people"),
    num(hazardFieldLabel, "threatened_households", "households"),
    num(hazardFieldLabel, "threatened_property_wan", "wan_yuan"),
    vocab(hazardFieldLabel, "stability", hazardStability),
    vocabList(hazardFieldLabel, "triggers", hazardTrigger),
    vocabList(hazardFieldLabel, "measures", hazardMeasure),
    vocab(hazardFieldLabel, "current_alert", alertLevel),
    vocab(hazardFieldLabel, "inventory_status", inventoryStatus),
    county,
    text(hazardFieldLabel, "township"),
    text(hazardFieldLabel, "village"),
    text(hazardFieldLabel, "threat_objects"),
    text(hazardFieldLabel, "mine_name"),
    text(hazardFieldLabel, "warning_signal"),
    text(hazardFieldLabel, "shelter_name"),
    text(hazardFieldLabel, "monitor_name"),
  ],
  mines: [
    text(mineFieldLabel, "license_no"),
    text(mineFieldLabel, "company_name"),
    county,
    vocab(mineFieldLabel, "mineral", mineral),
    vocab(mineFieldLabel, "mining_method", miningMethod),
    num(mineFieldLabel, "production_scale"),
    text(mineFieldLabel, "production_unit"),
    vocab(mineFieldLabel, "scale_class", scaleClass),
    num(mineFieldLabel, "area_km2", "km2"),
    of(mineFieldLabel, "valid_to", { kind: "date" }),
    num(mineFieldLabel, "remaining_service_years", "years"),
    vocab(mineFieldLabel, "status", mineStatus),
    vocab(mineFieldLabel, "disposition", disposition),
    vocab(mineFieldLabel, "green_mine_level", greenMineLevel),
    vocab(mineFieldLabel, "restoration_state", restorationState),
    vocab(mineFieldLabel, "suitability", suitability),
  ],
  subsidence: [
    text(subsidenceFieldLabel, "code"),
    county,
    of(subsidenceFieldLabel, "townships", { kind: "list" }),
    vocab(subsidenceFieldLabel, "status", subsidenceStatus),
    vocab(subsidenceFieldLabel, "severity", severity),
    vocab(subsidenceFieldLabel, "stability", subsidenceStability),
    vocab(subsidenceFieldLabel, "responsibility", subsidenceResponsibility),
    of(subsidenceFieldLabel, "ponding", { kind: "bool" }),
    num(subsidenceFieldLabel, "people_affected", "people"),
    num(subsidenceFieldLabel, "households_affected", "households"),
    num(subsidenceFieldLabel, "houses_damaged"),
    vocabList(subsidenceFieldLabel, "treatment_modes", treatmentMode),
    vocab(subsidenceFieldLabel, "reclamation_direction", suitability),
    num(subsidenceFieldLabel, "plan_year"),
    num(subsidenceFieldLabel, "treated_year"),
    num(subsidenceFieldLabel, "budget_wan", "wan_yuan"),
  ],
  corridors: [
    text(corridorFieldLabel, "code"),
    vocab(corridorFieldLabel, "corridor_type", corridorType),
    text(corridorFieldLabel, "anchor"),
    vocab(corridorFieldLabel, "status", corridorStatus),
    of(corridorFieldLabel, "length_m", { kind: "length_m" }),
    of(corridorFieldLabel, "area_m2", { kind: "area_m2" }),
    num(corridorFieldLabel, "width_left_m", "m"),
    num(corridorFieldLabel, "width_right_m", "m"),
    vocabList(corridorFieldLabel, "functions", corridorFunction),
    num(corridorFieldLabel, "vegetation_cover_baseline", "percent"),
    num(corridorFieldLabel, "vegetation_cover_current", "percent"),
  ],
  zones: [
    text(zoneFieldLabel, "code"),
    vocab(zoneFieldLabel, "zone_type", zoneType),
    vocab(zoneFieldLabel, "phase", phase),
    vocab(zoneFieldLabel, "status", zoneStatus),
    vocab(zoneFieldLabel, "implementation_mode", implementationMode),
    of(zoneFieldLabel, "area_m2", { kind: "area_m2" }),
    num(zoneFieldLabel, "budget_wan", "wan_yuan"),
    vocabList(zoneFieldLabel, "damage_types", damageType),
    of(zoneFieldLabel, "dist_hsr_m", { kind: "length_m" }),
    of(zoneFieldLabel, "dist_expressway_m", { kind: "length_m" }),
  ],
  counties: [
    text(countyFieldLabel, "code"),
    num(countyFieldLabel, "swc_rate_now", "percent"),
    num(countyFieldLabel, "swc_target_2025", "percent"),
    num(countyFieldLabel, "swc_target_2035", "percent"),
  ],
  rivers: [vocab(riverFieldLabel, "river_class", riverClass)],
  transport: [vocab(transportFieldLabel, "kind", transportKind), text(transportFieldLabel, "ref")],
  villages: [
    county,
    text(villageFieldLabel, "township"),
    num(villageFieldLabel, "population", "people"),
    num(villageFieldLabel, "households", "households"),
  ],
  protected_areas: [
    vocab(protectedAreaFieldLabel, "kind", protectedKind),
    vocab(protectedAreaFieldLabel, "protection_level", protectionLevel),
  ],
};

/** The record's display name: mines go by mine name, everything else by name_zh / name_en. */
export function recordTitle(
  layer: TileLayer,
  props: Readonly<Record<string, unknown>>,
  locale: "zh" | "en",
): string {
  const pick = (...keys: string[]) =>
    keys.map((k) => props[k]).find((v) => typeof v === "string" && v !== "");
  const name =
    layer === "mines" ? pick("mine_name") : locale === "en" ? pick("name_en", "name_zh") : pick("name_zh");
  return String(name ?? props.code ?? props.unified_code ?? props.id ?? "");
}
