import type { Label } from "@lianpian/domain";
import { LAYER_GROUPS, TILE_LAYERS, type TileLayer } from "../../map/layer-catalog.ts";

/** The layers a file can be imported into (and exported from): the map's data layers, named as the map names them. */
export const IMPORT_LAYERS: readonly { id: TileLayer | "infrastructure"; title: Label }[] = [
  ...TILE_LAYERS.map((id) => ({
    id,
    title: LAYER_GROUPS.find((g) => g.id === id)?.title ?? { zh: id, en: id },
  })),
  { id: "infrastructure", title: { zh: "基础设施", en: "Infrastructure" } },
];

export const layerTitle = (id: string, locale: "zh" | "en") =>
  IMPORT_LAYERS.find((l) => l.id === id)?.title[locale] ?? id;

/** What the file picker takes: zipped shapefiles, GeoPackage, GeoJSON, KML/KMZ, CSV, XLSX, 国土 TXT. */
export const ACCEPTED_FILES = ".zip,.shp,.gpkg,.geojson,.json,.kml,.kmz,.csv,.xlsx,.txt";

/** Text encodings the user can force (what iconv-lite calls them). */
export const ENCODINGS = ["utf-8", "gb18030", "gbk", "big5"] as const;
