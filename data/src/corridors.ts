import type { DatasetCorridor } from "@lianpian/domain";
import type { LngLat } from "./frame.ts";
import { toLocal } from "./frame.ts";
import { insideRegion, type Region } from "./placement.ts";
import { APPROXIMATE_LINE } from "./provenance.ts";
import type { Random } from "./random.ts";

interface CorridorSpec {
  code: string;
  nameZh: string;
  type: "river" | "road" | "railway" | "ridgeline";
  anchor: string;
  /** A course from context-lines, or explicit points (the ridgeline). */
  course: string | LngLat[];
  width: [number, number];
  functions: string[];
  status: "planned" | "building" | "built";
}

const SPECS: CorridorSpec[] = [
  {
    code: "EC-QINHE",
    nameZh: "沁河生态廊道",
    type: "river",
    anchor: "沁河",
    course: "qinhe",
    width: [400, 800],
    functions: ["water_conservation", "biodiversity", "soil_conservation"],
    status: "building",
  },
  {
    code: "EC-DANHE",
    nameZh: "丹河生态廊道",
    type: "river",
    anchor: "丹河",
    course: "danhe",
    width: [300, 600],
    functions: ["water_conservation", "biodiversity", "landscape"],
    status: "building",
  },
  {
    code: "EC-BAISHUI",
    nameZh: "白水河城市生态廊道",
    type: "river",
    anchor: "白水河",
    course: "baishui",
    width: [80, 200],
    functions: ["landscape", "water_conservation"],
    status: "built",
  },
  {
    code: "EC-MEIHE",
    nameZh: "梅河生态廊道",
    type: "river",
    anchor: "梅河",
    course: "meihe",
    width: [150, 300],
    functions: ["water_conservation", "soil_conservation"],
    status: "planned",
  },
  {
    code: "EC-ZHENGCUN",
    nameZh: "郑村河生态廊道",
    type: "river",
    anchor: "郑村河",
    course: "zhengcun",
    width: [100, 250],
    functions: ["soil_conservation", "water_conservation"],
    status: "planned",
  },
  {
    code: "EC-G55-N",
    nameZh: "长晋高速绿色通道",
    type: "road",
    anchor: "长晋高速",
    course: "changjin",
    width: [50, 100],
    functions: ["landscape", "soil_conservation"],
    status: "built",
  },
  {
    code: "EC-G55-S",
    nameZh: "晋焦高速绿色通道",
    type: "road",
    anchor: "晋焦高速",
    course: "jinjiao",
    width: [50, 100],
    functions: ["landscape", "soil_conservation"],
    status: "built",
  },
  {
    code: "EC-JINYANG",
    nameZh: "晋阳高速绿色通道",
    type: "road",
    anchor: "晋阳高速",
    course: "jinyang",
    width: [50, 80],
    functions: ["landscape", "soil_conservation"],
    status: "building",
  },
  {
    code: "EC-LINGQIN",
    nameZh: "陵沁高速绿色通道",
    type: "road",
    anchor: "陵沁高速",
    course: "lingqin",
    width: [50, 80],
    functions: ["landscape", "biodiversity"],
    status: "planned",
  },
  {
    code: "EC-ZHENGTAI",
    nameZh: "郑太高铁沿线生态廊道",
    type: "railway",
    anchor: "郑太高铁",
    course: "zhengtai",
    width: [100, 200],
    functions: ["landscape", "soil_conservation"],
    status: "building",
  },
  {
    code: "EC-TAIHANG",
    nameZh: "太行山脊生态廊道（陵川段）",
    type: "ridgeline",
    anchor: "太行山",
    course: [
      [113.2, 35.86],
      [113.27, 35.8],
      [113.3, 35.72],
      [113.32, 35.62],
      [113.34, 35.5],
    ],
    width: [500, 1000],
    functions: ["biodiversity", "water_conservation"],
    status: "planned",
  },
];

/** About ten corridors along the rivers, expressways, the rail line and the Taihang ridge. */
export function buildCorridors(
  courses: ReadonlyMap<string, LngLat[]>,
  counties: readonly Region[],
  rng: Random,
  source: string,
): DatasetCorridor[] {
  return SPECS.map((spec) => {
    const line = typeof spec.course === "string" ? (courses.get(spec.course) as LngLat[]) : spec.course;
    const local = line.map(toLocal);
    const countyCodes = counties.filter((c) => local.some((p) => insideRegion(p, c))).map((c) => c.code);
    const width = Math.round(rng.float(spec.width[0], spec.width[1]) / 10) * 10;
    const baseline = Math.round(rng.float(35, 60) * 100) / 100;
    const gain =
      spec.status === "planned"
        ? rng.float(0, 2)
        : spec.status === "building"
          ? rng.float(2, 8)
          : rng.float(6, 15);
    return {
      code: spec.code,
      name_zh: spec.nameZh,
      corridor_type: spec.type,
      anchor: spec.anchor,
      width_left_m: width,
      width_right_m: Math.round(width * rng.float(0.8, 1.2)),
      county_codes: countyCodes,
      functions: spec.functions,
      vegetation_cover_baseline: baseline,
      vegetation_cover_current: Math.round(Math.min(95, baseline + gain) * 100) / 100,
      status: spec.status,
      centerline: { type: "MultiLineString", coordinates: [line] },
      data_source: source,
      remarks: `${APPROXIMATE_LINE}；廊道宽度与植被覆盖度为演示值 widths and cover are demo values`,
    };
  });
}
