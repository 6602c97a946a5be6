import { gkZoneSrid, toProjected } from "@lianpian/geo";
import { distanceToPath, fromLocal, type LngLat, toLocal, type XY } from "./frame.ts";
import type { Placer } from "./placement.ts";
import type { Random } from "./random.ts";
import { blobFootprint, type EN, type Footprint, rectilinearFootprint } from "./shapes.ts";

type MineCategory = "coal" | "noncoal" | "historic";

/** A mine's place and shape before its attributes are drawn. */
export interface MineSite {
  index: number;
  category: MineCategory;
  county: string;
  mineral: string;
  method: "underground" | "open_pit" | "combined";
  srid: 4546 | 4547;
  center: XY;
  centerEN: EN;
  footprint: Footprint;
  /** Distance from the centre to the nearest expressway or high-speed rail, metres (historic pits). */
  lineDistanceM: number;
}

const COAL_PER_COUNTY: Record<string, number> = {
  "140521": 38,
  "140525": 30,
  "140581": 14,
  "140522": 16,
};
const NONCOAL_PER_COUNTY: Record<string, number> = {
  "140525": 55,
  "140524": 28,
  "140522": 27,
  "140581": 22,
  "140521": 22,
  "140502": 8,
};
const HISTORIC_PER_COUNTY: Record<string, number> = {
  "140525": 14,
  "140502": 5,
  "140581": 8,
  "140522": 6,
  "140524": 4,
  "140521": 3,
};

const NONCOAL_MINERALS: Record<string, [string, number][]> = {
  "140525": [
    ["construction_stone", 22],
    ["cement_limestone", 8],
    ["bauxite", 6],
    ["iron", 8],
    ["sand_gravel", 4],
    ["dolomite", 4],
    ["clay", 3],
  ],
  "140524": [
    ["construction_stone", 14],
    ["cement_limestone", 6],
    ["iron", 5],
    ["dolomite", 3],
  ],
  "140522": [
    ["construction_stone", 12],
    ["bauxite", 6],
    ["cement_limestone", 4],
    ["sand_gravel", 3],
    ["iron", 2],
  ],
  "140581": [
    ["construction_stone", 10],
    ["dolomite", 4],
    ["clay", 4],
    ["sand_gravel", 2],
    ["cement_limestone", 2],
  ],
  "140521": [
    ["construction_stone", 12],
    ["sand_gravel", 5],
    ["bauxite", 3],
    ["other", 2],
  ],
  "140502": [
    ["construction_stone", 4],
    ["clay", 3],
    ["other", 1],
  ],
};

const HISTORIC_MINERALS: [string, number][] = [
  ["construction_stone", 6],
  ["cement_limestone", 2],
  ["clay", 2],
  ["other", 1],
];

function site(
  index: number,
  category: MineCategory,
  county: string,
  mineral: string,
  method: MineSite["method"],
  center: XY,
  footprintOf: (en: EN) => Footprint,
): MineSite {
  const lngLat = fromLocal(center);
  const srid = gkZoneSrid(lngLat[0]);
  const centerEN = toProjected(lngLat, srid);
  return {
    index,
    category,
    county,
    mineral,
    method,
    srid,
    center,
    centerEN,
    footprint: footprintOf(centerEN),
    lineDistanceM: 0,
  };
}

/**
 * Places about 300 mines that do not overlap one another, protected areas or
 * reservoirs: underground coal mines of 5–50 km² first (largest first), then
 * small non-coal open pits, then historic abandoned pits, many of them in
 * sight of the expressways and the high-speed rail.
 */
export function placeMines(placer: Placer, rng: Random, sightLines: readonly LngLat[][]): MineSite[] {
  const sites: MineSite[] = [];
  const coal = Object.entries(COAL_PER_COUNTY).flatMap(([county, n]) =>
    Array.from({ length: n }, () => ({ county, areaKm2: 5.05 + 44.9 * rng.next() ** 2.8 })),
  );
  coal.sort((a, b) => b.areaKm2 - a.areaKm2);
  for (const { county, areaKm2 } of coal) {
    const r = rng.fork(`coal-${sites.length}`);
    const shapeRng = rng.fork(`coal-shape-${sites.length}`);
    let area = areaKm2;
    for (;;) {
      const probe = rectilinearFootprint([0, 0], area * 1e6, shapeRng.fork(String(area)));
      const c = placer.place(county, probe.outerRadius, r, 300);
      if (c) {
        sites.push(
          site(sites.length, "coal", county, "coal", "underground", c, (en) =>
            rectilinearFootprint(en, area * 1e6, shapeRng.fork(String(area))),
          ),
        );
        break;
      }
      if (area <= 5.05) throw new Error(`no room for a coal mine in ${county}`);
      area = Math.max(5.05, area * 0.85);
    }
  }
  for (const [county, n] of Object.entries(NONCOAL_PER_COUNTY)) {
    for (let i = 0; i < n; i++) {
      const mineral = rng.weighted(NONCOAL_MINERALS[county] ?? []);
      const method = mineral === "iron" && rng.chance(0.4) ? "underground" : "open_pit";
      const area = rng.logUniform(0.02, 1) * 1e6;
      const shapeRng = rng.fork(`noncoal-${sites.length}`);
      const probe = rectilinearFootprint([0, 0], area, shapeRng.fork("probe"));
      const c = placer.place(county, probe.outerRadius, rng, 150);
      if (!c) throw new Error(`no room for a non-coal mine in ${county}`);
      sites.push(
        site(sites.length, "noncoal", county, mineral, method, c, (en) =>
          rectilinearFootprint(en, area, shapeRng.fork("probe")),
        ),
      );
    }
  }
  const sight = sightLines.map((line) => line.map(toLocal));
  for (const [county, n] of Object.entries(HISTORIC_PER_COUNTY)) {
    for (let i = 0; i < n; i++) {
      const radius = Math.sqrt((rng.logUniform(0.03, 0.4) * 1e6) / Math.PI);
      const nearLine = rng.chance(0.6);
      const propose = (): XY => {
        const line = rng.pick(sight);
        const a = rng.pick(line);
        const angle = rng.float(0, 2 * Math.PI);
        const d = rng.float(300, 2500);
        return [a[0] + d * Math.cos(angle), a[1] + d * Math.sin(angle)];
      };
      const shapeRng = rng.fork(`historic-${sites.length}`);
      const c =
        (nearLine ? placer.place(county, radius, rng, 150, propose, 300) : null) ??
        placer.place(county, radius, rng, 150);
      if (!c) throw new Error(`no room for a historic pit in ${county}`);
      const mineral = rng.weighted(HISTORIC_MINERALS);
      const s = site(sites.length, "historic", county, mineral, "open_pit", c, (en) =>
        blobFootprint(en, radius, shapeRng, 10, 0.7),
      );
      s.lineDistanceM = Math.min(...sight.map((line) => distanceToPath(c, line)));
      sites.push(s);
    }
  }
  return sites;
}
