import { fromProjected, gkSrid, gkSridOfEasting, parseAngle, SHANXI_BBOX } from "@lianpian/geo";

/** A place a typed coordinate names, in [lng, lat] with how it was read. */
export interface CoordinateHit {
  position: [number, number];
  /** "lonlat" for degrees (decimal or DMS), or the GK EPSG code the X/Y were read in. */
  read_as: "lonlat" | `EPSG:${number}`;
  label: string;
}

/** Zones Shanxi's 3° GK eastings without zone number may be in (CM 111°E, 114°E). */
const SHANXI_3DEG_ZONES = [37, 38] as const;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

const inShanxi = ([lng, lat]: [number, number], margin = 1) =>
  lng >= SHANXI_BBOX.minLng - margin &&
  lng <= SHANXI_BBOX.maxLng + margin &&
  lat >= SHANXI_BBOX.minLat - margin &&
  lat <= SHANXI_BBOX.maxLat + margin;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * The places a query typed as coordinates names, or [] when it is not one:
 * lon/lat in decimal or DMS (either order, told apart by hemisphere letters
 * or by range), or Gauss-Krüger X (northing) / Y (easting) with the zone
 * number in Y, or without it (then every Shanxi 3° zone that lands in the
 * province). Optional "X=" / "Y=" labels are read.
 * @example coordinatesOf("112.55, 37.87") // [{ position: [112.55, 37.87], read_as: "lonlat", … }]
 * @example coordinatesOf("4191000 38548000") // GK zone 38 with prefix
 */
export function coordinatesOf(query: string): CoordinateHit[] {
  const text = query.replace(/[０-９．－＋，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (text.length === 0 || text.length > 80) return [];
  const projected = gkOf(text);
  if (projected.length > 0) return projected;
  const lonLat = lonLatOf(text);
  return lonLat ? [lonLat] : [];
}

function gkOf(text: string): CoordinateHit[] {
  const labelled = /^X\s*[=:：]?\s*([\d.]+)\s*[,;\s]\s*Y\s*[=:：]?\s*([\d.]+)$/i.exec(text);
  const parts = labelled ? [labelled[1], labelled[2]] : text.split(/\s*[,;\s]\s*/);
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p ?? ""))) return [];
  const [a, b] = parts.map(Number) as [number, number];
  if (Math.max(a, b) < 100_000) return [];
  // X is the northing (3.8–4.6 million m in Shanxi); Y the easting, with or without zone number.
  const [x, y] = a > 3_000_000 && a < 5_000_000 ? [a, b] : [b, a];
  if (!(x > 3_000_000 && x < 5_000_000)) return [];
  const withZone = gkSridOfEasting(y);
  const srids =
    withZone !== undefined
      ? [withZone]
      : y > 100_000 && y < 1_000_000
        ? SHANXI_3DEG_ZONES.map((z) => gkSrid(3, z, false))
        : [];
  const hits: CoordinateHit[] = [];
  for (const srid of srids) {
    if (srid === undefined) continue;
    const [lng, lat] = fromProjected([y, x], srid);
    if (!inShanxi([lng, lat], withZone !== undefined ? 3 : 0)) continue;
    hits.push({
      position: [round(lng, 7), round(lat, 7)],
      read_as: `EPSG:${srid}`,
      label: `X ${x} Y ${y} (EPSG:${srid})`,
    });
  }
  return hits;
}

function lonLatOf(text: string): CoordinateHit | null {
  const split = text.includes(",") || text.includes(";") ? [text.split(/[,;]/)] : splits(text.split(/\s+/));
  for (const pair of split) {
    if (pair.length !== 2) continue;
    const [p, q] = pair.map((s) => parseAngle(s.trim())) as [
      ReturnType<typeof parseAngle>,
      ReturnType<typeof parseAngle>,
    ];
    if (!p.ok || !q.ok) continue;
    const lonFirst =
      p.axis === "lon" ||
      q.axis === "lat" ||
      (p.axis === undefined && q.axis === undefined && p.degrees > q.degrees);
    const position: [number, number] = lonFirst ? [p.degrees, q.degrees] : [q.degrees, p.degrees];
    if (Math.abs(position[1]) > 90 || Math.abs(position[0]) > 180 || !inShanxi(position, 10)) continue;
    return {
      position: [round(position[0], 7), round(position[1], 7)],
      read_as: "lonlat",
      label: `${position[0].toFixed(6)}°E ${position[1].toFixed(6)}°N`,
    };
  }
  return null;
}

/** Every way to cut whitespace-separated tokens into two non-empty halves. */
function splits(tokens: string[]): string[][] {
  if (tokens.length < 2 || tokens.length > 8) return [];
  return Array.from({ length: tokens.length - 1 }, (_, i) => [
    tokens.slice(0, i + 1).join(" "),
    tokens.slice(i + 1).join(" "),
  ]);
}
