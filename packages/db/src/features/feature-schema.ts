import type { FeatureCollectionDef } from "./collections.ts";
import type { FeatureProperty, PropertyType } from "./feature-property.ts";

type JsonSchema = Record<string, unknown>;

const SCALAR: Record<PropertyType, JsonSchema> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  date: { type: "string", format: "date" },
  "date-time": { type: "string", format: "date-time" },
  "string[]": { type: "array", items: { type: "string" } },
  "integer[]": { type: "array", items: { type: "integer" } },
  object: { type: "object", additionalProperties: { type: "number" } },
};

function propertySchema(p: FeatureProperty): JsonSchema {
  const schema: JsonSchema = {
    title: p.title.zh,
    description: p.title.en,
    ...structuredClone(SCALAR[p.type]),
  };
  if (p.values) {
    if (p.type === "string[]") (schema.items as JsonSchema).enum = [...p.values];
    else schema.enum = [...p.values];
  }
  // One `type` per property, with OpenAPI 3.0's `nullable`: GDAL's OAPIF driver reads
  // the field type from `type` and falls back to string for `["integer", "null"]`.
  if (p.nullable) schema.nullable = true;
  return schema;
}

/**
 * JSON Schema of one collection's GeoJSON Features: the field list GDAL
 * (and other clients) read through the collection's `describedby` link,
 * so fields and types are known even when the first page is empty.
 */
export function featureSchema(c: FeatureCollectionDef, id: string): JsonSchema {
  const properties = Object.fromEntries(c.properties.map((p) => [p.name, propertySchema(p)]));
  return {
    // No $schema: `nullable` is OpenAPI 3.0's keyword (as in /openapi.json), not a JSON Schema draft's.
    $id: id,
    title: c.title.zh,
    description: `${c.title.en}. ${c.description.en} Properties marked nullable may be null.`,
    type: "object",
    required: ["type", "id", "geometry", "properties"],
    properties: {
      type: { type: "string", enum: ["Feature"] },
      id: { type: "integer", "x-ogc-role": "id" },
      geometry: {
        type: "object",
        nullable: true,
        "x-ogc-role": "primary-geometry",
        format: `geometry-${c.geometryType.toLowerCase()}`,
        required: ["type", "coordinates"],
        properties: { type: { type: "string", enum: [c.geometryType] }, coordinates: { type: "array" } },
      },
      properties: { type: "object", required: c.properties.map((p) => p.name), properties },
    },
  };
}
