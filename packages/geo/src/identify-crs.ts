/**
 * What CRS a file's declaration means: an EPSG code, a .prj / GeoPackage WKT
 * (OGC, ESRI or WKT2 flavour, parsed by proj4) or a free text — to one of the
 * registry's SRIDs, or a refusal that says why (Xi'an 80, Beijing 54, the
 * web-map systems, anything unknown).
 */
import proj4 from "proj4";
import { crsInfo, isSupportedSrid } from "./crs.ts";
import { type CrsRefusal, crsRefusal } from "./crs-refusal.ts";
import { datumOfText } from "./datum-text.ts";
import { gkSrid, type ZoneWidth, zoneOfCentralMeridian } from "./gk-zones.ts";
import { sridFromGuotuHeader } from "./guotu.ts";
import { oldDatumOfEpsg, oldDatumOfSemiMajorAxis } from "./old-datums.ts";

/** What a file says about its CRS (mirrors DeclaredCrs of @lianpian/formats). */
export interface DeclaredCrsInput {
  epsg?: number;
  wkt?: string;
  description?: string;
}

export type IdentifiedCrs = { ok: true; srid: number; name: string } | CrsRefusal;

/**
 * The registry SRID a declaration names. The EPSG code is tried first, then
 * the WKT, then the free text; the first specific answer wins.
 * @example identifyCrs({ wkt: 'PROJCS["CGCS2000_3_Degree_GK_CM_114E",…]' }) // { ok: true, srid: 4547, … }
 */
export function identifyCrs(declared: DeclaredCrsInput): IdentifiedCrs {
  const answers: IdentifiedCrs[] = [];
  if (declared.epsg !== undefined) answers.push(byEpsg(declared.epsg));
  if (declared.wkt?.trim()) answers.push(byWkt(declared.wkt));
  if (declared.description?.trim()) answers.push(byDescription(declared.description));
  return answers.find((a) => a.ok || a.reason !== "unknown") ?? answers[0] ?? crsRefusal("unknown");
}

function found(srid: number): IdentifiedCrs {
  return { ok: true, srid, name: crsInfo(srid)?.name ?? `EPSG:${srid}` };
}

function byEpsg(epsg: number): IdentifiedCrs {
  if (isSupportedSrid(epsg)) return found(epsg);
  const old = oldDatumOfEpsg(epsg);
  if (old) return crsRefusal(old.datum, { detail: `EPSG:${epsg}`, projection: old.projection });
  return crsRefusal("unknown", { detail: `EPSG:${epsg}` });
}

interface ParsedWkt {
  projName?: string;
  a?: number;
  rf?: number;
  k0?: number;
  x0?: number;
  y0?: number;
  long0?: number;
  lat0?: number;
  to_meter?: number;
}

function parseWkt(wkt: string): ParsedWkt | undefined {
  try {
    return proj4.Proj(wkt) as unknown as ParsedWkt;
  } catch {
    return undefined;
  }
}

const TRANSVERSE_MERCATOR = /^(tmerc|transverse[ _]mercator|gauss[ _-]?kruger)$/i;
const TOP_LEVEL_EPSG = /(?:AUTHORITY\["EPSG",\s*"?|ID\["EPSG",\s*)(\d+)"?\]\]\s*$/i;
const WGS84_RF = 298.257223563;

function byWkt(wkt: string): IdentifiedCrs {
  const parsed = parseWkt(wkt);
  const named = datumOfText(wktDatumPart(wkt));
  const old = named === "xian80" || named === "beijing54" ? named : oldDatumOfSemiMajorAxis(parsed?.a);
  if (old) return crsRefusal(old, { detail: wktName(wkt), projection: gkProjectionOf(parsed) });
  if (named === "gcj02" || named === "bd09") return crsRefusal(named);
  if (!parsed) return crsRefusal("unknown", { detail: wktName(wkt) });
  if (parsed.a !== 6378137) return crsRefusal("unknown", { detail: wktName(wkt) });
  const authority = TOP_LEVEL_EPSG.exec(wkt)?.[1];
  if (authority && isSupportedSrid(Number(authority))) return found(Number(authority));
  if (parsed.projName === "longlat") {
    const wgs = named === "wgs84" || (named === undefined && Math.abs((parsed.rf ?? 0) - WGS84_RF) < 1e-9);
    return found(wgs ? 4326 : 4490);
  }
  if (!TRANSVERSE_MERCATOR.test(parsed.projName ?? "")) {
    return crsRefusal("unsupported_projection", { detail: parsed.projName ?? wktName(wkt) });
  }
  const srid = gkSridOfParameters(parsed, preferredWidth(wktName(wkt)));
  return srid === undefined ? crsRefusal("bad_zone", { detail: wktName(wkt) }) : found(srid);
}

