import { kml } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import type { Geometry } from "geojson";
import { to2d } from "./geometry-2d.ts";
import type { ReadBudget } from "./limits.ts";
import { plainProperties } from "./properties.ts";
import { FormatError, type ReadLimits, type SourceFeature, type SourceLayer } from "./types.ts";
import { unzipEntries } from "./zip-entries.ts";

// Style keys togeojson adds beside the data; they are not attributes.
const STYLE_KEY =
  /^(style(Url|Hash|MapHash)|stroke(-opacity|-width)?|fill(-opacity)?|icon(-.*)?|label-.*|visibility)$/;

/** Reads KML text: every Placemark a feature, name/description/ExtendedData as properties, CRS 4326. */
export function readKml(bytes: Uint8Array, name: string, budget: ReadBudget): SourceLayer {
  const text = new TextDecoder("utf-8").decode(bytes);
  let errors = 0;
  let doc: ReturnType<DOMParser["parseFromString"]> | null = null;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") errors += 1;
      },
    }).parseFromString(text, "text/xml");
  } catch {
    errors += 1;
  }
  if (!doc || errors > 0 || !doc.documentElement || doc.getElementsByTagName("kml").length === 0) {
    throw new FormatError("corrupt_file", "The KML file is not well-formed KML.");
  }
  const collection = kml(doc as unknown as Parameters<typeof kml>[0]);
  const fields: string[] = [];
  const seen = new Set<string>();
  const features: SourceFeature[] = collection.features.map((feature, i) => {
    const geometry = to2d((feature.geometry as Geometry | null) ?? null);
    budget.count(geometry);
    const raw = Object.fromEntries(
      Object.entries(feature.properties ?? {}).filter(([k]) => !STYLE_KEY.test(k)),
    );
    const properties = plainProperties(raw);
    for (const key of Object.keys(properties)) {
      if (!seen.has(key)) {
        seen.add(key);
        fields.push(key);
      }
    }
    return { row: i + 1, properties, geometry };
  });
  return { name, fields, crs: { epsg: 4326 }, features };
}

/** Reads a KMZ: the zip's doc.kml (or its first .kml) as KML. */
export function readKmz(
  bytes: Uint8Array,
  name: string,
  budget: ReadBudget,
  limits: ReadLimits,
): SourceLayer {
  const entries = unzipEntries(bytes, limits).filter((e) => /\.kml$/i.test(e.path));
  const main = entries.find((e) => /(^|\/)doc\.kml$/i.test(e.path)) ?? entries[0];
  if (!main) throw new FormatError("missing_part", "The KMZ holds no .kml file.", { part: "kml" });
  return readKml(main.bytes, name, budget);
}
