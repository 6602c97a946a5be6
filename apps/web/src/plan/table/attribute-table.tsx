import type { MultiPolygon, Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Locale } from "../../i18n/locale.ts";
import { LAYER_GROUPS, TILE_LAYERS, type TileLayer } from "../../map/layer-catalog.ts";
import type { ExportTarget } from "../data-io/export-request.ts";
import { isSelectableLayer, nameOf, type SelectedRef } from "../selection/selection-state.ts";
import type { TableRow } from "./table-api.ts";
import { TableFilterBar } from "./table-filter-bar.tsx";
import { TableGrid } from "./table-grid.tsx";
import { TABLE_PAGE_SIZE } from "./table-request.ts";
import { tableText } from "./table-text.ts";
import { type ScopeKind, useAttributeTable } from "./use-attribute-table.ts";
import "./table.css";

interface AttributeTableProps {
  map: MapLibreMap | null;
  locale: Locale;
  initialLayer?: TileLayer;
  selection: readonly SelectedRef[];
  onSelection(next: SelectedRef[]): void;
  /** The open zone and the drawn outline, for the table's scope. */
  zoneId: number | null;
  outline: Polygon | MultiPolygon | null;
  onExport(target: ExportTarget, title: string): void;
  onClose(): void;
}

const layerTitle = (layer: TileLayer, locale: Locale) =>
  LAYER_GROUPS.find((g) => g.id === layer)?.title[locale] ?? layer;

/** The attribute table: a drawer under the map, rows paged from the server, tied to the map's selection. */
export function AttributeTable(props: AttributeTableProps) {
  const { map, locale, selection, onSelection } = props;
  const t = (k: Parameters<typeof tableText>[0]) => tableText(k, locale);
  const initial = props.initialLayer ?? "mines";
  const selectedOn = (layer: TileLayer) => selection.filter((s) => s.layer === layer).map((s) => s.id);
  const table = useAttributeTable(initial, {
    map,
    locale,
    zoneId: props.zoneId,
    outline: props.outline,
    selectedIds: selectedOn(initial),
  });
  const { layer, page } = table;
  const selectedIds = selectedOn(layer);
  const selected = new Set(selectedIds);
  const refOf = (row: TableRow): SelectedRef | null =>
    isSelectableLayer(layer) ? { layer, id: String(row.id), name: nameOf(row.properties, row.id) } : null;
  const without = (ids: ReadonlySet<string>) => selection.filter((s) => s.layer !== layer || !ids.has(s.id));

  const toggle = (row: TableRow) => {
    const ref = refOf(row);
    if (!ref) return;
    onSelection(selected.has(ref.id) ? without(new Set([ref.id])) : [...selection, ref]);
  };
  const onRow = (row: TableRow, additive: boolean) => {
    const ref = refOf(row);
    if (row.bbox && map) {
      const [w, s, e, n] = row.bbox;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: 60, maxZoom: 15, duration: 400 },
      );
    }
    if (!ref) return;
    if (!additive) onSelection([ref]);
    else if (!selected.has(ref.id)) onSelection([...selection, ref]);
  };
  const togglePage = (select: boolean) => {
    const rows = page?.rows ?? [];
    if (!select) return onSelection(without(new Set(rows.map((r) => String(r.id)))));
    const refs = rows.map(refOf).filter((r): r is SelectedRef => r !== null && !selected.has(r.id));
    onSelection([...selection, ...refs]);
  };
  const shownColumns = table.columns.filter((c) => table.shown.includes(c.name));
  const matched = page?.matched ?? 0;

  return (
    <section className="lp-table" data-testid="attribute-table" aria-label={t("title")}>
      <header className="lp-table-head">
        <strong>{t("title")}</strong>
        <select
          aria-label={t("layer")}
          data-testid="table-layer"
          value={layer}
          onChange={(e) => table.setLayer(e.target.value as TileLayer)}
        >
          {TILE_LAYERS.map((l) => (
            <option key={l} value={l}>
              {layerTitle(l, locale)}
            </option>
          ))}
        </select>
        <select
          aria-label={t("scope")}
          data-testid="table-scope"
          value={table.scopeKind}
          onChange={(e) => table.setScopeKind(e.target.value as ScopeKind)}
        >
          <option value="all">{t("scopeAll")}</option>
          <option value="extent">{t("scopeExtent")}</option>
          <option value="zone" disabled={!props.zoneId}>
            {t("scopeZone")}
          </option>
          <option value="outline" disabled={!props.outline}>
            {t("scopeOutline")}
          </option>
        </select>
        <label>
          <input
            type="checkbox"
            data-testid="table-only-selected"
            checked={table.onlySelected}
            onChange={(e) => table.setOnlySelected(e.target.checked)}
          />
          {t("onlySelected")}
        </label>
        <details className="lp-table-columns">
          <summary>{t("columns")}</summary>
          <div className="lp-table-columns-list">
            {table.columns.map((c) => (
              <label key={c.name}>
                <input
                  type="checkbox"
                  checked={table.shown.includes(c.name)}
                  onChange={(e) =>
                    table.setShown(
                      e.target.checked
                        ? table.columns
                            .filter((x) => x.name === c.name || table.shown.includes(x.name))
                            .map((x) => x.name)
                        : table.shown.filter((n) => n !== c.name),
                    )
                  }
                />
                {c.title[locale]}
              </label>
            ))}
          </div>
        </details>
        <span className="lp-table-spacer" />
        <button type="button" data-testid="table-close" onClick={props.onClose}>
          {t("close")}
        </button>
      </header>
      <TableFilterBar
        key={layer}
        layer={layer}
        locale={locale}
        columns={table.columns}
        filters={table.filters}
        onFilters={table.setFilters}
      />
      {table.error && (
        <p className="lp-plan-warn" role="alert">
          {table.error}
        </p>
      )}
      <TableGrid
        layer={layer}
        locale={locale}
        columns={shownColumns}
        rows={page?.rows ?? []}
        selected={selected}
        sort={table.sort}
        onSort={table.setSort}
        onToggle={toggle}
        onRow={onRow}
        onTogglePage={togglePage}
      />
      <footer className="lp-table-foot">
        <span data-testid="table-count">
          {table.loading
            ? t("loading")
            : matched === 0
              ? t("none")
              : `${table.offset + 1}–${table.offset + (page?.rows.length ?? 0)} / ${matched} ${t("rows")}`}
        </span>
        <button
          type="button"
          disabled={table.offset === 0}
          onClick={() => table.setOffset(Math.max(0, table.offset - TABLE_PAGE_SIZE))}
        >
          {t("previous")}
        </button>
        <button
          type="button"
          data-testid="table-next"
          disabled={table.offset + TABLE_PAGE_SIZE >= matched}
          onClick={() => table.setOffset(table.offset + TABLE_PAGE_SIZE)}
        >
          {t("next")}
        </button>
        <span className="lp-table-spacer" />
        {selectedIds.length > 0 && (
          <>
            <button
              type="button"
              data-testid="table-export"
              onClick={() =>
                props.onExport(
                  { kind: "layer", layer, ids: selectedIds },
                  `${layerTitle(layer, locale)} (${selectedIds.length})`,
                )
              }
            >
              {t("exportSelected")} ({selectedIds.length})
            </button>
            <button type="button" onClick={() => onSelection(without(selected))}>
              {t("clearSelection")}
            </button>
          </>
        )}
      </footer>
    </section>
  );
}
