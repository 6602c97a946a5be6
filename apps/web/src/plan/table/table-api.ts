import type { Label } from "@lianpian/domain";
import { COLLECTION_OF, type TileLayer } from "../../map/layer-catalog.ts";
import { apiJson } from "../../platform/api-client.ts";

/** A column of a layer's table: the registry's property, its zh/en title and type (from the feature schema). */
export interface TableColumn {
  name: string;
  title: Label;
  type: string;
  values: readonly string[] | null;
}

/** One row: the feature's id, its bbox (to zoom to) and its attributes. */
export interface TableRow {
  id: number;
  bbox: [number, number, number, number] | null;
  properties: Record<string, unknown>;
}

export interface TablePage {
  matched: number;
  rows: TableRow[];
}

interface SchemaProperty {
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  enum?: string[];
  items?: { type?: string; enum?: string[] };
}

/**
 * The layer's columns from its OGC feature schema: the titles are the
 * collection registry's (one list of labels for the API, GDAL and this table).
 */
export async function fetchColumns(layer: TileLayer, signal?: AbortSignal): Promise<TableColumn[]> {
  const schema = await apiJson<{
    properties?: { properties?: { properties?: Record<string, SchemaProperty> } };
  }>(`/collections/${COLLECTION_OF[layer]}/feature-schema`, { signal });
  return Object.entries(schema.properties?.properties?.properties ?? {}).map(([name, p]) => ({
    name,
    title: { zh: p.title ?? name, en: p.description ?? name },
    type:
      p.type === "array"
        ? `${p.items?.type ?? "string"}[]`
        : p.format === "date" || p.format === "date-time"
          ? p.format
          : (p.type ?? "string"),
    values: p.enum ?? p.items?.enum ?? null,
  }));
}

export async function fetchPage(url: string, signal?: AbortSignal): Promise<TablePage> {
  const page = await apiJson<{
    numberMatched: number;
    features: { id: number; bbox?: [number, number, number, number]; properties: Record<string, unknown> }[];
  }>(url, { signal, headers: { accept: "application/geo+json" } });
  return {
    matched: page.numberMatched,
    rows: page.features.map((f) => ({ id: f.id, bbox: f.bbox ?? null, properties: f.properties })),
  };
}
