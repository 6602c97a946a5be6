import { toKML } from "@placemarkio/tokml";
import type { Feature } from "geojson";
import { FormatError, type WriteInput, type WrittenFile } from "./types.ts";

/** KML by tokml: always EPSG:4326 (another CRS is refused), attributes as ExtendedData. */
export function writeKml(input: WriteInput): WrittenFile {
  if (input.crs.epsg !== 4326) {
    throw new FormatError("unsupported_format", `KML is always in EPSG:4326, not EPSG:${input.crs.epsg}.`, {
      epsg: input.crs.epsg,
    });
  }
  const features: Feature[] = input.features.map((f) => ({
    type: "Feature",
    geometry: f.geometry as Feature["geometry"],
    properties: Object.fromEntries(
      input.fields.map((field) => [field.name, kmlValue(f.properties[field.name])]),
    ),
  }));
  const text = toKML({ type: "FeatureCollection", features });
  return {
    bytes: new TextEncoder().encode(text),
    contentType: "application/vnd.google-earth.kml+xml",
    fileName: `${input.name}.kml`,
  };
}

function kmlValue(value: unknown): string | number | boolean | null {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
