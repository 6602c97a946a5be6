import type { Locale } from "../../i18n/locale.ts";
import type { TileLayer } from "../../map/layer-catalog.ts";
import type { TableColumn, TableRow } from "./table-api.ts";
import { cellText } from "./table-cells.ts";
import type { TableQuery } from "./table-request.ts";
import { tableText } from "./table-text.ts";

interface GridProps {
  layer: TileLayer;
  locale: Locale;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  selected: ReadonlySet<string>;
  sort: TableQuery["sort"];
  onSort(next: TableQuery["sort"]): void;
  /** A row's checkbox: add or remove it from the selection. */
  onToggle(row: TableRow): void;
  /** A row clicked: zoom to it and select it (with Shift/Ctrl: add it). */
  onRow(row: TableRow, additive: boolean): void;
  onTogglePage(select: boolean): void;
}

/** The rows of a page; a header click sorts (ascending, descending, off). */
export function TableGrid(props: GridProps) {
  const { layer, locale, columns, rows, selected, sort } = props;
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(String(r.id)));
  const nextSort = (field: string): TableQuery["sort"] => {
    if (sort?.field !== field) return { field, descending: false };
    return sort.descending ? null : { field, descending: true };
  };
  return (
    <div className="lp-table-scroll">
      <table className="lp-table-grid" data-testid="table-grid">
        <thead>
          <tr>
            <th className="lp-table-check">
              <input
                type="checkbox"
                aria-label={tableText("selectPage", locale)}
                checked={allChecked}
                onChange={(e) => props.onTogglePage(e.target.checked)}
              />
            </th>
            {columns.map((c) => (
              <th
                key={c.name}
                scope="col"
                title={`${c.title.zh} / ${c.title.en}`}
                aria-sort={sort?.field === c.name ? (sort.descending ? "descending" : "ascending") : "none"}
              >
                <button
                  type="button"
                  disabled={c.type === "object"}
                  onClick={() => props.onSort(nextSort(c.name))}
                >
                  {c.title[locale]}
                  {sort?.field === c.name ? (sort.descending ? " ▼" : " ▲") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isSelected = selected.has(String(row.id));
            return (
              <tr
                key={row.id}
                data-id={row.id}
                aria-selected={isSelected}
                className={isSelected ? "lp-table-selected" : undefined}
                onClick={(e) => props.onRow(row, e.shiftKey || e.ctrlKey || e.metaKey)}
              >
                <td className="lp-table-check">
                  <input
                    type="checkbox"
                    aria-label={`#${row.id}`}
                    checked={isSelected}
                    onClick={(e) => e.stopPropagation()}
                    onChange={() => props.onToggle(row)}
                  />
                </td>
                {columns.map((c) => (
                  <td key={c.name}>{cellText(layer, c, row.properties[c.name], locale)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
