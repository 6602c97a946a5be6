import type { Zone } from "@lianpian/domain";
import {
  type CornerRing,
  type CornerRow,
  cornerTable,
  crsInfo,
  gkSridFor,
  squareMetersToHectares,
  squareMetersToMu,
} from "@lianpian/geo";
import type { Geometry, MultiPolygon } from "geojson";
import { apiError } from "../errors.ts";
import type { ExportCrsChoice } from "../exports/export-crs.ts";

/** A zone's 拐点坐标表: its identity, CRS, areas and corners ring by ring (the print report's JSON). */
export interface ZoneCorners {
  zone: { id: number; code: string; name_zh: string; status: string };
  crs: { epsg: number; name: string; uri: string };
  area: { m2: number; mu: number; ha: number };
  /** Part (地块), ring (圈号, 1 = outer), 点号 J1…, X northing and Y easting to 0.01 m, lon/lat in DMS to 0.01″; each ring closed by its first point. */
  corners: CornerRow[];
  /** Where each ring's rows lie. */
  rings: CornerRing[];
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The GK zone of a corner table: the zone asked for, or for auto-gk (and for
 * a geographic CRS, which a surveyor's table never is) the 3° zone of the
 * outline's middle meridian.
 */
export function cornerSrid(choice: ExportCrsChoice, centreLng: number): number {
  if (choice.kind === "srid" && crsInfo(choice.srid)?.kind === "projected") return choice.srid;
  if (choice.kind === "srid" && choice.srid !== 4490 && choice.srid !== 4326) {
    throw apiError("export_not_possible", { reason: "corners_need_gk", srid: choice.srid });
  }
  return gkSridFor(centreLng, { width: 3, prefix: choice.kind === "auto-gk" && choice.prefix });
}

/** The middle meridian of an outline's extent (its GeoJSON positions). */
export function centreLongitude(geometry: Geometry): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      min = Math.min(min, c[0]);
      max = Math.max(max, c[0]);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  walk((geometry as { coordinates: unknown }).coordinates);
  return (min + max) / 2;
}

function corners(geometry: MultiPolygon, srid: number) {
  const table = cornerTable(geometry, srid);
  return { corners: table.rows, rings: table.rings };
}

/** The corner table of a zone's stored (cleaned) outline in a GK zone. */
export function zoneCorners(zone: Zone, srid: number): ZoneCorners {
  const info = crsInfo(srid);
  return {
    zone: { id: zone.id, code: zone.code, name_zh: zone.name_zh, status: zone.status },
    crs: {
      epsg: srid,
      name: info?.name ?? `EPSG:${srid}`,
      uri: `http://www.opengis.net/def/crs/EPSG/0/${srid}`,
    },
    area: {
      m2: round(zone.area_m2, 2),
      mu: round(squareMetersToMu(zone.area_m2), 2),
      ha: round(squareMetersToHectares(zone.area_m2), 4),
    },
    ...corners(zone.geometry as MultiPolygon, srid),
  };
}
