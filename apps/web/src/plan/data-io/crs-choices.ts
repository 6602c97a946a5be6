import type { Label } from "@lianpian/domain";

/** A coordinate system a user can pick, by the value the API takes. */
export interface CrsChoice {
  value: string;
  label: Label;
}

/** CGCS2000 3° Gauss-Krüger zones run 25…45 (central meridians 75°E…135°E). */
const GK3_ZONES = Array.from({ length: 21 }, (_, i) => 25 + i);
/** Shanxi lies in zones 37 (111°E) and 38 (114°E): those come first. */
const SHANXI_ZONES = [37, 38];

/** EPSG code of a CGCS2000 3° GK zone: 4513…4533 with the zone number in the easting, 4534…4554 without. */
export function gk3Epsg(zone: number, prefixed: boolean): number {
  return (prefixed ? 4513 : 4534) + zone - 25;
}

function gk3Choice(zone: number, prefixed: boolean): CrsChoice {
  const cm = zone * 3;
  const epsg = gk3Epsg(zone, prefixed);
  return {
    value: `EPSG:${epsg}`,
    label: prefixed
      ? {
          zh: `CGCS2000 高斯 3° 带 ${zone}（带号，${cm}°E）EPSG:${epsg}`,
          en: `CGCS2000 GK 3° zone ${zone} (prefixed, ${cm}°E) EPSG:${epsg}`,
        }
      : {
          zh: `CGCS2000 高斯 3° 中央经线 ${cm}°E（无带号）EPSG:${epsg}`,
          en: `CGCS2000 GK 3° CM ${cm}°E (no prefix) EPSG:${epsg}`,
        },
  };
}

export interface CrsGroup {
  label: Label;
  choices: CrsChoice[];
}

/** What the import's CRS selector offers, grouped; Shanxi's zones before the rest. */
export const IMPORT_CRS_GROUPS: readonly CrsGroup[] = [
  {
    label: { zh: "地理坐标", en: "Geographic" },
    choices: [
      { value: "EPSG:4490", label: { zh: "CGCS2000 经纬度 EPSG:4490", en: "CGCS2000 lon/lat EPSG:4490" } },
      { value: "EPSG:4326", label: { zh: "WGS84 经纬度 EPSG:4326", en: "WGS84 lon/lat EPSG:4326" } },
    ],
  },
  {
    label: { zh: "高斯投影 3° 带（山西）", en: "Gauss-Krüger 3° (Shanxi)" },
    choices: SHANXI_ZONES.flatMap((z) => [gk3Choice(z, false), gk3Choice(z, true)]),
  },
  {
    label: { zh: "高斯投影 3° 带（其他）", en: "Gauss-Krüger 3° (other zones)" },
    choices: GK3_ZONES.filter((z) => !SHANXI_ZONES.includes(z)).flatMap((z) => [
      gk3Choice(z, false),
      gk3Choice(z, true),
    ]),
  },
  {
    label: { zh: "互联网地图坐标（导入时转换）", en: "Web map coordinates (converted on import)" },
    choices: [
      { value: "GCJ02", label: { zh: "GCJ-02（高德、腾讯）", en: "GCJ-02 (Amap, Tencent)" } },
      { value: "BD09", label: { zh: "BD-09（百度）", en: "BD-09 (Baidu)" } },
    ],
  },
];

/** Export targets: the two geographic systems, Shanxi's GK zones, or the zone picked from the data. */
export const EXPORT_CRS_CHOICES: readonly CrsChoice[] = [
  { value: "EPSG:4490", label: { zh: "CGCS2000 经纬度 EPSG:4490", en: "CGCS2000 lon/lat EPSG:4490" } },
  { value: "EPSG:4326", label: { zh: "WGS84 经纬度 EPSG:4326", en: "WGS84 lon/lat EPSG:4326" } },
  {
    value: "auto-gk",
    label: { zh: "高斯 3° 带（按数据中央经线自动选择）", en: "GK 3° zone (chosen from the data)" },
  },
  ...SHANXI_ZONES.flatMap((z) => [gk3Choice(z, false), gk3Choice(z, true)]),
];

const ALL_IMPORT_CHOICES = IMPORT_CRS_GROUPS.flatMap((g) => g.choices);

/** A CRS's label for display; an unlisted one (a 6° zone, a WKT name) shows as the API gave it. */
export function crsLabel(value: string | null, locale: "zh" | "en"): string {
  if (!value) return locale === "zh" ? "未识别" : "not recognised";
  const hit = [...ALL_IMPORT_CHOICES, ...EXPORT_CRS_CHOICES].find((c) => c.value === value);
  return hit ? hit.label[locale] : value;
}

/** Whether a CRS is projected GK with the zone number in the easting (the export's prefix switch applies). */
export function isGk(value: string): boolean {
  const m = /^EPSG:(\d+)$/.exec(value);
  const code = m ? Number(m[1]) : 0;
  return value === "auto-gk" || (code >= 4513 && code <= 4554);
}
