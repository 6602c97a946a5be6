/**
 * Which geodetic datum a free text names: a 国土 TXT 坐标系 value, a WKT's
 * datum or spheroid name, or what a user typed.
 */

export type DatumName = "cgcs2000" | "wgs84" | "xian80" | "beijing54" | "gcj02" | "bd09";

// Order matters: the web-map systems and the old datums are tested before
// the "2000" and "WGS 84" they may mention beside them.
const PATTERNS: readonly [DatumName, RegExp][] = [
  ["gcj02", /gcj[\s_-]?0?2|火星|高德|腾讯|amap/i],
  ["bd09", /bd[\s_-]?0?9|百度|baidu/i],
  ["xian80", /西安|xi'?an|IAG[\s_]?(19)?75|80坐标/i],
  ["beijing54", /北京|beijing|krass?ovsk|54坐标/i],
  ["cgcs2000", /cgcs|2000|china[\s_]geodetic|china[\s_]2000/i],
  ["wgs84", /wgs[\s_-]?(19)?84/i],
];

/** The datum a text names, or undefined when it names none we know. */
export function datumOfText(text: string): DatumName | undefined {
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
