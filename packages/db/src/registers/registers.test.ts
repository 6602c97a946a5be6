import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { checkDamsByCounty, importCheckDams, listCheckDams } from "./check-dams.repository.ts";
import { greenMineRatesByCounty, swcRatesByCounty } from "./county-rates.repository.ts";

const actor = { userId: null, username: "registers-test", role: "planner" };
const dam = (code: string, county: string, risk: string, storage: number) => ({
  code,
  name_zh: `${code}坝`,
  county_code: county,
  dam_type: "medium",
  storage_wan_m3: storage,
  control_area_km2: 1.5,
  built_year: 2010,
  condition: "fair",
  risk_level: risk,
  responsible_unit: "测试水利局",
  lng: 112.3,
  lat: 35.6,
});

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("check-dam register", () => {
  it("writes all rows of a valid import, and the county figures equal SQL aggregates", async () => {
    const rows = [
      dam("T-YDB-1", "140521", "high", 10.5),
      dam("T-YDB-2", "140521", "low", 4.25),
      dam("T-YDB-3", "140525", "high", 30),
    ];
    const r = await t.db.kysely
      .transaction()
      .execute((trx) => importCheckDams(trx, rows, "test import", actor));
    expect(r).toEqual({ ok: true, written: 3 });
    expect((await listCheckDams(t.db.kysely, "140521")).map((d) => d.code)).toEqual(["T-YDB-1", "T-YDB-2"]);
    const { rows: expected } = await sql<{ county_code: string; n: number; s: number; h: number }>`
      SELECT county_code::text AS county_code, count(*)::int AS n, sum(storage_wan_m3)::float8 AS s,
             count(*) FILTER (WHERE risk_level = 'high')::int AS h
      FROM check_dams GROUP BY 1 ORDER BY 1`.execute(t.db.kysely);
    const got = await checkDamsByCounty(t.db.kysely);
    expect(got.map((g) => [g.county_code, g.dams, g.storage_wan_m3, g.high_risk])).toEqual(
      expected.map((e) => [e.county_code, e.n, e.s, e.h]),
    );
    expect(got.find((g) => g.county_code === "140521")).toMatchObject({
      dams: 2,
      storage_wan_m3: 14.75,
      high_risk: 1,
    });
  });

  it("writes nothing when a row is bad, and says which row and why", async () => {
    const before = (await listCheckDams(t.db.kysely)).length;
    const r = await t.db.kysely
      .transaction()
      .execute((trx) =>
        importCheckDams(
          trx,
          [dam("T-YDB-9", "140521", "low", 1), dam("T-YDB-1", "149999", "extreme", 1)],
          "x",
          actor,
        ),
      );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [2, "risk_level"],
      [2, "code"],
      [2, "county_code"],
    ]);
    expect((await listCheckDams(t.db.kysely)).length).toBe(before);
  });
});

describe("county rates", () => {
  it("gives each Jincheng county its swc rates with the plan's 2025 and 2035 targets", async () => {
    await sql`INSERT INTO swc_rate_records (county_code, year, rate_pct, data_source)
      VALUES ('140521', 2023, 72.1, 'test'), ('140521', 2024, 73.4, 'test')`.execute(t.db.kysely);
    const rows = await swcRatesByCounty(t.db.kysely);
    const qinshui = rows.find((r) => r.county_code === "140521");
    expect(qinshui).toMatchObject({
      target_2025: 74.61,
      target_2035: 85.75,
      records: [
        { year: 2023, rate_pct: 72.1 },
        { year: 2024, rate_pct: 73.4 },
      ],
    });
    expect(qinshui?.source_document).toContain("晋城");
    expect(rows.find((r) => r.county_code === "140502")?.target_2025).toBe(76.86);
  });

  it("green-mine rate per county equals an independent count, beside the 36 % goal", async () => {
    const r = await greenMineRatesByCounty(t.db.kysely, 2025);
    expect(r.goal_2025?.value).toBe(36);
    const { rows } = await sql<{ c: string; n: number; g: number }>`
      SELECT county_code::text AS c, count(*)::int AS n,
             sum(CASE WHEN green_mine_level IN ('national', 'provincial') AND coalesce(green_mine_year, 0) <= 2025
                      THEN 1 ELSE 0 END)::int AS g
      FROM mines WHERE status = 'producing' AND county_code::text LIKE '1405%' GROUP BY 1 ORDER BY 1`.execute(
      t.db.kysely,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(r.counties.map((c) => [c.county_code, c.producing, c.green])).toEqual(
      rows.map((x) => [x.c, x.n, x.g]),
    );
    for (const c of r.counties) expect(c.rate_pct).toBeCloseTo((100 * c.green) / c.producing, 1);
  });
});
