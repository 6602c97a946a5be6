import { createRequire } from "node:module";
import type { Position } from "geojson";

// @mapbox/shp-write's record writers (points.js, poly.js) lay out every
// record; its top-level write() sizes the file and takes the extent by
// concatenating all coordinates over and over, which is quadratic (20,000
// polygons took 30 s). Here the sizes and extent are summed once and the
// library's record writers fill the views.
const require = createRequire(import.meta.url);

interface RecordWriter {
  write(geometries: unknown[], extent: unknown, shp: DataView, shx: DataView, type: number): void;
  parts(geometries: unknown[], type: number): number;
}
const points = require("@mapbox/shp-write/src/points.js") as RecordWriter;
const poly = require("@mapbox/shp-write/src/poly.js") as RecordWriter;

/** Shape types as the shapefile format numbers them. */
const SHAPE_TYPE = { point: 1, line: 3, polygon: 5 } as const;
export type ShapeKind = keyof typeof SHAPE_TYPE;

/** A point's [x, y], or a line's / polygon's list of parts (rings already oriented). */
export type ShapeParts = Position | Position[][];

/** The .shp and .shx bytes of shapes of one kind. */
export function writeShapes(kind: ShapeKind, shapes: ShapeParts[]): { shp: Uint8Array; shx: Uint8Array } {
  const type = SHAPE_TYPE[kind];
  let shpLength = 100;
  const extent = { xmin: Infinity, ymin: Infinity, xmax: -Infinity, ymax: -Infinity };
  for (const shape of shapes) {
    const vertices = kind === "point" ? [shape as Position] : (shape as Position[][]).flat();
    for (const [x, y] of vertices) {
      extent.xmin = Math.min(extent.xmin, x as number);
      extent.ymin = Math.min(extent.ymin, y as number);
      extent.xmax = Math.max(extent.xmax, x as number);
      extent.ymax = Math.max(extent.ymax, y as number);
    }
    // The record sizes poly.js writes: 8-byte header, 44 bytes of type, box and counts, 4 per part, 16 per vertex.
    shpLength += kind === "point" ? 28 : 8 + 48 + (poly.parts([shape], type) - 1) * 4 + vertices.length * 16;
  }
  if (shapes.length === 0) Object.assign(extent, { xmin: 0, ymin: 0, xmax: 0, ymax: 0 });
  const shp = new DataView(new ArrayBuffer(shpLength));
  const shx = new DataView(new ArrayBuffer(100 + shapes.length * 8));
  for (const view of [shp, shx]) {
    view.setInt32(0, 9994);
    view.setInt32(24, view.byteLength / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, type, true);
    view.setFloat64(36, extent.xmin, true);
    view.setFloat64(44, extent.ymin, true);
    view.setFloat64(52, extent.xmax, true);
    view.setFloat64(60, extent.ymax, true);
  }
  const writer = kind === "point" ? points : poly;
  writer.write(shapes, extent, new DataView(shp.buffer, 100), new DataView(shx.buffer, 100), type);
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}
