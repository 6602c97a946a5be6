import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";

export type XY = [number, number];

/** One decoded MVT feature, geometry as parts (points, lines or rings) in tile units. */
export interface DecodedFeature {
  id: number | undefined;
  type: 1 | 2 | 3;
  properties: Record<string, string | number | boolean>;
  parts: XY[][];
}

/** Decodes one layer of an MVT buffer (empty buffer or missing layer → no features). */
export function decodeTileLayer(
  bytes: Uint8Array,
  layerName: string,
): { extent: number; features: DecodedFeature[] } {
  if (bytes.byteLength === 0) return { extent: 4096, features: [] };
  const layer = new VectorTile(new PbfReader(bytes)).layers[layerName];
  if (!layer) return { extent: 4096, features: [] };
  const features: DecodedFeature[] = [];
  for (let i = 0; i < layer.length; i++) {
    const f = layer.feature(i);
    const parts = f.loadGeometry().map((part) => part.map((p): XY => [p.x, p.y]));
    features.push({ id: f.id, type: f.type as 1 | 2 | 3, properties: { ...f.properties }, parts });
  }
  return { extent: layer.extent, features };
}

/** Signed area of a ring by the shoelace formula; positive = MVT exterior (clockwise with y down). */
export function ringArea(ring: readonly XY[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as XY;
    const b = ring[i] as XY;
    sum += (b[0] - a[0]) * (b[1] + a[1]);
  }
  return -sum / 2;
}
