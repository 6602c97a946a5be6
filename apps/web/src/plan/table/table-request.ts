import type { MultiPolygon, Polygon } from "geojson";
import { COLLECTION_OF, type TileLayer } from "../../map/layer-catalog.ts";

/** Rows a table page asks for. */
export const TABLE_PAGE_SIZE = 50;

export interface TableFilter {
  field: string;
  /** `value`, `*part*` (text), `min..max` (numbers, dates) or a list member, as the API reads it. */
  value: string;
}

/** Where the rows must lie: anywhere, in the map's extent, in the open zone, or in the drawn outline. */
export type TableScope =
  | { kind: "all" }
  | { kind: "extent"; bbox: [number, number, number, number] }
  | { kind: "zone"; zoneId: number }
  | { kind: "outline"; outline: Polygon | MultiPolygon };

export interface TableQuery {
  layer: TileLayer;
  filters: readonly TableFilter[];
  sort: { field: string; descending: boolean } | null;
  scope: TableScope;
  /** Only these ids (the selection), when set. */
  ids: readonly string[] | null;
  offset: number;
}

/** Coordinates to 7 decimals (1 cm): a drawn outline stays short in the URL. */
function rounded(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (x: number) => Math.round(x * 1e7) / 1e7;
  const ring = (ps: number[][]) => ps.map((p) => p.map(r));
  return g.type === "Polygon"
    ? { type: "Polygon", coordinates: g.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

/**
 * The OGC items URL of a table page: rows without geometry (each with its
 * bbox), the filters as property parameters, sortby, and the scope.
 *
 * @example tableUrl({ layer: "mines", filters: [{ field: "status", value: "producing" }], sort: { field: "area_km2", descending: true }, scope: { kind: "all" }, ids: null, offset: 0 })
 * // → "/collections/mines/items?limit=50&skipGeometry=true&status=producing&sortby=-area_km2"
 */
export function tableUrl(q: TableQuery): string {
  const params = new URLSearchParams();
  params.set("limit", String(TABLE_PAGE_SIZE));
  if (q.offset > 0) params.set("offset", String(q.offset));
  params.set("skipGeometry", "true");
  for (const f of q.filters) if (f.value.trim() !== "") params.set(f.field, f.value.trim());
  if (q.sort) params.set("sortby", `${q.sort.descending ? "-" : ""}${q.sort.field}`);
  if (q.scope.kind === "extent") params.set("bbox", q.scope.bbox.map((x) => x.toFixed(6)).join(","));
  if (q.scope.kind === "zone") params.set("zone", String(q.scope.zoneId));
  if (q.scope.kind === "outline") params.set("intersects", JSON.stringify(rounded(q.scope.outline)));
  // An empty selection is never asked for (the table shows no rows without a request).
  if (q.ids?.length) params.set("ids", q.ids.join(","));
  return `/collections/${COLLECTION_OF[q.layer]}/items?${params.toString().replaceAll("%2C", ",")}`;
}

/** The map's extent as a bbox the API takes (at most 10° each way; clamped to lon/lat ranges). */
export function extentBbox(bounds: {
  getWest(): number;
  getSouth(): number;
  getEast(): number;
  getNorth(): number;
}) {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return [
    clamp(bounds.getWest(), -180, 180),
    clamp(bounds.getSouth(), -90, 90),
    clamp(bounds.getEast(), -180, 180),
    clamp(bounds.getNorth(), -90, 90),
  ] as [number, number, number, number];
}
