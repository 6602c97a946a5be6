import type { Label } from "../enums.ts";
import { zoneFieldLabel } from "../zones/zone-fields.ts";
import LABELS from "./field-labels.json" with { type: "json" };

/**
 * Field labels of the layers (field-labels.json, one table a kind of record),
 * the one source the OGC collections (property titles), the popup, the
 * attribute tables and the exports read. A unit or qualifier in parentheses is
 * part of the title; the popup, which prints values with their unit, shows the
 * label without it (`shortLabel`). The tables: a mine (采矿权 or historic pit),
 * a subsidence area (采空塌陷区), a geo-hazard point (地质灾害隐患点; its 明白卡
 * people monitor_* and responsible_* are private (public/private-fields.ts),
 * exported only with hazards.read_private), an ecological corridor, a county
 * (or the city), a river, a road or railway, a village, a protected area, a
 * check dam (淤地坝), a piece of infrastructure (export only: no tile layer or
 * collection); `commonFieldLabel`: fields every layer has, and the county by
 * name (a record's county_code shown as its name). Zones: zones/zone-fields.ts.
 */
export const {
  mine: mineFieldLabel,
  subsidence: subsidenceFieldLabel,
  hazard: hazardFieldLabel,
  corridor: corridorFieldLabel,
  county: countyFieldLabel,
  river: riverFieldLabel,
  transport: transportFieldLabel,
  village: villageFieldLabel,
  protectedArea: protectedAreaFieldLabel,
  checkDam: checkDamFieldLabel,
  infrastructure: infrastructureFieldLabel,
  common: commonFieldLabel,
} = LABELS satisfies Record<string, Record<string, Label>>;

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
