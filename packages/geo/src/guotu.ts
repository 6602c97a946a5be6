/**
 * The header of the natural-resources coordinate exchange text (国土 TXT /
 * 电子报盘): [属性描述] 坐标系=2000国家大地坐标系, 几度分带=3, 投影类型=高斯克吕格,
 * 带号=38 — to an EPSG code.
 */
import { crsInfo } from "./crs.ts";
import { type CrsRefusal, crsRefusal } from "./crs-refusal.ts";
import { datumOfText } from "./datum-text.ts";
import {
  centralMeridianOf,
  gkSrid,
  gkZoneOfEasting,
  type ZoneWidth,
  zoneOfCentralMeridian,
} from "./gk-zones.ts";

export interface GuotuHeader {
  /** 坐标系, e.g. "2000国家大地坐标系", "CGCS2000", "80西安坐标系". */
  coordinateSystem?: string;
  /** 几度分带: 3 or 6 ("3", "3度", "三度带"). */
  zoneWidth?: string | number;
  /** 投影类型, e.g. "高斯克吕格"; empty is taken as Gauss-Krüger. */
  projection?: string;
  /** 带号: the zone number (38), or a central meridian (114) as some files write it. */
  zoneNumber?: string | number;
  /** A Y (easting) of the file: its leading digits tell whether eastings carry the zone number. */
  easting?: number;
  /** Whether eastings carry the zone number, when no easting is at hand (default: they do, as the format asks). */
  prefix?: boolean;
}

export type GuotuCrsResult = { ok: true; srid: number; name: string } | CrsRefusal;

const GAUSS_KRUGER = /高斯|gauss|^gk$|克吕格|横轴墨卡托|transverse|^tm$/i;

/**
 * The EPSG code a 国土 TXT header names: CGCS2000 3° zones 25–45 → 4513–4533
 * (prefix) / 4534–4554, 6° zones 13–23 → 4491–4501 / 4502–4512. Xi'an 80
 * and Beijing 54 are refused with the zone's projection, to be completed by
 * seven parameters (customDatumCrs).
 */
export function sridFromGuotuHeader(header: GuotuHeader): GuotuCrsResult {
  const datum = datumOfText(header.coordinateSystem ?? "");
  const projection = (header.projection ?? "").trim();
  if (projection !== "" && !GAUSS_KRUGER.test(projection)) {
    return crsRefusal("unsupported_projection", { detail: projection });
  }
  const zone = resolveZone(header.zoneWidth, header.zoneNumber);
  if (datum === "xian80" || datum === "beijing54") {
    return crsRefusal(datum, zone ? { projection: oldDatumProjection(zone, header) } : {});
  }
  if (datum !== "cgcs2000") return crsRefusal("unknown", { detail: header.coordinateSystem ?? "" });
  if (!zone)
    return crsRefusal("bad_zone", { detail: `${header.zoneWidth ?? ""}/${header.zoneNumber ?? ""}` });
  const eastingZone = header.easting === undefined ? undefined : gkZoneOfEasting(header.easting);
  if (eastingZone != null && eastingZone !== zone.zone) {
    return crsRefusal("zone_mismatch", { detail: `${eastingZone} ≠ ${zone.zone}` });
  }
  const prefix = eastingZone === undefined ? (header.prefix ?? true) : eastingZone !== null;
  const srid = gkSrid(zone.width, zone.zone, prefix);
  if (srid === undefined) return crsRefusal("bad_zone", { detail: String(zone.zone) });
  return { ok: true, srid, name: crsInfo(srid)?.name ?? String(srid) };
}

interface ZoneChoice {
  width: ZoneWidth;
  zone: number;
}

function oldDatumProjection(z: ZoneChoice, header: GuotuHeader) {
  const prefix =
    header.easting === undefined ? (header.prefix ?? true) : gkZoneOfEasting(header.easting) !== null;
  return {
    centralMeridian: centralMeridianOf(z.width, z.zone),
    falseEasting: (prefix ? z.zone * 1e6 : 0) + 500_000,
  };
}

function parseWidth(value: string | number | undefined): ZoneWidth | undefined {
  const text = String(value ?? "").trim();
  if (/^(3|三)/.test(text)) return 3;
  if (/^(6|六)/.test(text)) return 6;
  return undefined;
}

/** The zone from 几度分带 and 带号; 带号 may be a zone number or a central meridian, the width inferred when absent. */
function resolveZone(widthValue: string | number | undefined, zoneValue: string | number | undefined) {
  const n = Number(String(zoneValue ?? "").replace(/[^\d.]/g, ""));
  if (!Number.isInteger(n) || n <= 0) return undefined;
  const width = parseWidth(widthValue);
  const widths: ZoneWidth[] = width ? [width] : [3, 6];
  const matches: ZoneChoice[] = [];
  for (const w of widths) {
    const [first, last] = w === 3 ? [25, 45] : [13, 23];
    if (n >= first && n <= last) matches.push({ width: w, zone: n });
    else {
      const fromMeridian = n >= 75 && n <= 135 ? zoneOfCentralMeridian(w, n) : undefined;
      if (fromMeridian !== undefined) matches.push({ width: w, zone: fromMeridian });
    }
  }
  return matches.length === 1 ? matches[0] : undefined;
}
