import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
beforeAll(async () => {
  h = await openTestApp({ LIANPIAN_MAP_REVIEW_NUMBER: "晋S(2026)001号" });
});
afterAll(async () => h?.close());

const get = async (url: string) => {
  const res = await h.app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
};
const rows = async <R>(query: ReturnType<typeof sql<R>>) => (await query.execute(h.t.db.kysely)).rows;

describe("GET /api/public/dashboard", () => {
  it("says which figures are real plan figures and which are demo actuals", async () => {
    const d = await get("/api/public/dashboard?year=2025");
    expect(d.subsidence.demo).toBe(true);
    expect(d.green_mines.demo).toBe(true);
    // Jincheng's dashboard carries no Changzhi figure: Changzhi's plan is on its own card and its own dashboard
    expect(d.subsidence.plan).toEqual([]);
    const changzhiCard = d.other_plans.find((p: { region: { code: string } }) => p.region.code === "140400");
    expect(changzhiCard.figures.length).toBeGreaterThan(4);
    const changzhi = await get("/api/public/dashboard?year=2025&county=140400");
    expect(changzhi.county).toMatchObject({ code: "140400", name_zh: "长治市" });
    expect(changzhi.subsidence.plan.filter((f: { kind: string }) => f.kind === "target")).toHaveLength(4);
    expect(changzhi.subsidence.plan.every((f: { is_real: boolean }) => f.is_real)).toBe(true);
    expect(changzhi.subsidence.area_count).toBe(0);
    const large = changzhi.green_mines.targets.find(
      (t: { indicator: string }) => t.indicator === "green_mine_rate_large",
    );
    expect(large).toMatchObject({ value: 90, year: 2028 });
    const green = d.green_mines.targets.find((t: { indicator: string }) => t.indicator === "green_mine_rate");
    expect(green).toMatchObject({ value: 36, year: 2025, is_real: true, region_code: "140500" });
    const yangcheng = d.swc.rows.find((r: { code: string }) => r.code === "140522");
    expect(yangcheng.targets.map((t: { value: number }) => t.value)).toEqual([67.86, 73.58]);
    expect(yangcheng.demo).toBe(true);
    expect(
      d.hazards.reference.map((f: { value: number }) => f.value).sort((a: number, b: number) => a - b),
    ).toEqual([322, 19791]);
  });

  it("treated area up to the year equals an independent sum, and grows with the year", async () => {
    const at = async (year: number) =>
      (await get(`/api/public/dashboard?year=${year}`)).subsidence.treated_by_year_m2;
    for (const year of [2019, 2023, 2035]) {
      const [expected] = await rows(sql<{ m2: number }>`
        SELECT coalesce(sum(ST_Area(geom::geography)), 0)::float8 AS m2 FROM subsidence_areas
        WHERE status IN ('completed', 'accepted') AND treated_year <= ${year}`);
      expect(await at(year)).toBeCloseTo(expected?.m2 ?? -1, 2);
    }
    expect(await at(2035)).toBeGreaterThan(await at(2019));
  });

  it("filters by county and refuses an unknown one", async () => {
    const all = await get("/api/public/dashboard?year=2025");
    const qinshui = await get("/api/public/dashboard?year=2025&county=140521");
    expect(qinshui.county).toMatchObject({ code: "140521", name_zh: "沁水县" });
    const [expected] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM hazard_points WHERE inventory_status = 'active' AND county_code = '140521'`);
    const points = (d: { hazards: { by_grade: { points: number }[] } }) =>
      d.hazards.by_grade.reduce((s, r) => s + r.points, 0);
    expect(points(qinshui)).toBe(expected?.n);
    expect(points(all)).toBeGreaterThan(points(qinshui));
    const city = await get("/api/public/dashboard?year=2025&county=140500");
    expect(points(city)).toBe(points(all));
    const bad = await h.app.inject({ url: "/api/public/dashboard?county=110101" });
    expect(bad.json().error.code).toBe("unknown_county");
  });
});

describe("GET /api/public/progress (the time slider)", () => {
  it("shows more done as the year moves on, and zone states follow their yearly rows", async () => {
    const early = await get("/api/public/progress?year=2019");
    const late = await get("/api/public/progress?year=2035");
    const done = (p: { subsidence: { state: string }[]; zones: { state: string }[] }) =>
      [...p.subsidence, ...p.zones].filter((f) => f.state === "done").length;
    expect(done(late)).toBeGreaterThan(done(early));
    // a zone whose yearly done area reaches its plan in year Y is done at Y and not at Y − 1
    const [zone] = await rows(sql<{ id: number; year: number }>`
      WITH c AS (
        SELECT zone_id, year, sum(done_area_m2) OVER (PARTITION BY zone_id ORDER BY year) AS done,
               sum(planned_area_m2) OVER (PARTITION BY zone_id) AS planned
        FROM zone_yearly)
      SELECT c.zone_id AS id, min(c.year) AS year FROM c JOIN treatment_zones z ON z.id = c.zone_id
      WHERE z.status <> 'draft' AND c.planned > 0 AND c.done >= c.planned AND c.year > 2019
      GROUP BY c.zone_id ORDER BY c.zone_id LIMIT 1`);
    if (!zone) throw new Error("the demo data has no zone completed after 2019");
    const stateAt = async (year: number) =>
      (await get(`/api/public/progress?year=${year}`)).zones.find((z: { id: number }) => z.id === zone.id)
        ?.state;
    expect(await stateAt(zone.year)).toBe("done");
    expect(await stateAt(zone.year - 1)).not.toBe("done");
  });
});

describe("GET /api/public/config and /api/public/regions", () => {
  it("carry the map review number, the years and Changzhi's approximate outline", async () => {
    const config = await get("/api/public/config");
    expect(config.map_review_number).toBe("晋S(2026)001号");
    expect(config.years).toMatchObject({ first: 2019, last: 2035 });
    expect(config.counties).toHaveLength(6);
    const qinshui = config.counties.find((c: { code: string }) => c.code === "140521");
    const [west, south, east, north] = qinshui.bbox as number[];
    expect(west).toBeLessThan(east as number);
    expect(south).toBeLessThan(north as number);
    expect(west).toBeGreaterThan(111);
    expect(north).toBeLessThan(37);
    const regions = await get("/api/public/regions");
    const changzhi = regions.features.find((f: { id: string }) => f.id === "140400");
    expect(changzhi.properties.approximate).toBe(true);
    expect(changzhi.geometry.type).toBe("MultiPolygon");
    const jincheng = regions.features.find((f: { id: string }) => f.id === "140500");
    expect(jincheng.properties.approximate).toBe(false);
    expect(jincheng.geometry).not.toBeNull();
  });
});

interface Figure {
  region_code: string;
  source_document: string;
}

/** Every plan figure a dashboard draws on its charts (other_plans are their own cards). */
interface Charted {
  subsidence: { plan: Figure[] };
  green_mines: { targets: Figure[] };
  hazards: { reference: Figure[] };
  green_by_county: { goal: Figure | null };
  swc: { rows: { code: string; targets: { source_document: string }[] }[] };
}

const charted = (d: Charted): Figure[] => [
  ...d.subsidence.plan,
  ...d.green_mines.targets,
  ...d.hazards.reference,
  ...(d.green_by_county.goal ? [d.green_by_county.goal] : []),
  ...d.swc.rows.flatMap((r) =>
    r.targets.map((t) => ({ region_code: r.code, source_document: t.source_document })),
  ),
];

describe("each plan is paired with its own region", () => {
  it("no dashboard draws a figure of a region outside its own line (the plan_regions tree, read here)", async () => {
    const regions = await rows(sql<{ code: string; parent: string | null }>`
      SELECT code::text AS code, parent_code::text AS parent FROM plan_regions`);
    const up = (code: string): string[] => {
      const parent = regions.find((r) => r.code === code)?.parent;
      return parent ? [code, ...up(parent)] : [code];
    };
    const related = (a: string, b: string) => up(a).includes(b) || up(b).includes(a);
    const shownRegions = [null, "140502", "140521", "140522", "140524", "140525", "140581", "140400"];
    for (const shown of shownRegions) {
      const d = await get(`/api/public/dashboard?year=2025${shown ? `&county=${shown}` : ""}`);
      const region = shown ?? "140500";
      const figures = charted(d);
      for (const f of figures)
        expect(related(f.region_code, region), `${f.region_code} on ${region}`).toBe(true);
      for (const f of figures) expect(f.source_document, `${region}`).toMatch(/规划|答复/);
      for (const card of d.other_plans)
        for (const f of card.figures) expect(related(f.region_code, region), `${region}`).toBe(false);
      if (shown !== "140400") expect(figures.filter((f) => up(f.region_code).includes("140400"))).toEqual([]);
    }
    const qinshui = await get("/api/public/dashboard?year=2025&county=140521");
    expect(qinshui.swc_by_year.map((r: { code: string }) => r.code)).toEqual(["140521"]);
    expect(qinshui.swc_by_year[0]).toMatchObject({ target_2025: 74.61, target_2035: 85.75 });
    expect(qinshui.swc_by_year[0].source_document).toContain("晋城市水土保持规划");
    expect(qinshui.green_by_county.goal).toMatchObject({ value: 36, region_code: "140500" });
    expect(qinshui.green_by_county.source_document).toContain("晋城市水土保持规划");
    const changzhi = await get("/api/public/dashboard?year=2025&county=140400");
    expect(changzhi.swc_by_year).toEqual([]);
    expect(changzhi.green_by_county).toMatchObject({ counties: [], goal: null });
    expect(changzhi.subsidence.plan[0].source_document).toContain("长治市");
  });
});

describe("the registers on the public dashboard", () => {
  it("green-mine rate per county and check dams by condition and risk equal independent SQL aggregates", async () => {
    await sql`INSERT INTO check_dams (code, name_zh, county_code, dam_type, storage_wan_m3, control_area_km2,
        condition, risk_level, responsible_unit, geom, data_source)
      VALUES ('PUB-1', '甲沟淤地坝', '140521', 'key', 50, 3, 'good', 'high', '沁水县水利局',
              ST_SetSRID(ST_MakePoint(112.3, 35.7), 4326), 'test'),
             ('PUB-2', '乙沟淤地坝', '140521', 'small', 2.5, 0.4, 'poor', 'high', '沁水县水利局',
              ST_SetSRID(ST_MakePoint(112.31, 35.7), 4326), 'test'),
             ('PUB-3', '丙沟淤地坝', '140524', 'medium', 8, 1, 'good', 'low', '陵川县水利局',
              ST_SetSRID(ST_MakePoint(113.2, 35.8), 4326), 'test')`.execute(h.t.db.kysely);
    await sql`INSERT INTO swc_rate_records (county_code, year, rate_pct, data_source)
      VALUES ('140524', 2022, 60.1, 'test'), ('140524', 2024, 61.5, 'test'), ('140524', 2026, 63, 'test')`.execute(
      h.t.db.kysely,
    );
    const d = await get("/api/public/dashboard?year=2025");
    const green = await rows(sql<{ c: string; n: number; g: number }>`
      SELECT county_code::text AS c, count(*)::int AS n,
             count(*) FILTER (WHERE green_mine_level IN ('national', 'provincial')
                              AND coalesce(green_mine_year, 0) <= 2025)::int AS g
      FROM mines WHERE status = 'producing' GROUP BY 1 ORDER BY 1`);
    expect(
      d.green_by_county.counties.map((c: { code: string; producing: number; green: number }) => [
        c.code,
        c.producing,
        c.green,
      ]),
    ).toEqual(green.map((x) => [x.c, x.n, x.g]));
    const dams = await rows(sql<{ condition: string; risk_level: string; n: number; s: number }>`
      SELECT condition, risk_level, count(*)::int AS n, sum(storage_wan_m3)::float8 AS s
      FROM check_dams GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(d.check_dams.by_condition_risk).toEqual(
      dams.map((x) => ({ condition: x.condition, risk_level: x.risk_level, dams: x.n, storage_wan_m3: x.s })),
    );
    const lingchuan = d.swc_by_year.find((r: { code: string }) => r.code === "140524");
    expect(lingchuan.rate_at_year).toEqual({ year: 2024, rate_pct: 61.5 });
    expect(lingchuan.records).toHaveLength(3);
    const qinshui = await get("/api/public/dashboard?year=2025&county=140521");
    expect(qinshui.check_dams.by_condition_risk).toEqual([
      { condition: "good", risk_level: "high", dams: 1, storage_wan_m3: 50 },
      { condition: "poor", risk_level: "high", dams: 1, storage_wan_m3: 2.5 },
    ]);
  });
});
