import { geodesicLength } from "@lianpian/geo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { line, rect as rectAtOrigin } from "../analysis/analysis.fixtures.ts";
import { pitPriority } from "./pit-priority.repository.ts";

/*
 * 100 km east of the analysis fixtures, in a test county of their own: an
 * expressway along y = 0 and a high-speed railway along y = 3000; pits
 * whose nearest edges are 200 m (expressway), 700 m (rail) and 1500 m away.
 */
const X0 = 100_000;
const rect = (x0: number, y0: number, x1: number, y1: number) => rectAtOrigin(X0 + x0, y0, X0 + x1, y1);
const geo = (g: unknown) => sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326))`;
let t: TestDatabase;
const ids: number[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
  const db = t.db.kysely;
  await sql`INSERT INTO counties (code, name_zh, name_en, level, geom, data_source)
    VALUES ('149903', '测试矿坑县', 'Pit test county', 'county', ${geo(rect(-5000, -5000, 5000, 8000))}, 'fixture')`.execute(
    db,
  );
  for (const [name, kind, l] of [
    ["测试坑旁高速", "expressway", line([X0 - 5000, 0], [X0 + 5000, 0])],
    ["测试坑旁高铁", "high_speed_rail", line([X0 - 5000, 3000], [X0 + 5000, 3000])],
  ] as const)
    await sql`INSERT INTO transport_lines (name_zh, name_en, kind, geom, data_source)
      VALUES (${name}, ${name}, ${kind}, ${geo(l)}, 'fixture')`.execute(db);
  for (const [name, shape, state] of [
    ["远坑", rect(0, 1500, 100, 1550), "not_started"],
    ["近高速坑", rect(500, 200, 600, 300), "restored"],
    ["近高铁坑", rect(1000, 2200, 1100, 2300), "in_progress"],
  ] as const) {
    const { rows } = await sql<{ id: number }>`
      INSERT INTO mines (mine_name, county_code, mineral, mining_method, status, restoration_state, suitability, geom,
                         data_source)
      VALUES (${name}, '149903', 'construction_stone', 'open_pit', 'historic_abandoned', ${state}, 'forest',
              ${geo(shape)}, 'fixture')
      RETURNING id`.execute(db);
    ids.push(rows[0]?.id as number);
  }
});
afterAll(async () => {
  await t?.drop();
});

describe("historic pit priority", () => {
  it("ranks nearest first with the line, its distance and the visible band", async () => {
    const r = await pitPriority(t.db.kysely, { countyCode: "149903", visibleBandM: 1000 });
    expect(r.pits.map((p) => p.mine_name)).toEqual(["近高速坑", "近高铁坑", "远坑"]);
    const [first, second, third] = r.pits;
    expect(first?.line).toMatchObject({ kind: "expressway", name_zh: "测试坑旁高速" });
    expect(second?.line).toMatchObject({ kind: "high_speed_rail", name_zh: "测试坑旁高铁" });
    const expected200 = geodesicLength(line([X0 + 500, 0], [X0 + 500, 200]));
    expect(Math.abs((first?.distance_m ?? 0) - expected200)).toBeLessThan(1);
    expect(Math.abs((second?.distance_m ?? 0) - 700)).toBeLessThan(2);
    expect(r.pits.map((p) => [p.rank, p.visible])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(third?.distance_m).toBeGreaterThan(1400);
    expect(r.progress).toEqual({ visible: 2, restored: 1, pct: 50, goal_year: 2025, met: false });
  });

  it("widens the band on request", async () => {
    const r = await pitPriority(t.db.kysely, { countyCode: "149903", visibleBandM: 2000 });
    expect(r.pits.every((p) => p.visible)).toBe(true);
  });
});
