/**
 * Web-map pick-ups: GCJ-02 (AMap, Tencent: the national obfuscation of
 * WGS 84) and BD-09 (Baidu: GCJ-02 obfuscated again). The published forward
 * formulae, and their inverses by fixed-point iteration to well under a
 * millimetre. Outside China the GCJ-02 offset is not applied, as the maps do.
 */

import type { Geometry } from "geojson";
import { mapGeometry } from "./reproject.ts";

type LngLat = [number, number];

const A = 6378245.0;
const EE = 0.006693421622965943;
const X_PI = (Math.PI * 3000.0) / 180.0;

/** Outside this box the maps leave WGS 84 as it is. */
function outsideChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS 84 → GCJ-02 (the forward formula the maps apply). */
export function wgs84ToGcj02([lng, lat]: readonly [number, number]): LngLat {
  if (outsideChina(lng, lat)) return [lng, lat];
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (offsetLat(lng - 105.0, lat - 35.0) * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (offsetLng(lng - 105.0, lat - 35.0) * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 → BD-09 (the forward formula Baidu applies). */
export function gcj02ToBd09([lng, lat]: readonly [number, number]): LngLat {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** WGS 84 → BD-09. */
export function wgs84ToBd09(p: readonly [number, number]): LngLat {
  return gcj02ToBd09(wgs84ToGcj02(p));
}

// 1e-10° is about 0.01 mm: far inside the 0.01 m asked of the inverse.
const TOLERANCE = 1e-10;
const MAX_STEPS = 30;

/** Solves forward(p) = target for p, starting from the target (the offsets are a few hundred metres). */
function invert(
  forward: (p: readonly [number, number]) => LngLat,
  target: readonly [number, number],
): LngLat {
  let p: LngLat = [target[0], target[1]];
  for (let i = 0; i < MAX_STEPS; i++) {
    const [fx, fy] = forward(p);
    const dx = fx - target[0];
    const dy = fy - target[1];
    p = [p[0] - dx, p[1] - dy];
    if (Math.abs(dx) < TOLERANCE && Math.abs(dy) < TOLERANCE) break;
  }
  return p;
}

/** GCJ-02 → WGS 84 (iterative inverse of wgs84ToGcj02). */
export function gcj02ToWgs84(p: readonly [number, number]): LngLat {
  return invert(wgs84ToGcj02, p);
}

/** BD-09 → GCJ-02 (iterative inverse of gcj02ToBd09). */
export function bd09ToGcj02(p: readonly [number, number]): LngLat {
  return invert(gcj02ToBd09, p);
}

/** BD-09 → WGS 84 (iterative inverse of wgs84ToBd09). */
export function bd09ToWgs84(p: readonly [number, number]): LngLat {
  return invert(wgs84ToBd09, p);
}

/** A geometry picked up on a web map (GCJ-02 or BD-09) into WGS 84, rings and parts kept. */
export function webMapToWgs84<G extends Geometry>(geometry: G, system: "gcj02" | "bd09"): G {
  const inverse = system === "gcj02" ? gcj02ToWgs84 : bd09ToWgs84;
  return mapGeometry(geometry, ([x, y, ...rest]) => [...inverse([x as number, y as number]), ...rest]);
}
