import type { WriteInput, WrittenFile } from "./types.ts";

/** GeoJSON: RFC 7946 in EPSG:4326; in another CRS a legacy `crs` member names the EPSG code, as GDAL writes it. */
export function writeGeoJson(input: WriteInput): WrittenFile {
  const collection: Record<string, unknown> = { type: "FeatureCollection", name: input.name };
  if (input.crs.epsg !== 4326) {
    collection.crs = { type: "name", properties: { name: `urn:ogc:def:crs:EPSG::${input.crs.epsg}` } };
  }
  collection.features = input.features.map((f) => ({
    type: "Feature",
    ...(f.id === undefined ? {} : { id: f.id }),
    properties: Object.fromEntries(
      input.fields.map((field) => [field.name, f.properties[field.name] ?? null]),
    ),
    geometry: f.geometry,
  }));
  return {
    bytes: new TextEncoder().encode(JSON.stringify(collection)),
    contentType: "application/geo+json",
    fileName: `${input.name}.geojson`,
  };
}
