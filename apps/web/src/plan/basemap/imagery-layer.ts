import type { Map as MapLibreMap } from "maplibre-gl";

/** An uploaded base map as GET /api/basemaps lists it. */
export interface UploadedBasemap {
  id: number;
  name: string;
  tile_type: string;
  min_zoom: number;
  max_zoom: number;
  bounds: number[] | null;
  attribution: string;
  tiles: string;
}

const SOURCE = "plan-imagery";
const IMAGERY_LAYER = "plan-imagery";

/**
 * Puts an uploaded imagery base map under every other layer (or takes it off
 * with null). The style is rebuilt on a language change, so the caller
 * re-applies it on `styledata`.
 */
export function showImagery(map: MapLibreMap, basemap: UploadedBasemap | null): void {
  const current = map.getSource(SOURCE) as { tiles?: string[] } | undefined;
  // not new URL(): it would percent-encode the {z}/{x}/{y} placeholders
  const wanted = basemap ? `${window.location.origin}${basemap.tiles}` : null;
  if (current && (!wanted || current.tiles?.[0] !== wanted)) {
    if (map.getLayer(IMAGERY_LAYER)) map.removeLayer(IMAGERY_LAYER);
    map.removeSource(SOURCE);
  }
  if (!basemap || !wanted || map.getSource(SOURCE)) return;
  const b = basemap.bounds;
  map.addSource(SOURCE, {
    type: "raster",
    tiles: [wanted],
    tileSize: 256,
    minzoom: basemap.min_zoom,
    maxzoom: basemap.max_zoom,
    attribution: basemap.attribution || basemap.name,
    ...(b?.length === 4 ? { bounds: [b[0], b[1], b[2], b[3]] as [number, number, number, number] } : {}),
  });
  const below = map.getStyle().layers.find((l) => l.type !== "background")?.id;
  map.addLayer({ id: IMAGERY_LAYER, type: "raster", source: SOURCE }, below);
}
