import { geodesicArea, geodesicLength } from "@lianpian/geo";
import type { Polygon } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type AnalysisFixtures, insertAnalysisFixtures, line, rect, SHAPES } from "./analysis.fixtures.ts";
import { computeFundShares } from "./fund-shares.ts";
import { buildZoneReport } from "./zone-report.ts";

// Expected figures come from packages/geo (GeographicLib on the CGCS2000
// ellipsoid), computed on the GK rectangles the overlaps must be, never from PostGIS.
const area = (p: Polygon) => geodesicArea(p);
function near(actual: number | undefined, expected: number) {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected) / expected).toBeLessThan(0.001);
}

let t: TestDatabase;
let f: AnalysisFixtures;
beforeAll(async () => {
  t = await openTestDatabase();
  f = await insertAnalysisFixtures(t.db.kysely);
});
afterAll(async () => {
  await t?.drop();
});

describe("buildZoneReport on constructed fixtures", () => {
  it("measures the zone in m², 亩, ha and km²", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    const expected = area(SHAPES.zone);
    near(r.area.m2, expected);
    near(r.area.mu, expected / (10000 / 15));
    near(r.area.ha, expected / 10_000);
    near(r.area.km2, expected / 1e6);
    // a 2 km GK square 20 km off the central meridian is 4 km² to 1e-5
    near(r.area.km2, 4);
  });

  it("lists the counties crossed with the area in each", async () => {
    const wide = rect(4000, 0, 6000, 1000);
    const r = await buildZoneReport(t.db.kysely, wide);
    expect(r.counties.map((c) => c.code).sort()).toEqual(["149901", "149902"]);
    for (const c of r.counties) near(c.area_m2, area(rect(4000, 0, 5000, 1000)));
  });

  it("finds the mines with overlap, share of each mine, company, status and disposition", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    const byId = new Map(r.mines.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([f.mineA, f.mineB, f.pit].sort());
    near(byId.get(f.mineA)?.overlap_m2, area(rect(0, 0, 500, 1000)));
    near(byId.get(f.mineA)?.share_of_mine_pct, 50);
    expect(byId.get(f.mineA)?.company_name).toBe("甲测试煤业有限公司");
    near(byId.get(f.mineB)?.overlap_m2, area(SHAPES.mineB));
    near(byId.get(f.mineB)?.share_of_mine_pct, 100);
    expect(byId.get(f.mineB)).toMatchObject({
      status: "closed",
      mineral: "coal",
      disposition: "close_and_ban",
    });
    near(byId.get(f.pit)?.overlap_m2, area(rect(1800, 1800, 2000, 2000)));
    expect(byId.get(f.pit)?.company_id).toBeNull();
  });

  it("sums subsidence inside the zone by treatment status", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    const byStatus = Object.fromEntries(r.subsidence.by_status.map((s) => [s.status, s]));
    near(byStatus.untreated?.area_m2, area(rect(0, 1500, 1000, 2000)));
    near(byStatus.planned?.area_m2, area(SHAPES.subsidenceGovernment));
    expect(byStatus.untreated?.count).toBe(1);
    near(r.subsidence.total_m2, area(rect(0, 1500, 1000, 2000)) + area(SHAPES.subsidenceGovernment));
  });

  it("counts active hazards by type and effective grade with the people threatened", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    expect(r.hazards.by_type_grade).toEqual([
      { hazard_type: "collapse", danger_grade: "medium", count: 1 },
      { hazard_type: "landslide", danger_grade: "large", count: 2 },
    ]);
    expect(r.hazards.count).toBe(3);
    expect(r.hazards.threatened_people).toBe(120 + 600 + 12);
    expect(r.hazards.threatened_households).toBe(30 + 150 + 3);
    expect(r.hazards.items.map((h) => h.id)).not.toContain(f.hazards.outside);
  });

  it("measures corridor length by type, villages and population inside", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    const river = r.corridors.find((c) => c.corridor_type === "river");
    const road = r.corridors.find((c) => c.corridor_type === "road");
    near(river?.length_m, geodesicLength(line([0, 1000], [2000, 1000])));
    near(road?.length_m, geodesicLength(line([1000, 0], [1000, 2000])));
    expect(r.villages).toMatchObject({ count: 1, population: 800, households: 267 });
  });

  it("warns of protected areas and other zones with the overlap", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    expect(r.protected_areas).toHaveLength(1);
    near(r.protected_areas[0]?.overlap_m2, area(rect(1500, 0, 2000, 300)));
    expect(r.warnings.map((w) => w.code)).toEqual(["protected_overlap", "zone_overlap"]);
    expect(r.other_zones.map((z) => z.id)).toEqual([f.otherZone]);
    near(r.other_zones[0]?.overlap_m2, area(rect(1900, 0, 2000, 2000)));
    const self = await buildZoneReport(t.db.kysely, SHAPES.zone, f.otherZone);
    expect(self.other_zones).toEqual([]);
  });

  it("gives the geodesic distance to the nearest high-speed rail and expressway", async () => {
    const r = await buildZoneReport(t.db.kysely, SHAPES.zone);
    // the rail runs 1000 m north of the zone's top edge, the expressway 700 m west of it
    near(r.nearest.high_speed_rail?.distance_m, geodesicLength(line([1000, 2000], [1000, 3000])));
    near(r.nearest.expressway?.distance_m, geodesicLength(line([-700, 1000], [0, 1000])));
    expect(r.nearest.high_speed_rail?.name_zh).toBe("测试高铁");
  });
});

describe("computeFundShares", () => {
  it("splits by damage: footprints plus attributed subsidence; historic damage is the government's", async () => {
    const sharedInside = area(rect(0, 1500, 1000, 2000));
    const a = area(rect(0, 0, 500, 1000)) + 0.6 * sharedInside;
    const b = area(SHAPES.mineB) + 0.4 * sharedInside;
    const gov = area(rect(1800, 1800, 2000, 2000)) + area(SHAPES.subsidenceGovernment);
    const total = a + b + gov;
    const shares = await computeFundShares(t.db.kysely, SHAPES.zone);
    const by = new Map(shares.parties.map((p) => [p.company_id, p]));
    near(by.get(f.companyA)?.share_pct, (a / total) * 100);
    near(by.get(f.companyB)?.share_pct, (b / total) * 100);
    near(by.get(null)?.share_pct, (gov / total) * 100);
    near(by.get(f.companyA)?.damage_m2, a);
    near(shares.total_damage_m2, total);
    const sum = shares.parties.reduce((s, p) => s + Math.round(p.share_pct * 1000), 0);
    expect(sum).toBe(100_000);
    expect(shares.parties.map((p) => p.company_id)).toEqual([f.companyA, f.companyB, null]);
  });

  it("gives no shares for an outline without damage", async () => {
    const empty = rect(3500, 3500, 4500, 4500);
    expect((await computeFundShares(t.db.kysely, empty)).parties).toEqual([]);
  });
});
