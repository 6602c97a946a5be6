import type { Dataset } from "@lianpian/domain";
import {
  pointInPolygon,
  validateGeometry,
  validateLinear,
  validatePoint,
  validatePolygonal,
} from "@lianpian/geo";
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";

/** Every geometry of a bundle with a label, for checks in tests and scripts. */
function* geometriesOf(d: Dataset): Generator<[string, Geometry, "point" | "linear" | "polygonal" | "any"]> {
  for (const r of d.counties) yield [`county ${r.code}`, r.geom, "polygonal"];
  for (const r of d.rivers) yield [`river ${r.name_zh}`, r.geom, "linear"];
  for (const r of d.transportLines) yield [`transport ${r.name_zh}`, r.geom, "linear"];
  for (const r of d.villages) yield [`village ${r.name_zh}`, r.geom, "point"];
  for (const r of d.protectedAreas) yield [`protected ${r.name_zh}`, r.geom, "polygonal"];
  for (const r of d.infrastructure) yield [`infrastructure ${r.name_zh}`, r.geom, "any"];
  for (const r of d.mines) yield [`mine ${r.key}`, r.geom, "polygonal"];
  for (const r of d.subsidenceAreas) yield [`subsidence ${r.code}`, r.geom, "polygonal"];
  for (const r of d.hazardPoints) {
    yield [`hazard ${r.unified_code}`, r.geom, "point"];
    if (r.shelter) yield [`hazard ${r.unified_code} shelter`, r.shelter, "point"];
    if (r.evacuation_route) yield [`hazard ${r.unified_code} route`, r.evacuation_route, "linear"];
    if (r.extent) yield [`hazard ${r.unified_code} extent`, r.extent, "polygonal"];
  }
  for (const r of d.corridors) yield [`corridor ${r.code}`, r.centerline, "linear"];
  for (const r of d.treatmentZones) yield [`zone ${r.code}`, r.geom, "polygonal"];
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "MultiPoint":
    case "LineString":
      return g.coordinates;
    case "MultiLineString":
    case "Polygon":
      return g.coordinates.flat();
    case "MultiPolygon":
      return g.coordinates.flat(2);
    case "GeometryCollection":
      return g.geometries.flatMap(positions);
  }
}

/** Labels of geometries that fail validation or have a vertex outside `outline`; empty when all is well. */
export function geometryProblems(d: Dataset, outline: Polygon | MultiPolygon): string[] {
  const problems: string[] = [];
  for (const [label, g, kind] of geometriesOf(d)) {
    const limits = { maxVertices: 100_000 };
    const r =
      kind === "polygonal"
        ? validatePolygonal(g, limits)
        : kind === "linear"
          ? validateLinear(g, limits)
          : kind === "point"
            ? validatePoint(g, limits)
            : validateGeometry(g, ["point", "linear", "polygonal"], limits);
    if (!r.ok) problems.push(`${label}: ${r.message_en}`);
    else if (!label.startsWith("county") && positions(g).some((p) => !pointInPolygon(p, outline)))
      problems.push(`${label}: outside`);
  }
  return problems;
}
