import type { Label } from "../enums.ts";

/**
 * Direction and distance as a field monitor reads them: "东北 1.2 km".
 * The bearing is on the sphere; for an eight-point compass the ellipsoid
 * makes no visible difference.
 */

const EARTH_RADIUS_M = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Initial bearing in degrees clockwise from north (0–360) from `from` to `to`, both [lng, lat].
 * @example initialBearingDegrees([112, 35], [112, 36]) // 0
 */
export function initialBearingDegrees(
  from: readonly [number, number],
  to: readonly [number, number],
): number {
  const [lng1, lat1] = [rad(from[0]), rad(from[1])];
  const [lng2, lat2] = [rad(to[0]), rad(to[1])];
  const y = Math.sin(lng2 - lng1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lng2 - lng1);
  const deg = (Math.atan2(y, x) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/**
 * Great-circle distance in metres (haversine); used on the phone to rank
 * cached points offline, where a few metres do not change the order.
 */
export function haversineDistanceMeters(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[1] - a[1]);
  const dLng = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const COMPASS_POINTS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

export const compassLabel: Readonly<Record<CompassPoint, Label>> = {
  N: { zh: "北", en: "N" },
  NE: { zh: "东北", en: "NE" },
  E: { zh: "东", en: "E" },
  SE: { zh: "东南", en: "SE" },
  S: { zh: "南", en: "S" },
  SW: { zh: "西南", en: "SW" },
  W: { zh: "西", en: "W" },
  NW: { zh: "西北", en: "NW" },
};

/**
 * The eight-point compass direction of a bearing in degrees.
 * @example compassPoint(44) // "NE"
 */
export function compassPoint(bearingDegrees: number): CompassPoint {
  const normalised = ((bearingDegrees % 360) + 360) % 360;
  return COMPASS_POINTS[Math.round(normalised / 45) % 8] as CompassPoint;
}

/**
 * A distance for a list row: metres below 1 km (rounded to 10 m), else km with one decimal
 * (none from 100 km on).
 * @example formatDistanceMeters(1234) // "1.2 km"
 */
export function formatDistanceMeters(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) return "—";
  const tens = Math.round(meters / 10) * 10;
  if (tens < 1000) return `${tens} m`;
  const km = meters / 1000;
  return km < 100 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}
