import { gkZoneBySrid } from "@lianpian/geo";
import type { Position } from "geojson";
import iconv from "iconv-lite";
import { FormatError, type WriteInput, type WrittenFile } from "./types.ts";

/**
 * A 国土 coordinate exchange text (电子报盘) of the polygons: the [属性描述]
 * header from the GK zone, one [地块坐标] block per feature (rings numbered
 * by 圈号, corners J1… with each ring closed on its first number), X northing
 * and Y easting to 0.001 m. GBK unless UTF-8 is asked for.
 */
export function writeGuotuTxt(input: WriteInput, today = new Date()): WrittenFile {
  const zone = gkZoneBySrid(input.crs.epsg);
  if (!zone) {
    throw new FormatError(
      "unsupported_format",
      `国土 TXT needs a CGCS2000 Gauss-Krüger zone, not EPSG:${input.crs.epsg}.`,
      {
        epsg: input.crs.epsg,
      },
    );
  }
  const lines = [
    "[属性描述]",
    "格式版本号=1.01版本",
    "数据产生单位=连片 Lianpian",
    `数据产生日期=${today.toISOString().slice(0, 10)}`,
    "坐标系=2000国家大地坐标系",
    `几度分带=${zone.width}`,
    "投影类型=高斯克吕格",
    "计量单位=米",
    `带号=${zone.zone}`,
    "精度=0.001",
    "转换参数=,,,,,,",
    "[地块坐标]",
  ];
  input.features.forEach((feature, i) => {
    const g = feature.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) return;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    const rings = polygons.flat();
    const points: string[] = [];
    let n = 0;
    rings.forEach((ring, r) => {
      const open = closed(ring) ? ring.slice(0, -1) : ring;
      const first = n + 1;
      for (const p of open) points.push(`J${++n},${r + 1},${fixed(p[1])},${fixed(p[0])}`);
      points.push(`J${first},${r + 1},${fixed(open[0]?.[1])},${fixed(open[0]?.[0])}`);
    });
    const area = polygons.reduce(
      (sum, [outer = [], ...holes]) =>
        sum + Math.abs(ringArea(outer)) - holes.reduce((h, hole) => h + Math.abs(ringArea(hole)), 0),
      0,
    );
    const p = feature.properties;
    const header = [
      points.length,
      (area / 10_000).toFixed(4),
      text(p.地块编号 ?? valueEndingWith(p, "编号") ?? feature.id ?? i + 1),
      text(p.地块名称 ?? p.name_zh ?? p.name ?? valueEndingWith(p, "名称") ?? ""),
      "面",
      text(p.图幅号),
      text(p.地块用途),
      text(p.地类编码),
      "@",
    ];
    lines.push(header.join(","), ...points);
  });
  const body = `${lines.join("\r\n")}\r\n`;
  const gbk = input.encoding !== "utf-8";
  return {
    bytes: gbk ? new Uint8Array(iconv.encode(body, "gbk")) : new TextEncoder().encode(body),
    contentType: `text/plain; charset=${gbk ? "gbk" : "utf-8"}`,
    fileName: `${input.name}.txt`,
  };
}

/** The first attribute named like a name (矿山名称, 区域名称…), for a block's 地块名称. */
/** The value of the first field named …编号 or …名称 (a layer's own code or name under its zh label). */
function valueEndingWith(properties: Record<string, unknown>, suffix: string): unknown {
  const key = Object.keys(properties).find((k) => k.endsWith(suffix));
  return key === undefined ? undefined : properties[key];
}

function closed(ring: Position[]): boolean {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    twice += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return twice / 2;
}

function fixed(v: number | undefined): string {
  return (v ?? 0).toFixed(3);
}

function text(v: unknown): string {
  return v == null ? "" : String(v).replace(/[,，\r\n]/g, " ");
}
