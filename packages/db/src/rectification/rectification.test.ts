import { geodesicArea, squareMetersToMu } from "@lianpian/geo";
import type { Polygon } from "geojson";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { rect as rectAtOrigin } from "../analysis/analysis.fixtures.ts";
import { findConsolidationCandidates } from "./consolidation.repository.ts";
import { checkProposal, createProposal, setProposalStatus } from "./new-allocation.repository.ts";
import { classifyMines, countByCounty, newVersusClosedCount } from "./rectification.ts";
import { recordRectificationClass, writeRectificationFacts } from "./rectification-mines.repository.ts";

/* Fixtures 60 km east of the analysis fixtures (GK metres), far from the demo data. */
const rect = (x0: number, y0: number, x1: number, y1: number) =>
  rectAtOrigin(60_000 + x0, y0, 60_000 + x1, y1);
const SHAPES = {
  // 100 m apart: A's east edge at x = 500, B's west edge at x = 600
  near1: rect(0, 0, 500, 500),
  near2: rect(600, 0, 1100, 500),
  // 2 km apart
  far1: rect(0, 5000, 500, 5500),
  far2: rect(2500, 5000, 3000, 5500),
  protected: rect(10_000, 0, 11_000, 1000),
  proposal: rect(10_900, 200, 11_300, 400),
};
const actor = { userId: null, username: "rectification-test", role: "planner" };
let t: TestDatabase;
const ids: Record<string, number> = {};
let licence = 0;

async function company(name: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO companies (name_zh, data_source) VALUES (${name}, 'fixture') RETURNING id`.execute(
    t.db.kysely,
  );
  return rows[0]?.id as number;
}

async function mine(name: string, companyId: number, shape: Polygon, scale: number, years: number) {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method, production_scale,
                       valid_to, safety_permit_valid_to, remaining_service_years, status, geom, data_source)
    VALUES (${`C14993${String(++licence).padStart(17, "0")}`}, ${name}, ${companyId}, '140525', 'bauxite', 'open_pit',
            ${scale}, '2030-12-31', '2028-12-31', ${years}, 'producing',
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(shape)}::text), 4326)), 'fixture')
    RETURNING id`.execute(t.db.kysely);
  return rows[0]?.id as number;
}

beforeAll(async () => {
  t = await openTestDatabase();
  const [c1, c2] = [await company("整治测试一号矿业"), await company("整治测试二号矿业")];
  ids.near1 = await mine("整治近邻甲", c1, SHAPES.near1, 29.9, 4.9);
  ids.near2 = await mine("整治近邻乙", c2, SHAPES.near2, 30, 4.9);
  ids.far1 = await mine("整治远邻甲", c1, SHAPES.far1, 60, 12);
  ids.far2 = await mine("整治远邻乙", c2, SHAPES.far2, 60, 12);
  await sql`INSERT INTO protected_areas (name_zh, kind, protection_level, geom, data_source)
    VALUES ('整治测试水源地', 'water_source', 'county',
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(SHAPES.protected)}::text), 4326)), 'fixture')`.execute(
    t.db.kysely,
  );
});
afterAll(async () => {
  await t?.drop();
});

const fixtureIds = () => new Set(Object.values(ids));

describe("consolidation candidates", () => {
  it("finds two operations 100 m apart (under the 300 m default) and not two 2 km apart", async () => {
    const pairs = (await findConsolidationCandidates(t.db.kysely)).filter(
      (p) => fixtureIds().has(p.mine_a.id) || fixtureIds().has(p.mine_b.id),
    );
    expect(pairs.map((p) => [p.mine_a.id, p.mine_b.id])).toEqual([[ids.near1, ids.near2]]);
    expect(pairs[0]?.distance_m).toBeGreaterThan(99);
    expect(pairs[0]?.distance_m).toBeLessThan(101);
    expect(pairs[0]).toMatchObject({ safety_distance_m: 300, reasons: ["closer_than_safety_distance"] });
  });

  it("takes a setting per mineral and method, and pairs one ore body's owners at any distance", async () => {
    await sql`INSERT INTO safety_distances (mineral, mining_method, distance_m, basis)
      VALUES ('bauxite', 'open_pit', 50, 'test')`.execute(t.db.kysely);
    await t.db.kysely.transaction().execute(async (trx) => {
      for (const id of [ids.far1, ids.far2] as number[])
        await writeRectificationFacts(
          trx,
          id,
          {
            over_boundary: false,
            over_boundary_record: null,
            banned_process_unfixed: false,
            resources_exhausted: false,
            stopped_since: null,
            construction_due: null,
            scale_after_upgrade: null,
            ore_body_code: "TEST-ORE-1",
          },
          actor,
        );
    });
    const pairs = (await findConsolidationCandidates(t.db.kysely)).filter((p) =>
      fixtureIds().has(p.mine_a.id),
    );
    expect(pairs.map((p) => [p.mine_a.id, p.mine_b.id, p.reasons])).toEqual([
      [ids.far1, ids.far2, ["shared_ore_body"]],
    ]);
    await sql`DELETE FROM safety_distances`.execute(t.db.kysely);
  });
});

