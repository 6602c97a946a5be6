import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";

type GeometryLayer = FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification;

/** Builds `(id, source, paint)` layers of one type that draw the geometries `filter` keeps. */
const layerOf =
  <L extends GeometryLayer>(type: L["type"], filter: FilterSpecification) =>
  (id: string, source: string, paint: L["paint"]): L =>
    ({ id, type, source, filter, paint }) as L;

/*
 * The layers of a GeoJSON source that holds any geometry (an overlay, a
 * measurement, a staged import), one for each way a geometry is drawn.
 */

/** Fills the source's polygons. */
export const polygonFill = layerOf<FillLayerSpecification>("fill", ["==", ["geometry-type"], "Polygon"]);

/** Strokes the source's lines and the outlines of its polygons. */
export const outlineLine = layerOf<LineLayerSpecification>("line", ["!=", ["geometry-type"], "Point"]);

/** Draws the source's points as circles. */
export const pointCircle = layerOf<CircleLayerSpecification>("circle", ["==", ["geometry-type"], "Point"]);
