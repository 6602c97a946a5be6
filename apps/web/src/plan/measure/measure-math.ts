import {
  formatArea,
  formatLength,
  geodesicArea,
  geodesicCircle,
  geodesicDistance,
  geodesicLength,
} from "@lianpian/geo";
import type { Feature, Polygon, Position } from "geojson";
import type { Locale } from "../../i18n/locale.ts";

export type MeasureMode = "distance" | "area" | "circle";

/** What a measurement found, in metres and square metres on the CGCS2000 ellipsoid. */
export interface Measurement {
  mode: MeasureMode;
  /** distance: the path; area: the perimeter; circle: the circumference. */
  lengthM: number;
  /** area and circle. */
  areaM2?: number;
  /** circle. */
  radiusM?: number;
}

/** The measurement of a path, a ring (not closed yet) or a centre and a point on the circle. */
export function measure(mode: MeasureMode, points: readonly Position[]): Measurement {
  if (mode === "distance") {
    return { mode, lengthM: geodesicLength({ type: "LineString", coordinates: [...points] }) };
  }
  if (mode === "circle") {
    const [centre, edge] = points;
    const radiusM = centre && edge ? geodesicDistance(centre, edge) : 0;
    return { mode, radiusM, lengthM: 2 * Math.PI * radiusM, areaM2: Math.PI * radiusM * radiusM };
  }
  if (points.length < 3) {
    return { mode, lengthM: geodesicLength({ type: "LineString", coordinates: [...points] }), areaM2: 0 };
  }
  const ring = closedRing(points);
  const polygon: Polygon = { type: "Polygon", coordinates: [ring] };
  return { mode, lengthM: geodesicLength(polygon), areaM2: geodesicArea(polygon) };
}

function closedRing(points: readonly Position[]): Position[] {
  const first = points[0] as Position;
  return [...points, first];
}

/** A circle as a 64-sided polygon whose corners lie at the geodesic radius on the CGCS2000 ellipsoid. */
export function circlePolygon(centre: Position, radiusM: number, sides = 64): Polygon {
  return geodesicCircle(centre, radiusM, sides);
}

/** The drawing of a measurement: its line or polygon, and its vertices. */
export function measureFeatures(mode: MeasureMode, points: readonly Position[]): Feature[] {
  const vertices: Feature[] = points.map((p) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Point", coordinates: p },
  }));
  const [centre, edge] = points;
  if (mode === "circle" && centre && edge) {
    const radiusM = geodesicDistance(centre, edge);
    return [
      { type: "Feature", properties: {}, geometry: circlePolygon(centre, radiusM) },
      { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [centre, edge] } },
      ...vertices,
    ];
  }
  if (mode === "area" && points.length >= 3) {
    return [
      { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [closedRing(points)] } },
      ...vertices,
    ];
  }
  if (points.length >= 2) {
    return [
      { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [...points] } },
      ...vertices,
    ];
  }
  return vertices;
}

/** Lines of text for the result: length in m/km; area in m² (or km²), 亩 and ha. */
export function measurementText(m: Measurement, locale: Locale): string[] {
  const opts = { locale };
  const area = (m2: number) =>
    [
      m2 >= 1_000_000
        ? formatArea(m2, "km2", { locale, digits: 3 })
        : formatArea(m2, "m2", { locale, digits: 1 }),
      formatArea(m2, "mu", opts),
      formatArea(m2, "ha", { locale, digits: 4 }),
    ].join(" · ");
  const zh = locale === "zh";
  if (m.mode === "distance")
    return [`${zh ? "距离" : "Distance"} ${formatLength(m.lengthM, { locale, digits: 3 })}`];
  if (m.mode === "circle") {
    return [
      `${zh ? "半径" : "Radius"} ${formatLength(m.radiusM ?? 0, { locale, digits: 3 })}`,
      `${zh ? "面积" : "Area"} ${area(m.areaM2 ?? 0)}`,
    ];
  }
  return [
    `${zh ? "面积" : "Area"} ${area(m.areaM2 ?? 0)}`,
    `${zh ? "周长" : "Perimeter"} ${formatLength(m.lengthM, { locale, digits: 3 })}`,
  ];
}
