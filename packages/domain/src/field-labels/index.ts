import type { Label } from "../enums.ts";
import { zoneFieldLabel } from "../zones/zone-fields.ts";
import {
  checkDamFieldLabel,
  corridorFieldLabel,
  countyFieldLabel,
  protectedAreaFieldLabel,
  riverFieldLabel,
  transportFieldLabel,
  villageFieldLabel,
} from "./context-field-labels.ts";
import { hazardFieldLabel, mineFieldLabel, subsidenceFieldLabel } from "./mining-field-labels.ts";

export * from "./context-field-labels.ts";
export * from "./mining-field-labels.ts";

/** Fields every layer has, and the county by name (a record's county_code shown as its name). */
export const commonFieldLabel = {
  data_source: { zh: "数据来源", en: "Data source" },
  updated_at: { zh: "更新时间", en: "Last updated" },
  county: { zh: "所在县（市、区）", en: "County" },
} as const satisfies Record<string, Label>;

/** Every layer's field labels, by OGC collection id (zones: zones/zone-fields.ts). */
export const FIELD_LABELS = {
  mines: mineFieldLabel,
  subsidence_areas: subsidenceFieldLabel,
  hazard_points: hazardFieldLabel,
  corridors: corridorFieldLabel,
  check_dams: checkDamFieldLabel,
  treatment_zones: zoneFieldLabel,
  counties: countyFieldLabel,
  rivers: riverFieldLabel,
  transport_lines: transportFieldLabel,
  villages: villageFieldLabel,
  protected_areas: protectedAreaFieldLabel,
} as const satisfies Record<string, Record<string, Label>>;
export type LabelledCollection = keyof typeof FIELD_LABELS;

/** The label of a field of a collection, the common ones included; undefined when none is registered. */
export function fieldLabel(collection: LabelledCollection, field: string): Label | undefined {
  return (
    (FIELD_LABELS[collection] as Record<string, Label>)[field] ??
    (commonFieldLabel as Record<string, Label>)[field]
  );
}

const TRAILING_NOTE = { zh: /（[^（）]*）$/, en: /\s\([^()]*\)$/ };

/** A label without its trailing unit or note in parentheses ("预算（万元）" → "预算"), for a value printed with its unit. */
export function shortLabel(label: Label): Label {
  return { zh: label.zh.replace(TRAILING_NOTE.zh, ""), en: label.en.replace(TRAILING_NOTE.en, "") };
}
