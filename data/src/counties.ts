import type { DatasetCounty } from "@lianpian/domain";
import { JINCHENG_CITY, JINCHENG_COUNTIES } from "@lianpian/domain";
import type { MultiPolygon, Polygon } from "geojson";
import { close, fromLocal, type LngLat, orientRing, roundPosition, toLocal } from "./frame.ts";
import { APPROXIMATE_OUTLINE } from "./provenance.ts";
import { Random } from "./random.ts";
import { wiggleSegment } from "./wiggle.ts";

/*
 * Approximate outlines of Jincheng's six counties as a planar partition:
 * junction nodes joined by wiggled edges that neighbours share vertex for
 * vertex, so the counties tile without gaps or overlaps, and the city is the
 * ring of outer edges. 城区 is an enclave: 泽州 carries it as a hole.
 */
const NODES: Record<string, LngLat> = {
  n1: [111.95, 35.86],
  n2: [112.3, 35.98],
  n3: [112.67, 35.97],
  n4: [113.05, 35.94],
  n5: [113.4, 35.91],
  n6: [113.57, 35.7],
  n7: [113.49, 35.43],
  n8: [113.22, 35.36],
  n9: [113.0, 35.22],
  n10: [112.62, 35.22],
  n11: [112.25, 35.21],
  n12: [111.97, 35.37],
  n13: [111.93, 35.55],
  n14: [112.55, 35.55],
  n15: [112.72, 35.68],
  n16: [113.08, 35.62],
};

const OUTER = ["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13", "n1"];

/** Each county's shell as a walk over the nodes. */
const WALKS: Record<string, string[]> = {
  "140521": ["n1", "n2", "n3", "n15", "n14", "n13", "n1"], // 沁水 west / north-west
  "140581": ["n3", "n4", "n16", "n15", "n3"], // 高平 north-east of centre
  "140524": ["n4", "n5", "n6", "n7", "n8", "n16", "n4"], // 陵川 east
  "140525": ["n15", "n16", "n8", "n9", "n10", "n14", "n15"], // 泽州 centre-south
  "140522": ["n13", "n14", "n10", "n11", "n12", "n13"], // 阳城 south-west
};

const CHENGQU_CENTER: LngLat = [112.865, 35.5];

/** Plausible current soil-and-water-conservation rates (2024), demo estimates below the 2025 targets. */
const SWC_NOW: Record<string, number> = {
  "140500": 66.12,
  "140502": 75.31,
  "140521": 73.26,
  "140522": 66.48,
  "140524": 60.85,
  "140525": 63.17,
  "140581": 60.22,
};

interface CountyShape {
  code: string;
  geometry: Polygon;
}

export interface CountyShapes {
  counties: CountyShape[];
  city: Polygon;
}

function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function chengquRing(rng: Random): LngLat[] {
  // About 6.3 × 6.7 km within 112.83–112.90°E, 35.47–35.53°N.
  const c = toLocal(CHENGQU_CENTER);
  const n = 14;
  const ring: LngLat[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = rng.float(3100, 3350);
    ring.push(roundPosition(fromLocal([c[0] + r * Math.cos(a) * 1.02, c[1] + r * Math.sin(a)]), 6));
  }
  return close(ring);
}

/** The outlines; they do not depend on the demo seed, so the map stays put. */
export function buildCountyShapes(): CountyShapes {
  const rng = new Random(140500);
  const edges = new Map<string, LngLat[]>();
  const edge = (a: string, b: string): LngLat[] => {
    const key = edgeKey(a, b);
    let path = edges.get(key);
    if (!path) {
      const [from, to] = a < b ? [a, b] : [b, a];
      path = wiggleSegment(NODES[from] as LngLat, NODES[to] as LngLat, rng, {
        stepM: 3000,
        amplitudeM: 2500,
      }).map((p) => roundPosition(p, 6));
      edges.set(key, path);
    }
    return a < b ? path : [...path].reverse();
  };
  const walk = (nodes: string[]): LngLat[] => {
    const ring: LngLat[] = [];
    for (let i = 1; i < nodes.length; i++)
      ring.push(...edge(nodes[i - 1] as string, nodes[i] as string).slice(i === 1 ? 0 : 1));
    return ring;
  };
  const city = orientRing(walk(OUTER), true);
  const chengqu = chengquRing(rng);
  const counties: CountyShape[] = Object.entries(WALKS).map(([code, nodes]) => {
    const shell = orientRing(walk(nodes), true);
    const rings = code === "140525" ? [shell, orientRing(chengqu, false)] : [shell];
    return { code, geometry: { type: "Polygon", coordinates: rings } };
  });
  counties.push({ code: "140502", geometry: { type: "Polygon", coordinates: [orientRing(chengqu, true)] } });
  counties.sort((a, b) => a.code.localeCompare(b.code));
  return { counties, city: { type: "Polygon", coordinates: [city] } };
}

const asMulti = (p: Polygon): MultiPolygon => ({ type: "MultiPolygon", coordinates: [p.coordinates] });

/** County rows (and the city row) with the real SWC targets of regions.ts. */
export function countyRows(shapes: CountyShapes, source: string): DatasetCounty[] {
  const remarks = `${APPROXIMATE_OUTLINE}；水土保持率目标为晋城市规划真实数值，现状值为演示估计 SWC targets are the Jincheng plan's real figures; the current rate is a demo estimate`;
  const city: DatasetCounty = {
    code: JINCHENG_CITY.code,
    name_zh: JINCHENG_CITY.nameZh,
    name_en: JINCHENG_CITY.nameEn,
    parent_code: null,
    level: "city",
    swc_rate_now: SWC_NOW[JINCHENG_CITY.code] ?? null,
    swc_rate_now_year: 2024,
    swc_target_2025: JINCHENG_CITY.swcTarget2025,
    swc_target_2035: JINCHENG_CITY.swcTarget2035,
    geom: asMulti(shapes.city),
    data_source: source,
    remarks: `${remarks}；市界为各县（区）之并 the city outline is the union of its counties`,
  };
  const rows = JINCHENG_COUNTIES.map((region): DatasetCounty => {
    const shape = shapes.counties.find((c) => c.code === region.code);
    if (!shape) throw new Error(`no outline for county ${region.code}`);
    return {
      code: region.code,
      name_zh: region.nameZh,
      name_en: region.nameEn,
      parent_code: region.parentCode,
      level: "county",
      swc_rate_now: SWC_NOW[region.code] ?? null,
      swc_rate_now_year: 2024,
      swc_target_2025: region.swcTarget2025,
      swc_target_2035: region.swcTarget2035,
      geom: asMulti(shape.geometry),
      data_source: source,
      remarks,
    };
  });
  return [city, ...rows];
}
