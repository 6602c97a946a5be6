import type { Map as MapLibreMap } from "maplibre-gl";
import type { BasemapOption } from "./basemap-catalog.ts";

/** An uploaded base map as GET /api/basemaps lists it. */
export interface UploadedBasemap {
  id: number;
  name: string;
  format?: string;
  tile_type: string;
  min_zoom: number;
  max_zoom: number;
  bounds: number[] | null;
  attribution: string;
  tiles: string;
}

type Serializable = { serialize(): { tiles?: string[] } };
const PREFIX = "plan-imagery";
/** The source and layer id of the option's i-th raster layer: the imagery, then its annotation. */
const layerId = (i: number) => (i === 0 ? PREFIX : `${PREFIX}-${i}`);

function absolute(url: string): string {
  // not new URL(): it would percent-encode the {z}/{x}/{y} placeholders
  return url.startsWith("/") ? `${window.location.origin}${url}` : url;
}

/**
 * Puts a base map's raster layers under every other layer (or takes them off
 * with null). The style is rebuilt on a language change, so the caller
 * re-applies it on `styledata`; an unchanged choice is left as it is.
 */
export function showBasemap(map: MapLibreMap, option: BasemapOption | null): void {
  const wanted = option && !option.unavailable ? option.layers.map((l) => absolute(l.tiles[0] ?? "")) : [];
  const present: string[] = [];
  // serialize(): a raster source's `tiles` is only set once its TileJSON has loaded
  for (let i = 0; map.getSource(layerId(i)); i++)
    present.push((map.getSource(layerId(i)) as unknown as Serializable).serialize().tiles?.[0] ?? "");
  if (present.length === wanted.length && present.every((t, i) => t === wanted[i])) return;
  present.forEach((_, i) => {
    if (map.getLayer(layerId(i))) map.removeLayer(layerId(i));
    map.removeSource(layerId(i));
  });
  if (!option || wanted.length === 0) return;
  const below = map.getStyle().layers.find((l) => l.type !== "background")?.id;
  option.layers.forEach((layer, i) => {
    map.addSource(layerId(i), {
      type: "raster",
      tiles: layer.tiles.map(absolute),
      tileSize: 256,
      minzoom: layer.minzoom,
      maxzoom: layer.maxzoom,
      attribution: layer.attribution,
      ...(layer.bounds ? { bounds: layer.bounds } : {}),
    });
    map.addLayer({ id: layerId(i), type: "raster", source: layerId(i) }, below);
  });
}
