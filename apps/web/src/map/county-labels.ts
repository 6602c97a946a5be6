import polylabel from "polylabel";

interface CountyFeature {
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

/** Label points of counties: one per county, so names are not repeated on every tile the county spans. */
export interface CountyLabels {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    geometry: { type: "Point"; coordinates: [number, number] };
    properties: { code: string; name_zh: string; name_en: string; level: string };
  }[];
}

export const NO_COUNTY_LABELS: CountyLabels = { type: "FeatureCollection", features: [] };

// Shoelace area of a ring in degrees²: only compared between parts of one county.
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

function largestPolygon(geometry: CountyFeature["geometry"]): number[][][] | null {
  if (geometry?.type === "Polygon") return geometry.coordinates as number[][][];
  if (geometry?.type !== "MultiPolygon") return null;
  const parts = geometry.coordinates as number[][][][];
  let best: number[][][] | null = null;
  for (const part of parts) if (!best || ringArea(part[0] ?? []) > ringArea(best[0] ?? [])) best = part;
  return best;
}

/**
 * One label point per county, at the pole of inaccessibility of its largest
 * part (the point farthest from the border), where a printed map puts it.
 */
export function countyLabelPoints(features: readonly CountyFeature[]): CountyLabels {
  const out: CountyLabels["features"] = [];
  for (const feature of features) {
    const polygon = largestPolygon(feature.geometry);
    if (!polygon?.[0]?.length) continue;
    const [lng, lat] = polylabel(polygon, 0.001);
    const p = feature.properties ?? {};
    out.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [lng, lat] },
      properties: {
        code: String(p.code ?? "").trim(),
        name_zh: String(p.name_zh ?? ""),
        name_en: String(p.name_en ?? p.name_zh ?? ""),
        level: String(p.level ?? "county"),
      },
    });
  }
  return { type: "FeatureCollection", features: out };
}
