import type { DatasetRiver, DatasetTransportLine } from "@lianpian/domain";
import { type LngLat, roundPosition } from "./frame.ts";
import { APPROXIMATE_LINE } from "./provenance.ts";
import { Random } from "./random.ts";
import { wigglePath } from "./wiggle.ts";

/*
 * Rivers, expressways and the high-speed rail as approximate courses: a few
 * control points from a small-scale map, wiggled. Like the county outlines
 * they do not depend on the demo seed.
 */
interface LineSpec {
  key: string;
  nameZh: string;
  nameEn: string;
  points: LngLat[];
}

const RIVERS: (LineSpec & { riverClass: "main" | "tributary" | "stream" })[] = [
  {
    key: "qinhe",
    nameZh: "沁河",
    nameEn: "Qin River",
    riverClass: "main",
    points: [
      [112.24, 35.95],
      [112.27, 35.84],
      [112.3, 35.76],
      [112.36, 35.7],
      [112.43, 35.62],
      [112.5, 35.5],
      [112.55, 35.4],
      [112.62, 35.31],
      [112.7, 35.25],
    ],
  },
  {
    key: "danhe",
    nameZh: "丹河",
    nameEn: "Dan River",
    riverClass: "main",
    points: [
      [112.9, 35.93],
      [112.91, 35.84],
      [112.93, 35.74],
      [112.95, 35.62],
      [112.97, 35.5],
      [112.99, 35.4],
      [113.02, 35.3],
      [113.03, 35.25],
    ],
  },
  {
    key: "baishui",
    nameZh: "白水河",
    nameEn: "Baishui River",
    riverClass: "tributary",
    points: [
      [112.8, 35.57],
      [112.84, 35.52],
      [112.87, 35.49],
      [112.92, 35.46],
      [112.97, 35.45],
    ],
  },
  {
    key: "meihe",
    nameZh: "梅河",
    nameEn: "Mei River",
    riverClass: "tributary",
    points: [
      [112.0, 35.72],
      [112.1, 35.7],
      [112.19, 35.69],
      [112.29, 35.67],
      [112.4, 35.65],
    ],
  },
  {
    key: "zhengcun",
    nameZh: "郑村河",
    nameEn: "Zhengcun River",
    riverClass: "stream",
    points: [
      [112.12, 35.6],
      [112.22, 35.59],
      [112.33, 35.6],
      [112.45, 35.6],
    ],
  },
];

export const TRANSPORT: (LineSpec & { kind: "expressway" | "high_speed_rail"; ref: string | null })[] = [
  {
    key: "changjin",
    nameZh: "长晋高速",
    nameEn: "Changzhi–Jincheng Expressway",
    kind: "expressway",
    ref: "G55",
    points: [
      [112.96, 35.93],
      [112.94, 35.8],
      [112.92, 35.68],
      [112.9, 35.58],
      [112.88, 35.51],
    ],
  },
  {
    key: "jinjiao",
    nameZh: "晋焦高速",
    nameEn: "Jincheng–Jiaozuo Expressway",
    kind: "expressway",
    ref: "G55",
    points: [
      [112.88, 35.51],
      [112.9, 35.42],
      [112.93, 35.33],
      [112.97, 35.25],
    ],
  },
  {
    key: "jinyang",
    nameZh: "晋阳高速",
    nameEn: "Jincheng–Yangcheng Expressway",
    kind: "expressway",
    ref: "S75",
    points: [
      [112.88, 35.51],
      [112.76, 35.47],
      [112.62, 35.46],
      [112.45, 35.48],
      [112.3, 35.45],
      [112.12, 35.42],
      [112.0, 35.41],
    ],
  },
  {
    key: "lingqin",
    nameZh: "陵沁高速",
    nameEn: "Lingchuan–Qinshui Expressway",
    kind: "expressway",
    ref: "S76",
    points: [
      [113.35, 35.77],
      [113.2, 35.78],
      [113.05, 35.79],
      [112.94, 35.8],
      [112.75, 35.76],
      [112.55, 35.72],
      [112.35, 35.71],
      [112.19, 35.69],
      [112.02, 35.7],
    ],
  },
  {
    key: "zhengtai",
    nameZh: "郑太高铁",
    nameEn: "Zhengzhou–Taiyuan High-Speed Railway",
    kind: "high_speed_rail",
    ref: null,
    // Passes 高平东 (Gaoping East), 晋城东 (Jincheng East) and 泽州.
    points: [
      [112.99, 35.92],
      [112.98, 35.8],
      [112.95, 35.66],
      [112.92, 35.52],
      [112.88, 35.42],
      [112.87, 35.33],
      [112.9, 35.25],
    ],
  },
];

const wiggled = (spec: LineSpec, seed: number, amplitudeM: number): LngLat[] =>
  wigglePath(spec.points, new Random(seed), { stepM: 1500, amplitudeM }).map((p) => roundPosition(p, 6));

/** The courses, keyed for corridors and distance checks. */
export function lineCourses(): Map<string, LngLat[]> {
  const out = new Map<string, LngLat[]>();
  RIVERS.forEach((r, i) => {
    out.set(r.key, wiggled(r, 9100 + i, 500));
  });
  TRANSPORT.forEach((t, i) => {
    out.set(t.key, wiggled(t, 9200 + i, t.kind === "expressway" ? 250 : 150));
  });
  return out;
}

export function riverRows(courses: Map<string, LngLat[]>, source: string): DatasetRiver[] {
  return RIVERS.map((r) => ({
    name_zh: r.nameZh,
    name_en: r.nameEn,
    river_class: r.riverClass,
    geom: { type: "MultiLineString", coordinates: [courses.get(r.key) as LngLat[]] },
    data_source: source,
    remarks: APPROXIMATE_LINE,
  }));
}

export function transportRows(courses: Map<string, LngLat[]>, source: string): DatasetTransportLine[] {
  return TRANSPORT.map((t) => ({
    name_zh: t.nameZh,
    name_en: t.nameEn,
    ref: t.ref,
    kind: t.kind,
    geom: { type: "MultiLineString", coordinates: [courses.get(t.key) as LngLat[]] },
    data_source: source,
    remarks: APPROXIMATE_LINE,
  }));
}
