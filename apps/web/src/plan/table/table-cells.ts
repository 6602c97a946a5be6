import type { Locale } from "../../i18n/locale.ts";
import type { TileLayer } from "../../map/layer-catalog.ts";
import { POPUP_FIELDS } from "../../popup/popup-fields.ts";
import { renderField } from "../../popup/render-field.ts";
import type { TableColumn } from "./table-api.ts";

/**
 * A cell as the popup prints the same field (vocabulary labels, counties by
 * name, units), or the value as text for a field the popup does not show.
 */
export function cellText(layer: TileLayer, column: TableColumn, value: unknown, locale: Locale): string {
  const spec = POPUP_FIELDS[layer]?.find((f) => f.key === column.name);
  if (spec) return renderField(spec.format, value, locale) ?? "";
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(locale === "zh" ? "、" : ", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A vocabulary value's label, for the filter's choice list. */
export function valueLabel(layer: TileLayer, column: TableColumn, value: string, locale: Locale): string {
  const spec = POPUP_FIELDS[layer]?.find((f) => f.key === column.name);
  if (spec?.format.kind === "vocab_list")
    return renderField({ kind: "vocab", vocab: spec.format.vocab }, value, locale) ?? value;
  return spec ? (renderField(spec.format, value, locale) ?? value) : value;
}

/** The columns shown when the planner has chosen none: the first eight of the registry's list. */
export const DEFAULT_COLUMN_COUNT = 8;

const storageKey = (layer: TileLayer) => `lianpian.table.columns.${layer}`;

/** The planner's column choice for a layer, kept in this browser. */
export function loadColumnChoice(layer: TileLayer): string[] | null {
  try {
    const raw = window.localStorage.getItem(storageKey(layer));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((x) => typeof x === "string") ? parsed : null;
  } catch {
    return null;
  }
}

export function saveColumnChoice(layer: TileLayer, names: readonly string[]): void {
  try {
    window.localStorage.setItem(storageKey(layer), JSON.stringify(names));
  } catch {
    // private mode or full: the choice lasts this session only
  }
}
