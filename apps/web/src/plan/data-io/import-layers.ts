import { IMPORT_LAYERS, type ImportField, importLayer } from "@lianpian/domain";

/** The layers a file can be imported into (and exported from), from the domain's registry. */
export { IMPORT_LAYERS };

export const layerTitle = (id: string, locale: "zh" | "en") => importLayer(id)?.title[locale] ?? id;

/** A layer field as a person reads it: 威胁人数（threatened_people）, a star when required. */
export function fieldLabel(layer: string, name: string, locale: "zh" | "en"): string {
  const field: ImportField | undefined = importLayer(layer)?.fields.find((f) => f.name === name);
  if (!field) return name;
  return `${field[locale]}${locale === "zh" ? `（${name}）` : ` (${name})`}${field.required ? " *" : ""}`;
}

/** What the file picker takes: zipped shapefiles, GeoPackage, GeoJSON, KML/KMZ, CSV, XLSX, 国土 TXT. */
export const ACCEPTED_FILES = ".zip,.shp,.gpkg,.geojson,.json,.kml,.kmz,.csv,.xlsx,.txt";

/** Text encodings the user can force (WHATWG labels, as the server names them). */
export const ENCODINGS = ["utf-8", "gb18030", "gbk", "big5"] as const;
