import { createHash } from "node:crypto";
import { computeDangerGrade, type Dataset } from "@lianpian/domain";
import { cornersToRing, geodesicArea, type ProjectedSrid, validatePolygonal } from "@lianpian/geo";
import type { MultiPolygon } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { isValidCreditCode } from "./credit-code.ts";
import { geometryProblems } from "./dataset-checks.ts";
import { generateDemoDataset } from "./generate-demo-dataset.ts";
import { DEMO_SEED } from "./provenance.ts";

const hash = (d: Dataset) => createHash("sha256").update(JSON.stringify(d)).digest("hex");
const cityOf = (d: Dataset) =>
  (d.counties.find((c) => c.code === "140500") as Dataset["counties"][number]).geom;

let demo: Dataset;
beforeAll(() => {
  demo = generateDemoDataset({ seed: DEMO_SEED, scale: 1 });
});

describe("determinism", () => {
  it("gives the same bundle for the same seed, byte for byte", () => {
    expect(hash(generateDemoDataset({ seed: DEMO_SEED, scale: 1 }))).toBe(hash(demo));
  });
  it("gives another bundle for another seed", () => {
    expect(hash(generateDemoDataset({ seed: DEMO_SEED + 1, scale: 1 }))).not.toBe(hash(demo));
  });
  it("refuses a scale that is not a positive integer", () => {
    expect(() => generateDemoDataset({ seed: 1, scale: 0 })).toThrow(RangeError);
    expect(() => generateDemoDataset({ seed: 1, scale: 1.5 })).toThrow(RangeError);
  });
});

describe("the 2020 inventory figures", () => {
  it("has exactly 322 hazard points threatening exactly 19,791 people", () => {
    expect(demo.hazardPoints).toHaveLength(322);
    expect(demo.hazardPoints.reduce((s, h) => s + (h.threatened_people ?? 0), 0)).toBe(19_791);
  });
  it("has 99 ground collapses, linked to coal mines or subsidence areas", () => {
    const collapses = demo.hazardPoints.filter((h) => h.hazard_type === "ground_collapse");
    expect(collapses).toHaveLength(99);
    expect(collapses.every((h) => h.mine_key !== null || h.subsidence_code !== null)).toBe(true);
    const coal = new Set(demo.mines.filter((m) => m.mineral === "coal").map((m) => m.key));
    expect(collapses.filter((h) => h.mine_key).every((h) => coal.has(h.mine_key as string))).toBe(true);
  });
  it("grades every point by the danger-grade rule, and codes it under its county", () => {
    for (const h of demo.hazardPoints) {
      expect(h.danger_grade).toBe(
        computeDangerGrade({
          threatenedPeople: h.threatened_people ?? 0,
          potentialLossWan: h.threatened_property_wan ?? 0,
        }),
      );
      expect(h.unified_code).toMatch(/^[0-9]{12}$/);
      expect(h.unified_code.startsWith(h.county_code)).toBe(true);
    }
    expect(demo.hazardPoints.some((h) => h.current_alert !== "none")).toBe(true);
    expect(demo.hazardPoints.some((h) => h.inventory_status === "written_off" && h.written_off_at)).toBe(
      true,
    );
  });
});

