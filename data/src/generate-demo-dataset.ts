import { DATASET_FORMAT, DATASET_VERSION, type Dataset } from "@lianpian/domain";
import { assignCompanies } from "./companies.ts";
import {
  buildInfrastructure,
  buildProtectedAreas,
  buildVillages,
  PROTECTED_CIRCLES,
} from "./context-features.ts";
import { lineCourses, riverRows, TRANSPORT, transportRows } from "./context-lines.ts";
import { buildCorridors } from "./corridors.ts";
import { buildCountyShapes, countyRows } from "./counties.ts";
import type { LngLat } from "./frame.ts";
import { buildHazards } from "./hazards.ts";
import { mineAttributes } from "./mine-attributes.ts";
import { placeMines } from "./mine-placement.ts";
import { mineRows } from "./mine-rows.ts";
import { Placer, type Region, regionOf } from "./placement.ts";
import { syntheticSource } from "./provenance.ts";
import { streamFor } from "./random.ts";
import { replicate } from "./replicate.ts";
import { buildSubsidence } from "./subsidence.ts";
import { buildZones } from "./zones.ts";

export interface DemoOptions {
  /** Any 32-bit integer; the same seed gives the same dataset. */
  seed: number;
  /**
   * Integer ≥ 1: scale 1 is the realistic Jincheng; scale N adds N−1 jittered
   * copies of companies, mines (with corners and funds), subsidence areas and
   * hazard points, with unique keys, for benchmarks. Context layers,
   * corridors and zones are not copied.
   */
  scale: number;
}

/**
 * A synthetic but realistic Jincheng as an import bundle: approximate county
 * outlines with the real soil-and-water-conservation targets, rivers, roads,
 * villages, protected areas, about 60 companies and 300 mines, about 70
 * subsidence areas, exactly 322 hazard points threatening 19,791 people (the
 * 2020 inventory), corridors and treatment zones. Deterministic: no clock, no
 * Math.random. Every row says it is synthetic in data_source.
 * @example generateDemoDataset({ seed: DEMO_SEED, scale: 1 })
 */
export function generateDemoDataset({ seed, scale }: DemoOptions): Dataset {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(scale) || scale < 1 || scale > 999)
    throw new RangeError(`scale must be an integer in 1…999, got ${scale}`);
  const source = syntheticSource(seed);
  const shapes = buildCountyShapes();
  const regions = new Map<string, Region>(shapes.counties.map((c) => [c.code, regionOf(c.code, c.geometry)]));
  const city = regionOf("140500", shapes.city);
  const courses = lineCourses();
  const placer = new Placer(regions);
  const protectedAreas = buildProtectedAreas(placer, streamFor(seed, "protected"), source);
  const villages = buildVillages(placer, streamFor(seed, "villages"), source);
  const infrastructure = buildInfrastructure(placer, villages, streamFor(seed, "infrastructure"), source);
  const sightLines = TRANSPORT.map((t) => courses.get(t.key) as LngLat[]);
  const sites = placeMines(placer, streamFor(seed, "mines"), sightLines);
  const attributes = mineAttributes(sites, streamFor(seed, "mine-attributes"));
  const { companies, owners } = assignCompanies(sites, streamFor(seed, "companies"), source);
  const mines = mineRows(sites, attributes, owners, companies, streamFor(seed, "mine-rows"), source);
  const basins = buildSubsidence(mines, villages, new Placer(regions), streamFor(seed, "subsidence"), source);
  const hazards = buildHazards(mines, basins, villages, placer, streamFor(seed, "hazards"), source);
  const corridors = buildCorridors(courses, [...regions.values()], streamFor(seed, "corridors"), source);
  const zones = buildZones(
    mines,
    basins,
    hazards,
    villages,
    {
      city,
      protectedCircles: PROTECTED_CIRCLES,
    },
    streamFor(seed, "zones"),
    source,
  );
  const copies = replicate(seed, scale, regions, companies, mines, basins, hazards);
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    name: `晋城合成演示数据 Jincheng synthetic demo, seed ${seed}, scale ${scale}`,
    counties: countyRows(shapes, source),
    rivers: riverRows(courses, source),
    transportLines: transportRows(courses, source),
    villages: villages.map((v) => v.row),
    protectedAreas,
    infrastructure,
    companies: [...companies.map((c) => c.row), ...copies.companies],
    mines: [...mines.map((m) => m.row), ...copies.mines],
    subsidenceAreas: [...basins.map((b) => b.row), ...copies.subsidenceAreas],
    hazardPoints: [...hazards.map((h) => h.row), ...copies.hazardPoints],
    corridors,
    treatmentZones: zones,
  };
}
