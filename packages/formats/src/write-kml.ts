import { toKML } from "@placemarkio/tokml";
import { DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";
import type { Feature } from "geojson";
import { FormatError, type TargetField, type WriteInput, type WrittenFile } from "./types.ts";

const KML_TYPES: Record<TargetField["type"], string> = {
  string: "string",
  integer: "int",
  number: "double",
  boolean: "bool",
  date: "string",
};

/**
 * KML by tokml, always in EPSG:4326 (another CRS is refused). tokml writes the
 * attributes as <Data>; they are moved into a <Schema> and <SimpleData>, which
 * GDAL's LIBKML driver reads with their Chinese field names (it mangles
 * non-ASCII <Data> names) and togeojson reads as properties.
 */
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
      input.fields.flatMap((field) => {
        const value = kmlValue(f.properties[field.name]);
        return value === null ? [] : [[field.name, value]];
      }),
    ),
  }));
  const doc = new DOMParser().parseFromString(toKML({ type: "FeatureCollection", features }), "text/xml");
  const kmlNs = "http://www.opengis.net/kml/2.2";
  const document = doc.getElementsByTagName("Document")[0] as Element;
  const schemaId = "attributes";
  const schema = doc.createElementNS(kmlNs, "Schema");
  schema.setAttribute("name", input.name);
  schema.setAttribute("id", schemaId);
  for (const field of input.fields) {
    const simple = doc.createElementNS(kmlNs, "SimpleField");
    simple.setAttribute("name", field.name);
    simple.setAttribute("type", KML_TYPES[field.type]);
    schema.appendChild(simple);
  }
  document.insertBefore(schema, document.firstChild);
  for (const extended of Array.from(doc.getElementsByTagName("ExtendedData"))) {
    const schemaData = doc.createElementNS(kmlNs, "SchemaData");
    schemaData.setAttribute("schemaUrl", `#${schemaId}`);
    for (const data of Array.from(extended.getElementsByTagName("Data"))) {
      const simple = doc.createElementNS(kmlNs, "SimpleData");
      simple.setAttribute("name", data.getAttribute("name") ?? "");
      simple.appendChild(doc.createTextNode(data.getElementsByTagName("value")[0]?.textContent ?? ""));
      schemaData.appendChild(simple);
      extended.removeChild(data);
    }
    extended.appendChild(schemaData);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
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
