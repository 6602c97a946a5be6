import type {
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection, Geometry, Point, Position } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { TILE_SOURCE } from "./style/build-style.ts";

// Polygon labels once per feature. A vector tile holds the part of a polygon
// inside it, and MapLibre labels every part of every tile: a mine across two
// tiles showed its name twice. Here the labels of polygon layers are drawn
// from one point per feature (layer + id), chosen in the largest part the
// loaded tiles hold, instead of from the tiles.

/** Polygon layers whose names are labels (counties have their own label points). */
const LABELLED_POLYGON_LAYERS = ["mines", "subsidence", "protected_areas", "zones"] as const;
const LABEL_SOURCE = "feature-labels";
const LABEL_SUFFIX = "-once";

/** A rendered or source feature as the labels need it. */
export interface TileFeatureLike {
  id?: string | number | undefined;
  properties: Record<string, unknown> | null;
  geometry: Geometry;
}

function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as number[];
    const [xj = 0, yj = 0] = ring[j] as number[];
    a += (xj + xi) * (yj - yi);
  }
  return Math.abs(a / 2);
}

/**
 * A point inside a polygon's outer ring: the middle of the widest stretch of
 * the horizontal line through the ring's vertical middle that lies inside.
 */
export function interiorPoint(ring: readonly Position[]): Position | null {
  const ys = ring.map((p) => p[1] as number);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] as number[];
    const [x2 = 0, y2 = 0] = ring[i] as number[];
    if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > width) {
      width = w;
      best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

function outerRings(g: Geometry): Position[][] {
  if (g.type === "Polygon") return g.coordinates[0] ? [g.coordinates[0]] : [];
  if (g.type === "MultiPolygon") return g.coordinates.flatMap((p) => (p[0] ? [p[0]] : []));
  return [];
}

/** West, south, east, north of the map's view. */
export type View = readonly [number, number, number, number];

const inView = (p: Position, v: View | undefined) =>
  !v ||
  ((p[0] as number) >= v[0] &&
    (p[0] as number) <= v[2] &&
    (p[1] as number) >= v[1] &&
    (p[1] as number) <= v[3]);

/**
 * One label point per feature id, carrying that feature's attributes: inside
 * the largest polygon part any tile holds of it whose point is in the view
 * (else the largest part), so a feature larger than the view keeps its label
 * on screen.
 */
export function labelPoints(features: readonly TileFeatureLike[], view?: View): Feature<Point>[] {
  const best = new Map<string, { rank: number; at: Position; feature: TileFeatureLike }>();
  for (const f of features) {
    if (f.id === undefined || f.id === null) continue;
    const key = String(f.id);
    for (const ring of outerRings(f.geometry)) {
      const at = interiorPoint(ring);
      if (!at) continue;
      // Parts with their point in view outrank any other: the area is a fraction of a whole world.
      const rank = ringArea(ring) + (inView(at, view) ? 1e6 : 0);
      if (rank > (best.get(key)?.rank ?? -1)) best.set(key, { rank, at, feature: f });
    }
  }
  return [...best].map(([key, { at, feature }]) => ({
    type: "Feature",
    id: Number(key),
    properties: { ...feature.properties },
    geometry: { type: "Point", coordinates: at },
  }));
}

const isPolygonLabel = (l: LayerSpecification): l is SymbolLayerSpecification =>
  l.type === "symbol" &&
  l.source === TILE_SOURCE &&
  (LABELLED_POLYGON_LAYERS as readonly string[]).includes(l["source-layer"] ?? "") &&
  (l.layout?.["symbol-placement"] ?? "point") === "point";

/**
 * The style with each polygon layer's tile label replaced by the same label
 * drawn from the label points (source `feature-labels`, one layer each),
 * keeping the live points across restyles.
 */
export function withFeatureLabels(
  style: StyleSpecification,
  live: StyleSpecification | undefined,
): StyleSpecification {
  if (!style.sources[TILE_SOURCE]) return style;
  const data = (live?.sources?.[LABEL_SOURCE] as { data?: FeatureCollection } | undefined)?.data ?? {
    type: "FeatureCollection",
    features: [],
  };
  const layers = style.layers.map((l): LayerSpecification => {
    if (!isPolygonLabel(l)) return l;
    const { "source-layer": sourceLayer, ...rest } = l;
    return {
      ...rest,
      id: `${l.id}${LABEL_SUFFIX}`,
      source: LABEL_SOURCE,
      filter: ["==", ["get", "__layer"], sourceLayer ?? ""],
    };
  });
  return { ...style, sources: { ...style.sources, [LABEL_SOURCE]: { type: "geojson", data } }, layers };
}

/** Recomputes the label points from the loaded tiles whenever the map settles. */
export function followFeatureLabels(map: MapLibreMap): () => void {
  // New data makes the map busy and idle again: only a changed set is sent, or idle would follow idle forever.
  let last = "";
  const update = () => {
    const source = map.getSource(LABEL_SOURCE) as { setData(d: FeatureCollection): void } | undefined;
    if (!source || !map.getSource(TILE_SOURCE)) return;
    const b = map.getBounds();
    const view: View = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const features = LABELLED_POLYGON_LAYERS.flatMap((layer) =>
      labelPoints(
        map.querySourceFeatures(TILE_SOURCE, { sourceLayer: layer }) as TileFeatureLike[],
        view,
      ).map((f) => ({
        ...f,
        properties: { ...f.properties, __layer: layer },
      })),
    );
    const signature = JSON.stringify(
      features.map((f) => [f.properties.__layer, f.id, f.geometry.coordinates]),
    );
    if (signature === last) return;
    last = signature;
    source.setData({ type: "FeatureCollection", features });
  };
  map.on("idle", update);
  return () => map.off("idle", update);
}