describe("mines and companies", () => {
  it("has about 300 mines and 60 companies with well-formed keys", () => {
    expect(demo.mines.length).toBeGreaterThanOrEqual(280);
    expect(demo.mines.length).toBeLessThanOrEqual(320);
    expect(demo.companies).toHaveLength(60);
    expect(demo.companies.every((c) => isValidCreditCode(c.credit_code))).toBe(true);
    expect(new Set(demo.mines.map((m) => m.key)).size).toBe(demo.mines.length);
    for (const m of demo.mines.filter((x) => x.license_no)) expect(m.license_no).toMatch(/^C[0-9]{22}$/);
  });
  it("leaves the about 40 historic pits without licence or holder", () => {
    const pits = demo.mines.filter((m) => m.status === "historic_abandoned");
    expect(pits.length).toBeGreaterThanOrEqual(35);
    expect(pits.every((m) => m.license_no === null && m.company_credit_code === null)).toBe(true);
    expect(demo.mines.filter((m) => m.license_no === null).length).toBe(pits.length);
  });
  it("sizes coal mines 5–60 km² and non-coal pits 0.02–1 km²", () => {
    for (const m of demo.mines) {
      const km2 = geodesicArea(m.geom) / 1e6;
      if (m.mineral === "coal") expect(km2).toBeGreaterThanOrEqual(5);
      if (m.mineral === "coal") expect(km2).toBeLessThanOrEqual(60);
      if (m.mineral !== "coal" && m.license_no) expect(km2).toBeGreaterThanOrEqual(0.02);
      if (m.mineral !== "coal" && m.license_no) expect(km2).toBeLessThanOrEqual(1);
    }
  });
  it("keeps mines apart from one another", () => {
    const all = { type: "MultiPolygon", coordinates: demo.mines.flatMap((m) => m.geom.coordinates) };
    expect(validatePolygonal(all, { maxVertices: 100_000 })).toEqual({ ok: true });
  });
  it("builds each licensed boundary from its GK corner list (X = northing)", () => {
    for (const m of demo.mines.filter((x) => x.license_no)) {
      const corners = m.corners ?? [];
      expect(corners.length).toBeGreaterThanOrEqual(4);
      const srid = corners[0]?.source_srid as ProjectedSrid;
      expect([4546, 4547]).toContain(srid);
      const ring = cornersToRing(
        corners.map((c) => ({ pointNo: c.point_no, x: c.x_northing, y: c.y_easting })),
        srid,
      );
      const shell = (m.geom as MultiPolygon).coordinates[0]?.[0] ?? [];
      for (const p of ring)
        expect(
          shell.some(
            (q) => Math.abs((q[0] as number) - p[0]) < 1e-7 && Math.abs((q[1] as number) - p[1]) < 1e-7,
          ),
        ).toBe(true);
    }
  });
  it("puts the green-mine rate near but below 36 %", () => {
    const working = demo.mines.filter((m) => m.status === "producing" || m.status === "building");
    const green = working.filter(
      (m) => m.green_mine_level === "national" || m.green_mine_level === "provincial",
    );
    expect(green.length / working.length).toBeLessThan(0.36);
    expect(green.length / working.length).toBeGreaterThan(0.33);
  });
  it("keeps fund balances consistent year to year", () => {
    for (const m of demo.mines) {
      const funds = m.funds ?? [];
      for (let i = 1; i < funds.length; i++) {
        const [a, b] = [funds[i - 1], funds[i]] as [
          NonNullable<(typeof funds)[number]>,
          NonNullable<(typeof funds)[number]>,
        ];
        expect(b.balance_wan).toBeCloseTo(a.balance_wan + b.accrued_wan - b.used_wan, 1);
        expect(b.balance_wan).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("subsidence and zones", () => {
  it("has about 70 subsidence areas whose enterprise shares sum to 100", () => {
    expect(demo.subsidenceAreas.length).toBeGreaterThanOrEqual(60);
    for (const s of demo.subsidenceAreas) {
      const sum = (s.responsibilities ?? []).reduce((t, r) => t + r.share_pct, 0);
      if (s.responsibility === "enterprise") expect(sum).toBe(100);
      if (s.responsibility === "mixed") expect(sum).toBeLessThan(100);
      if (s.responsibility === "government") expect(sum).toBe(0);
      if (s.status === "completed" || s.status === "accepted")
        expect(s.treated_year).toBeGreaterThanOrEqual(2019);
    }
  });
  it("has six zones and leaves what their outlines decide to the database", () => {
    expect(demo.treatmentZones).toHaveLength(6);
    for (const z of demo.treatmentZones) {
      expect(z.code).toMatch(/^[A-Z0-9-]{3,40}$/);
      // counties, distances and computed fund shares are derived on import;
      expect(z).not.toHaveProperty("county_codes");
      expect(z).not.toHaveProperty("dist_hsr_m");
      expect(z).not.toHaveProperty("dist_expressway_m");
      // a planner's recorded split only (hazard works: all public money)
      for (const p of z.parties ?? []) expect(p.is_override).toBe(true);
    }
  });
});

describe("geometry and provenance", () => {
  it("has valid geometries, all inside Jincheng", () => {
    expect(geometryProblems(demo, cityOf(demo))).toEqual([]);
  });
  it("says on every row that the data are synthetic", () => {
    const tables = Object.values(demo).filter(Array.isArray) as { data_source: string }[][];
    for (const rows of tables) for (const r of rows) expect(r.data_source).toContain("synthetic demo data");
  });
});

describe("scale", () => {
  it("multiplies mines, companies, subsidence and hazards with unique keys, still valid", () => {
    const big = generateDemoDataset({ seed: DEMO_SEED, scale: 3 });
    expect(big.hazardPoints).toHaveLength(3 * 322);
    expect(big.mines).toHaveLength(3 * demo.mines.length);
    expect(big.companies).toHaveLength(180);
    expect(big.subsidenceAreas).toHaveLength(3 * demo.subsidenceAreas.length);
    expect(big.counties).toHaveLength(demo.counties.length);
    expect(new Set(big.hazardPoints.map((h) => h.unified_code)).size).toBe(big.hazardPoints.length);
    expect(new Set(big.mines.map((m) => m.key)).size).toBe(big.mines.length);
    expect(new Set(big.companies.map((c) => c.credit_code)).size).toBe(180);
    expect(new Set(big.subsidenceAreas.map((s) => s.code)).size).toBe(big.subsidenceAreas.length);
    const keys = new Set(big.mines.map((m) => m.key));
    expect(
      big.hazardPoints.every((h) => h.mine_key === null || h.mine_key === undefined || keys.has(h.mine_key)),
    ).toBe(true);
    expect(geometryProblems(big, cityOf(big))).toEqual([]);
  });
});
