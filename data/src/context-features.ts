import type { DatasetInfrastructure, DatasetProtectedArea, DatasetVillage } from "@lianpian/domain";
import { gkZoneSrid, toProjected } from "@lianpian/geo";
import { fromLocal, type LngLat, roundPosition, toLocal, type XY } from "./frame.ts";
import { TOWNSHIPS, villageName } from "./names.ts";
import type { Placer } from "./placement.ts";
import { insideWithClearance } from "./placement.ts";
import { APPROXIMATE_LINE, APPROXIMATE_OUTLINE, FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";
import { blobFootprint, ringToLngLat } from "./shapes.ts";

export interface VillageDraft {
  row: DatasetVillage;
  xy: XY;
}

const VILLAGES_PER_COUNTY: Record<string, number> = {
  "140521": 30,
  "140522": 28,
  "140525": 32,
  "140502": 8,
  "140581": 27,
  "140524": 25,
};

/** About 150 fictional villages with populations and households. */
export function buildVillages(placer: Placer, rng: Random, source: string): VillageDraft[] {
  const taken = new Set<string>();
  const out: VillageDraft[] = [];
  for (const [code, count] of Object.entries(VILLAGES_PER_COUNTY)) {
    const region = placer.region(code);
    const [x0, y0, x1, y1] = region.bbox;
    for (let i = 0; i < count; i++) {
      let xy: XY = [0, 0];
      for (let attempt = 0; attempt < 1000; attempt++) {
        xy = [rng.float(x0, x1), rng.float(y0, y1)];
        if (insideWithClearance(xy, region, 800)) break;
      }
      const urban = code === "140502";
      const population = Math.round(urban ? rng.logUniform(2500, 7000) : rng.logUniform(250, 3200));
      out.push({
        xy,
        row: {
          name_zh: villageName(rng, taken),
          name_en: null,
          county_code: code,
          township: rng.pick(TOWNSHIPS[code] ?? []),
          population,
          households: Math.round(population / rng.float(2.8, 3.5)),
          geom: { type: "Point", coordinates: roundPosition(fromLocal(xy), 6) },
          data_source: source,
          remarks: FICTIONAL,
        },
      });
    }
  }
  return out;
}

interface AreaSpec {
  nameZh: string;
  nameEn: string;
  kind: string;
  level: string;
  county: string;
  center: LngLat;
  radiusM: number;
}

const PROTECTED: AreaSpec[] = [
  {
    nameZh: "蟒河猕猴国家级自然保护区",
    nameEn: "Manghe Macaque National Nature Reserve",
    kind: "nature_reserve",
    level: "national",
    county: "140522",
    center: [112.42, 35.3],
    radiusM: 4500,
  },
  {
    nameZh: "张峰水库饮用水水源保护区",
    nameEn: "Zhangfeng Reservoir Water-Source Protection Zone",
    kind: "water_source",
    level: "provincial",
    county: "140521",
    center: [112.285, 35.8],
    radiusM: 4000,
  },
  {
    nameZh: "太行山生态保护红线（陵川段）",
    nameEn: "Taihang Ecological Red Line (Lingchuan)",
    kind: "ecological_red_line",
    level: "national",
    county: "140524",
    center: [113.36, 35.72],
    radiusM: 9000,
  },
  {
    nameZh: "王莽岭风景名胜区",
    nameEn: "Wangmangling Scenic Area",
    kind: "scenic_area",
    level: "provincial",
    county: "140524",
    center: [113.4, 35.55],
    radiusM: 3500,
  },
  {
    nameZh: "白马寺山森林公园",
    nameEn: "Baimasi Hill Forest Park",
    kind: "forest_park",
    level: "provincial",
    county: "140525",
    center: [112.79, 35.57],
    radiusM: 2200,
  },
];

const RESERVOIRS: AreaSpec[] = [
  {
    nameZh: "张峰水库",
    nameEn: "Zhangfeng Reservoir",
    kind: "reservoir",
    level: "",
    county: "140521",
    center: [112.285, 35.8],
    radiusM: 1500,
  },
  {
    nameZh: "任庄水库",
    nameEn: "Renzhuang Reservoir",
    kind: "reservoir",
    level: "",
    county: "140525",
    center: [112.955, 35.585],
    radiusM: 800,
  },
];

function blob(spec: AreaSpec, rng: Random) {
  const srid = gkZoneSrid(spec.center[0]);
  const fp = blobFootprint(toProjected(spec.center, srid), spec.radiusM, rng, 18, 0.8);
  return ringToLngLat(fp.ring, srid, 7);
}

/** Protected areas; each keeps mines out of its circle. */
export function buildProtectedAreas(placer: Placer, rng: Random, source: string): DatasetProtectedArea[] {
  return PROTECTED.map((spec) => {
    const center = toLocal(spec.center);
    if (!placer.fits(center, spec.radiusM, spec.county, 500))
      throw new Error(`protected area ${spec.nameZh} does not fit`);
    placer.add({ center, radius: spec.radiusM });
    return {
      name_zh: spec.nameZh,
      name_en: spec.nameEn,
      kind: spec.kind,
      protection_level: spec.level,
      geom: { type: "MultiPolygon", coordinates: [[blob(spec, rng)]] },
      data_source: source,
      remarks: APPROXIMATE_OUTLINE,
    };
  });
}

/** Reservoirs, a power line, a gas pipeline, check dams, schools and clinics. */
export function buildInfrastructure(
  placer: Placer,
  villages: readonly VillageDraft[],
  rng: Random,
  source: string,
): DatasetInfrastructure[] {
  const rows: DatasetInfrastructure[] = RESERVOIRS.map((spec) => {
    const center = toLocal(spec.center);
    placer.add({ center, radius: spec.radiusM + 1500 });
    return {
      name_zh: spec.nameZh,
      kind: "reservoir",
      geom: { type: "Polygon", coordinates: [blob(spec, rng)] },
      data_source: source,
      remarks: APPROXIMATE_OUTLINE,
    };
  });
  const line = (nameZh: string, kind: string, points: LngLat[]): DatasetInfrastructure => ({
    name_zh: nameZh,
    kind,
    geom: { type: "LineString", coordinates: points },
    data_source: source,
    remarks: `${APPROXIMATE_LINE}；${FICTIONAL}`,
  });
  rows.push(
    line("晋城—高平500千伏输电线路（示意）", "power_line", [
      [112.95, 35.47],
      [112.96, 35.62],
      [112.98, 35.75],
      [112.97, 35.88],
    ]),
    line("端氏—嘉峰煤层气输气管线（示意）", "pipeline", [
      [112.08, 35.6],
      [112.22, 35.66],
      [112.36, 35.71],
      [112.5, 35.63],
    ]),
  );
  const pickVillage = (counties: readonly string[]) => {
    const pool = villages.filter((v) => counties.includes(v.row.county_code));
    return rng.pick(pool);
  };
  const near = (v: VillageDraft, m: number): LngLat => {
    const region = placer.region(v.row.county_code);
    let p: XY = v.xy;
    for (let attempt = 0; attempt < 20; attempt++) {
      const a = rng.float(0, 2 * Math.PI);
      const c: XY = [v.xy[0] + m * Math.cos(a), v.xy[1] + m * Math.sin(a)];
      if (insideWithClearance(c, region, 100)) {
        p = c;
        break;
      }
    }
    return roundPosition(fromLocal(p), 6);
  };
  for (let i = 0; i < 6; i++) {
    const v = pickVillage(["140521", "140522", "140524", "140581"]);
    rows.push({
      name_zh: `${v.row.name_zh.replace(/村$/, "")}沟淤地坝`,
      kind: "dam",
      geom: { type: "Point", coordinates: near(v, rng.float(600, 1500)) },
      data_source: source,
      remarks: FICTIONAL,
    });
  }
  for (const [kind, suffix, count] of [
    ["school", "中心学校", 3],
    ["hospital", "卫生院", 2],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const v = pickVillage(Object.keys(TOWNSHIPS));
      rows.push({
        name_zh: `${v.row.township ?? v.row.name_zh}${suffix}`,
        kind,
        geom: { type: "Point", coordinates: near(v, rng.float(50, 300)) },
        data_source: source,
        remarks: FICTIONAL,
      });
    }
  }
  return rows;
}

/** The protected areas' circles in the local plane, for keeping zones out of them. */
export const PROTECTED_CIRCLES = PROTECTED.map((p) => ({ center: toLocal(p.center), radius: p.radiusM }));