describe("rectification classes", () => {
  it("classes by the rule at the threshold, the recorded class wins and is audited", async () => {
    const mines = await classifyMines(t.db.kysely, { asOf: "2025-06-30", countyCode: "140525" });
    const by = new Map(mines.map((m) => [m.id, m]));
    expect(by.get(ids.near1 as number)?.computed.class).toBe("guided_exit");
    expect(by.get(ids.near2 as number)?.computed.class).toBe("retain");
    await t.db.kysely
      .transaction()
      .execute((trx) =>
        recordRectificationClass(
          trx,
          ids.near2 as number,
          { disposition: "consolidate", basis: "泽州县测试文件" },
          actor,
        ),
      );
    const after = (await classifyMines(t.db.kysely, { asOf: "2025-06-30", countyCode: "140525" })).find(
      (m) => m.id === ids.near2,
    );
    expect(after).toMatchObject({
      effective: "consolidate",
      differs: true,
      disposition_doc: "泽州县测试文件",
    });
    const { rows } = await sql<{ details: { before: { disposition: string | null } } }>`
      SELECT details FROM audit_log WHERE action = 'rectification.record_class' AND entity_id = ${String(ids.near2)}`.execute(
      t.db.kysely,
    );
    expect(rows).toHaveLength(1);
  });

  it("counts per county and class equal an independent SQL count of the recorded classes", async () => {
    const mines = await classifyMines(t.db.kysely, { asOf: "2025-06-30" });
    const counts = countByCounty(mines);
    const { rows } = await sql<{ county_code: string; disposition: string; n: number }>`
      SELECT county_code::text AS county_code, disposition, count(*)::int AS n FROM mines
      WHERE mineral NOT IN ('coal', 'coalbed_methane') AND license_no IS NOT NULL AND disposition IS NOT NULL
      GROUP BY 1, 2`.execute(t.db.kysely);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const recorded = mines.filter(
        (m) => m.county_code === r.county_code && m.disposition === r.disposition,
      ).length;
      expect(recorded).toBe(r.n);
      expect(
        counts.find((c) => c.county_code === r.county_code)?.effective[r.disposition],
      ).toBeGreaterThanOrEqual(r.n);
    }
    const total = counts.reduce((s, c) => s + Object.values(c.effective).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(mines.length);
  });
});

describe("new allocation", () => {
  it("lists the overlap with a protected area in m² and 亩 and refuses the site", async () => {
    const check = await checkProposal(t.db.kysely, {
      mineral: "bauxite",
      mining_method: "open_pit",
      deposit_scale: "medium",
      production_scale: 40,
      production_unit: "万t/a",
      geometry: SHAPES.proposal,
    });
    const expected = geodesicArea(rect(10_900, 200, 11_000, 400));
    expect(check.ok).toBe(false);
    expect(check.overlaps).toHaveLength(1);
    const o = check.overlaps[0];
    expect(o?.kind).toBe("protected_area");
    expect(Math.abs((o?.overlap_m2 ?? 0) - expected) / expected).toBeLessThan(1e-3);
    expect(o?.overlap_mu).toBeCloseTo(squareMetersToMu(o?.overlap_m2 ?? 0), 9);
    expect(check.reasons[0]?.code).toBe("overlaps_protected_area");
  });

  it("counts approved new sites against mines closed", async () => {
    const id = await t.db.kysely.transaction().execute((trx) =>
      createProposal(
        trx,
        {
          name_zh: "整治测试新设",
          county_code: null,
          mineral: "bauxite",
          mining_method: "open_pit",
          deposit_scale: "medium",
          production_scale: 40,
          production_unit: "万t/a",
          geometry: rect(20_000, 0, 20_400, 400),
        },
        actor,
      ),
    );
    const mines = await classifyMines(t.db.kysely, { asOf: "2025-06-30" });
    const before = await newVersusClosedCount(t.db.kysely, mines);
    await t.db.kysely.transaction().execute((trx) => setProposalStatus(trx, id, "approved", actor));
    const after = await newVersusClosedCount(t.db.kysely, mines);
    expect(after.new).toBe(before.new + 1);
    const closed = mines.filter(
      (m) => m.status === "closed" || ["close_and_ban", "guided_exit"].includes(m.effective),
    ).length;
    expect(after).toEqual({ new: before.new + 1, closed, ok: before.new + 1 <= closed });
  });
});
