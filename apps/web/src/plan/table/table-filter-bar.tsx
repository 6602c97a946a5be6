import { useState } from "react";
import type { Locale } from "../../i18n/locale.ts";
import type { TileLayer } from "../../map/layer-catalog.ts";
import type { TableColumn } from "./table-api.ts";
import { valueLabel } from "./table-cells.ts";
import type { TableFilter } from "./table-request.ts";
import { tableText } from "./table-text.ts";

interface FilterBarProps {
  layer: TileLayer;
  locale: Locale;
  columns: readonly TableColumn[];
  filters: readonly TableFilter[];
  onFilters(next: TableFilter[]): void;
}

/** Filter by any field: choose the field, type or pick the value; the active filters as removable chips. */
export function TableFilterBar({ layer, locale, columns, filters, onFilters }: FilterBarProps) {
  const t = (k: Parameters<typeof tableText>[0]) => tableText(k, locale);
  const filterable = columns.filter((c) => c.type !== "object");
  const [field, setField] = useState("");
  const [value, setValue] = useState("");
  const column = filterable.find((c) => c.name === field) ?? filterable[0];
  const title = (c: TableColumn) => c.title[locale];
  // a field of a vocabulary or a yes/no one is picked from its values; any other is typed
  const choices: [value: string, label: string][] | null = column?.values
    ? column.values.map((v) => [v, valueLabel(layer, column, v, locale)])
    : column?.type === "boolean"
      ? [
          ["true", locale === "zh" ? "是" : "Yes"],
          ["false", locale === "zh" ? "否" : "No"],
        ]
      : null;

  const add = () => {
    if (!column || value.trim() === "") return;
    onFilters([
      ...filters.filter((f) => f.field !== column.name),
      { field: column.name, value: value.trim() },
    ]);
    setValue("");
  };

  return (
    <div className="lp-table-filters">
      <select
        aria-label={t("filterField")}
        data-testid="table-filter-field"
        value={column?.name ?? ""}
        onChange={(e) => {
          setField(e.target.value);
          setValue("");
        }}
      >
        {filterable.map((c) => (
          <option key={c.name} value={c.name}>
            {title(c)}
          </option>
        ))}
      </select>
      {choices ? (
        <select
          aria-label={t("filterValue")}
          data-testid="table-filter-value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        >
          <option value="">{t("any")}</option>
          {choices.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          aria-label={t("filterValue")}
          data-testid="table-filter-value"
          value={value}
          title={t("filterHint")}
          placeholder={t("filterHint")}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
      )}
      <button type="button" data-testid="table-filter-add" onClick={add}>
        {t("addFilter")}
      </button>
      {filters.map((f) => {
        const c = columns.find((x) => x.name === f.field);
        const shownValue = c?.values ? valueLabel(layer, c, f.value, locale) : f.value;
        return (
          <span key={f.field} className="lp-table-chip" data-testid="table-filter-chip">
            {c ? title(c) : f.field} = {shownValue}
            <button
              type="button"
              aria-label={t("removeFilter")}
              onClick={() => onFilters(filters.filter((x) => x.field !== f.field))}
            >
              ×
            </button>
          </span>
        );
      })}
    </div>
  );
}
