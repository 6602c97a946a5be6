import {
  autoMapping,
  duplicateKeys,
  type FieldMapping,
  geometryIssue,
  type ImportIssue,
  type ImportLayer,
  type MappedValue,
  readMapping,
  type ValueMaps,
  validateRow,
} from "@lianpian/domain";
import type { Geometry } from "geojson";
import type { StageRow } from "./types.ts";

const FITS: Record<ImportLayer["geometryKind"], readonly string[]> = {
  point: ["Point", "MultiPoint"],
  line: ["LineString", "MultiLineString"],
  polygon: ["Polygon", "MultiPolygon"],
  any: ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"],
};

/** A one-point MultiPoint is taken as its point; a point layer takes nothing else. */
function fitted(layer: ImportLayer, g: Geometry): Geometry | null {
  if (!FITS[layer.geometryKind].includes(g.type)) return null;
  if (layer.geometryKind === "point" && g.type === "MultiPoint") {
    return g.coordinates.length === 1 ? { type: "Point", coordinates: g.coordinates[0] as number[] } : null;
  }
  return g;
}

/** The mapping to use: the client's, else the layer's saved one (for the columns this file has), else automatic. */
export function chooseMapping(
  layer: ImportLayer,
  sourceFields: readonly string[],
  requested: unknown,
  saved: FieldMapping | null,
): FieldMapping {
  if (requested !== null && requested !== undefined) return readMapping(layer, sourceFields, requested);
  const auto = autoMapping(layer, sourceFields);
  if (!saved) return auto;
  const fromSaved = readMapping(layer, sourceFields, saved);
  return Object.fromEntries(layer.fields.map((f) => [f.name, fromSaved[f.name] ?? auto[f.name] ?? null]));
}

export interface CheckedRow {
  row: number;
  properties: StageRow["properties"];
  sourceGeometry: Geometry | null;
  geometry: Geometry | null;
  mapped: Record<string, MappedValue>;
  errors: ImportIssue[];
}

/**
 * Every row through the mapping and the layer's rules (pure part): values,
 * required fields, vocabulary, numbers, the geometry's presence and type, and
 * duplicates of the natural key within the file. Validity and county are
 * checked in SQL once the rows are staged.
 */
export function checkRows(
  layer: ImportLayer,
  rows: readonly StageRow[],
  mapping: FieldMapping,
  valueMaps: ValueMaps,
): CheckedRow[] {
  const checked = rows.map((r) => {
    const { mapped, errors } = validateRow(layer, r.row, r.properties, mapping, valueMaps);
    let geometry: Geometry | null = null;
    if (r.sourceGeometry === null) errors.push(geometryIssue(r.row, "geometry_missing"));
    else if (r.geometry !== null) {
      geometry = fitted(layer, r.geometry);
      if (geometry === null)
        errors.push(
          geometryIssue(r.row, "geometry_type", {
            zh: `${r.geometry.type}，该图层需要${kindZh[layer.geometryKind]}`,
            en: `${r.geometry.type}, the layer takes ${layer.geometryKind}s`,
          }),
        );
    }
    return { ...r, geometry, mapped, errors: [...r.errors, ...errors] };
  });
  for (const issue of duplicateKeys(layer, checked)) {
    checked.find((r) => r.row === issue.row)?.errors.push(issue);
  }
  return checked;
}

const kindZh: Record<ImportLayer["geometryKind"], string> = {
  point: "点",
  line: "线",
  polygon: "面",
  any: "几何",
};
