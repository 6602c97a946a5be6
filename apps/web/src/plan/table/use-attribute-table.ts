import type { MultiPolygon, Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "../../i18n/locale.ts";
import type { TileLayer } from "../../map/layer-catalog.ts";
import { errorText } from "../../platform/api-client.ts";
import { fetchColumns, fetchPage, type TableColumn, type TablePage } from "./table-api.ts";
import { DEFAULT_COLUMN_COUNT, loadColumnChoice, saveColumnChoice } from "./table-cells.ts";
import { extentBbox, type TableFilter, type TableQuery, type TableScope, tableUrl } from "./table-request.ts";

export type ScopeKind = TableScope["kind"];

interface Inputs {
  map: MapLibreMap | null;
  locale: Locale;
  zoneId: number | null;
  outline: Polygon | MultiPolygon | null;
  /** The selection's ids on this table's layer. */
  selectedIds: readonly string[];
}

/** The table's state: layer, columns, filters, sort, scope and the page the server sent. */
export function useAttributeTable(
  initialLayer: TileLayer,
  { map, locale, zoneId, outline, selectedIds }: Inputs,
) {
  const [layer, setLayerState] = useState<TileLayer>(initialLayer);
  const [columns, setColumns] = useState<TableColumn[]>([]);
  const [shown, setShown] = useState<string[]>([]);
  const [filters, setFilters] = useState<TableFilter[]>([]);
  const [sort, setSort] = useState<TableQuery["sort"]>(null);
  const [scopeKind, setScopeKind] = useState<ScopeKind>("all");
  const [extent, setExtent] = useState<[number, number, number, number] | null>(null);
  const [onlySelected, setOnlySelected] = useState(false);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<TablePage | null>(null);
  // the failure itself, said in the language of the moment (a change of language fetches nothing again)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [loading, setLoading] = useState(false);

  const setLayer = (next: TileLayer) => {
    setLayerState(next);
    setFilters([]);
    setSort(null);
    setOffset(0);
  };

  useEffect(() => {
    const abort = new AbortController();
    setColumns([]);
    fetchColumns(layer, abort.signal).then(
      (cols) => {
        setColumns(cols);
        const chosen = loadColumnChoice(layer)?.filter((n) => cols.some((c) => c.name === n));
        setShown(chosen?.length ? chosen : cols.slice(0, DEFAULT_COLUMN_COUNT).map((c) => c.name));
      },
      (error: unknown) => !abort.signal.aborted && setFailure({ error }),
    );
    return () => abort.abort();
  }, [layer]);

  // The map's extent follows the map while that scope is on.
  useEffect(() => {
    if (!map || scopeKind !== "extent") return;
    const follow = () => {
      setExtent(extentBbox(map.getBounds()));
      setOffset(0);
    };
    follow();
    map.on("moveend", follow);
    return () => {
      map.off("moveend", follow);
    };
  }, [map, scopeKind]);

  const scope: TableScope | null = useMemo(() => {
    if (scopeKind === "extent") return extent ? { kind: "extent", bbox: extent } : null;
    if (scopeKind === "zone") return zoneId ? { kind: "zone", zoneId } : null;
    if (scopeKind === "outline") return outline ? { kind: "outline", outline } : null;
    return { kind: "all" };
  }, [scopeKind, extent, zoneId, outline]);

  const ids = onlySelected ? selectedIds : null;
  const url = scope ? tableUrl({ layer, filters, sort, scope, ids, offset }) : null;
  const nothingSelected = onlySelected && selectedIds.length === 0;

  useEffect(() => {
    if (!url || nothingSelected) {
      setPage({ matched: 0, rows: [] });
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    setFailure(null);
    fetchPage(url, abort.signal)
      .then(setPage, (error: unknown) => !abort.signal.aborted && setFailure({ error }))
      .finally(() => !abort.signal.aborted && setLoading(false));
    return () => abort.abort();
  }, [url, nothingSelected]);

  return {
    layer,
    setLayer,
    columns,
    shown,
    setShown: (names: string[]) => {
      setShown(names);
      saveColumnChoice(layer, names);
    },
    filters,
    setFilters: (next: TableFilter[]) => {
      setFilters(next);
      setOffset(0);
    },
    sort,
    setSort: (next: TableQuery["sort"]) => {
      setSort(next);
      setOffset(0);
    },
    scopeKind,
    setScopeKind: (next: ScopeKind) => {
      setScopeKind(next);
      setOffset(0);
    },
    scopeReady: scope !== null,
    onlySelected,
    setOnlySelected: (on: boolean) => {
      setOnlySelected(on);
      setOffset(0);
    },
    offset,
    setOffset,
    page,
    error: failure && errorText(failure.error, locale),
    loading,
  };
}