/** The WKT without its PROJCS name, so "Xian" in a datum counts but TOWGS84 does not read as WGS 84. */
function wktDatumPart(wkt: string): string {
  const geog =
    /(?:GEOGCS|BASEGEOGCRS|GEOGCRS|GEODCRS)\[[^\]]*?DATUM\[\s*"[^"]*"(?:,\s*(?:SPHEROID|ELLIPSOID)\[\s*"[^"]*")?/i.exec(
      wkt,
    );
  return geog ? geog[0] : wkt;
}

function wktName(wkt: string): string {
  return /^\s*\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? "WKT";
}

function preferredWidth(name: string): ZoneWidth {
  if (/3[\s_-]*degree|3度/i.test(name)) return 3;
  if (/6[\s_-]*degree|6度|^CGCS2000[\s_/]+(GK|Gauss)/i.test(name)) return 6;
  return 3;
}

function degreesOf(radians: number | undefined): number | undefined {
  if (radians === undefined || !Number.isFinite(radians)) return undefined;
  return Math.round(((radians * 180) / Math.PI) * 1e9) / 1e9;
}

function gkProjectionOf(p: ParsedWkt | undefined): CrsRefusal["projection"] {
  const centralMeridian = degreesOf(p?.long0);
  if (!p || !TRANSVERSE_MERCATOR.test(p.projName ?? "") || centralMeridian === undefined) return undefined;
  return { centralMeridian, falseEasting: p.x0 ?? 500_000 };
}

/** A CGCS2000 GK zone from Transverse Mercator parameters: k = 1, on the equator, in metres, CM on a zone. */
function gkSridOfParameters(p: ParsedWkt, width: ZoneWidth): number | undefined {
  const centralMeridian = degreesOf(p.long0);
  if (centralMeridian === undefined || (p.k0 ?? 1) !== 1 || (p.lat0 ?? 0) !== 0 || (p.y0 ?? 0) !== 0) {
    return undefined;
  }
  if ((p.to_meter ?? 1) !== 1) return undefined;
  const x0 = p.x0 ?? 0;
  const prefixZone = x0 === 500_000 ? undefined : (x0 - 500_000) / 1_000_000;
  const widths: ZoneWidth[] = width === 3 ? [3, 6] : [6, 3];
  for (const w of widths) {
    const zone = zoneOfCentralMeridian(w, centralMeridian);
    if (zone === undefined) continue;
    if (prefixZone === undefined) return gkSrid(w, zone, false);
    if (prefixZone === zone) return gkSrid(w, zone, true);
  }
  return undefined;
}

function byDescription(text: string): IdentifiedCrs {
  const epsg = /EPSG[\s:：/]*(?:0\/)?(\d{4,5})\b/i.exec(text)?.[1];
  if (epsg) return byEpsg(Number(epsg));
  if (/\bCRS:?84\b/i.test(text)) return found(4326);
  const datum = datumOfText(text);
  if (datum === "gcj02" || datum === "bd09") return crsRefusal(datum, { detail: text });
  if (datum === "wgs84") return found(4326);
  if (datum !== "cgcs2000" && datum !== "xian80" && datum !== "beijing54") {
    return crsRefusal("unknown", { detail: text });
  }
  const zoneNumber =
    /(\d{2,3})\s*带(?!号)|带号\s*[:：=]?\s*(\d{2,3})|(?:CM|中央经线)[\s_:：=]*(\d{2,3})/i.exec(text);
  if (!zoneNumber) return datum === "cgcs2000" ? found(4490) : crsRefusal(datum, { detail: text });
  // A description joined from a 国土 TXT header ("坐标系=…; 几度分带=3; 投影类型=…; 带号=38") or typed by a user.
  const width = /(6|六)\s*度|6[\s_-]*degree|分带\s*[:：=]?\s*6/i.test(text) ? 6 : 3;
  return sridFromGuotuHeader({
    coordinateSystem: text,
    zoneWidth: width,
    projection: /投影类型\s*[:：=]\s*([^;；,，\n]*)/.exec(text)?.[1] ?? "",
    zoneNumber: zoneNumber[1] ?? zoneNumber[2] ?? zoneNumber[3],
    prefix: !/CM|中央经线|无带号|不含带号/i.test(text),
  });
}
