import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Position } from "geojson";
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from "maplibre-gl";
import { outlineLine, pointCircle, polygonFill } from "../map/geometry-layers.ts";
import { type MeasureMode, type Measurement, measure, measureFeatures } from "./measure-math.ts";

const MEASURE_SOURCE = "measure";
const COLOR = "#e4572e";

const MEASURE_LAYERS: LayerSpecification[] = [
  polygonFill("measure-fill", MEASURE_SOURCE, { "fill-color": COLOR, "fill-opacity": 0.12 }),
  outlineLine("measure-line", MEASURE_SOURCE, {
    "line-color": COLOR,
    "line-width": 2,
    "line-dasharray": [3, 2],
  }),
  pointCircle("measure-vertex", MEASURE_SOURCE, {
    "circle-radius": 4,
    "circle-color": "#ffffff",
    "circle-stroke-color": COLOR,
    "circle-stroke-width": 2,
  }),
];

/** The style with the measurement's source and layers kept from the live map (a restyle keeps a measurement). */
export function withMeasure(
  style: StyleSpecification,
  live: StyleSpecification | undefined,
): StyleSpecification {
  const source: SourceSpecification = (live?.sources?.[MEASURE_SOURCE] as
    | SourceSpecification
    | undefined) ?? {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
  };
  return {
    ...style,
    sources: { ...style.sources, [MEASURE_SOURCE]: source },
    layers: [...style.layers, ...MEASURE_LAYERS],
  };
}

/**
 * Measuring on the map: distance (click the points, double-click or Enter
 * ends), area (click the corners), circle (click the centre, then the edge).
 * Esc cancels. While a tool is on, clicks measure instead of selecting.
 */
export class MeasureTool {
  private mode: MeasureMode | null = null;
  private points: Position[] = [];
  private done = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onChange: (mode: MeasureMode | null, result: Measurement | null) => void,
  ) {
    map.on("click", this.onClick);
    map.on("dblclick", this.onDoubleClick);
    map.on("mousemove", this.onMove);
    window.addEventListener("keydown", this.onKey);
  }

  get active(): boolean {
    return this.mode !== null;
  }

  start(mode: MeasureMode): void {
    this.mode = mode;
    this.points = [];
    this.done = false;
    this.map.doubleClickZoom.disable();
    this.map.getCanvas().style.cursor = "crosshair";
    this.render(null);
  }

  cancel(): void {
    this.mode = null;
    this.points = [];
    this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = "";
    this.render(null);
  }

  destroy(): void {
    this.map.off("click", this.onClick);
    this.map.off("dblclick", this.onDoubleClick);
    this.map.off("mousemove", this.onMove);
    window.removeEventListener("keydown", this.onKey);
  }

  private onClick = (e: MapLayerMouseEvent | { lngLat: { lng: number; lat: number } }) => {
    if (!this.mode) return;
    const p: Position = [e.lngLat.lng, e.lngLat.lat];
    if (this.done) {
      this.points = [];
      this.done = false;
    }
    this.points.push(p);
    if (this.mode === "circle" && this.points.length === 2) this.done = true;
    this.render(null);
  };

  private onDoubleClick = () => {
    if (!this.mode || this.mode === "circle") return;
    // The double-click's two clicks added the last point twice.
    if (this.points.length >= 2) this.points.pop();
    this.done = true;
    this.render(null);
  };

  private onMove = (e: { lngLat: { lng: number; lat: number } }) => {
    if (!this.mode || this.done || this.points.length === 0) return;
    this.render([e.lngLat.lng, e.lngLat.lat]);
  };

  private onKey = (e: KeyboardEvent) => {
    if (!this.mode) return;
    if (e.key === "Escape") this.cancel();
    if (e.key === "Enter" && this.points.length >= 2) {
      this.done = true;
      this.render(null);
    }
  };

  /** Draws the points (and the cursor, while placing the next one) and reports the measurement. */
  private render(cursor: Position | null): void {
    const mode = this.mode;
    const points = cursor ? [...this.points, cursor] : this.points;
    const source = this.map.getSource<GeoJSONSource>(MEASURE_SOURCE);
    source?.setData({ type: "FeatureCollection", features: mode ? measureFeatures(mode, points) : [] });
    this.onChange(mode, mode && points.length >= 2 ? measure(mode, points) : null);
  }
}
