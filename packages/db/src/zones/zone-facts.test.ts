import type { Zone } from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { buildZoneReport } from "../analysis/zone-report.ts";
import { smallDataset } from "../import/import.fixtures.ts";
import { importDataset } from "../import/import-dataset.ts";
import { readZone } from "./zone-read.repository.ts";
import { createZone, updateZone } from "./zone-write.repository.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const tenth = (m: number | undefined) => (m === undefined ? null : Math.round(m * 10) / 10);

/**
 * Recomputes every stored derived field of a zone with the zone report's
 * queries on its stored outline and expects the stored values.
 */
async function expectFactsAgree(zone: Zone) {
  const report = await buildZoneReport(t.db.kysely, zone.geometry, zone.id);
  expect(zone.county_codes, zone.code).toEqual(report.counties.map((c) => c.code).sort());
  expect(zone.county_codes.length, zone.code).toBeGreaterThan(0);
  // stored to 0.1 m (numeric(12, 1)); the report's value rounds to it
  for (const [stored, line] of [
    [zone.dist_hsr_m, report.nearest.high_speed_rail],
    [zone.dist_expressway_m, report.nearest.expressway],
  ] as const) {
    expect(line, zone.code).not.toBeNull();
    expect(
      Math.abs((stored ?? Number.NaN) - (tenth(line?.distance_m) ?? Number.NaN)),
      zone.code,
    ).toBeLessThan(0.051);
  }
  expect(Math.abs(zone.area_m2 - report.area.m2), zone.code).toBeLessThan(0.051);
  if (zone.parties.some((p) => p.is_override)) return;
  const stored = zone.parties.map((p) => [p.company_id, p.share_pct]);
  const computed = report.fund_shares.parties.map((p) => [p.company_id, p.share_pct]);
  const key = (r: (number | null)[]) => `${r[0]}`;
  expect(
    stored.sort((a, b) => key(a).localeCompare(key(b))),
    zone.code,
  ).toEqual(computed.sort((a, b) => key(a).localeCompare(key(b))));
  expect(
    stored.reduce((s, [, pct]) => s + Math.round((pct ?? 0) * 1000), 0),
    zone.code,
  ).toBe(100_000);
}

describe("stored zone facts agree with the report", () => {
  it("every demo zone's counties, distances, area and computed fund shares are the report's", async () => {
    const { rows } = await sql<{ id: number }>`SELECT id FROM treatment_zones ORDER BY id`.execute(
      t.db.kysely,
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
    let computed = 0;
    for (const { id } of rows) {
      const zone = await readZone(t.db.kysely, id);
      if (!zone) throw new Error(`zone ${id} not found`);
      await expectFactsAgree(zone);
      if (zone.parties.length > 0 && !zone.parties.some((p) => p.is_override)) computed += 1;
    }
    // all but the hazard-works zone (a planner's split) carry computed shares
    expect(computed).toBe(rows.length - 1);
  });

  it("a zone created and then moved keeps its stored facts equal to the report's", async () => {
    const first = (await readZone(t.db.kysely, 1)) as Zone;
    const created = await t.db.kysely.transaction().execute((trx) =>
      createZone(
        trx,
        {
          name_zh: "事实测试片区",
          zone_type: "contiguous_mine",
          phase: "middle",
          geometry: first.geometry,
        },
        "test",
      ),
    );
    await expectFactsAgree(created);
    const other = (await readZone(t.db.kysely, 2)) as Zone;
    const moved = await t.db.kysely
      .transaction()
      .execute((trx) =>
        updateZone(trx, created.id, { version: created.version, geometry: other.geometry }, "test"),
      );
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.zone.county_codes).not.toBe(created.county_codes);
    await expectFactsAgree(moved.zone);
  });

  it("an import derives the facts from the outline, not from the file, and recomputes a computed split", async () => {
    const d = smallDataset();
    const z = d.treatmentZones[0];
    if (!z) throw new Error("the fixture has no zone");
    Object.assign(z, {
      county_codes: ["140581"],
      dist_hsr_m: 1,
      dist_expressway_m: 1,
      parties: [{ company_credit_code: null, share_pct: 100, is_override: false }],
    });
    const result = await importDataset(t.db.kysely, d);
    expect(result.ok).toBe(true);
    const { rows } = await sql<{ id: number }>`SELECT id FROM treatment_zones WHERE code = ${z.code}`.execute(
      t.db.kysely,
    );
    const zone = (await readZone(t.db.kysely, rows[0]?.id ?? -1)) as Zone;
    expect(zone.county_codes).not.toContain("140581");
    expect(zone.dist_hsr_m).not.toBe(1);
    expect(zone.parties.map((p) => p.company_id)).not.toEqual([null]);
    await expectFactsAgree(zone);
  });
});
