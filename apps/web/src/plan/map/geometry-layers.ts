import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";

/*
 * The layers of a GeoJSON source that holds any geometry (an overlay, a
 * measurement, a staged import), one for each way a geometry is drawn:
 * polygons filled, lines and polygon outlines stroked, points as circles.
 */

/** Fills the source's polygons. */
export const polygonFill = (
  id: string,
  source: string,
  paint: FillLayerSpecification["paint"],
): FillLayerSpecification => ({
  id,
  type: "fill",
  source,
  filter: ["==", ["geometry-type"], "Polygon"],
  paint,
});

/** Strokes the source's lines and the outlines of its polygons. */
export const outlineLine = (
  id: string,
  source: string,
  paint: LineLayerSpecification["paint"],
): LineLayerSpecification => ({
  id,
  type: "line",
  source,
  filter: ["!=", ["geometry-type"], "Point"],
  paint,
});

/** Draws the source's points as circles. */
export const pointCircle = (
  id: string,
  source: string,
  paint: CircleLayerSpecification["paint"],
): CircleLayerSpecification => ({
  id,
  type: "circle",
  source,
  filter: ["==", ["geometry-type"], "Point"],
  paint,
});
