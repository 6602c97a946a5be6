import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import type { Database } from "../schema.ts";
import { isDatabaseEmpty } from "./existing-keys.ts";
import { FIXTURE_CREDIT_CODE, FIXTURE_LICENSE, smallDataset } from "./import.fixtures.ts";
import { importDataset } from "./import-dataset.ts";

let t: TestDatabase;
let db: Kysely<Database>;
beforeAll(async () => {
  t = await openTestDatabase();
  db = t.db.kysely;
});
afterAll(async () => t?.drop());

async function counts() {
  const { rows } = await sql<{
    counties: number;
    mines: number;
    rivers: number;
    hazards: number;
    zones: number;
  }>`
    SELECT (SELECT count(*) FROM counties)::int AS counties, (SELECT count(*) FROM mines)::int AS mines,
           (SELECT count(*) FROM rivers)::int AS rivers, (SELECT count(*) FROM hazard_points)::int AS hazards,
           (SELECT count(*) FROM treatment_zones)::int AS zones`.execute(db);
  return rows[0];
}

describe("importDataset rejects bad rows and writes nothing", () => {
  it("names the table, the key and the reason of each bad row", async () => {
    const before = await counts();
    const d = smallDataset();
    const mine = d.mines[0] as (typeof d.mines)[number];
    // A bow tie: the ring crosses itself.
    mine.geom = {
      type: "Polygon",
      coordinates: [
        [
          [112, 35],
          [112.1, 35.1],
          [112.1, 35],
          [112, 35.1],
          [112, 35],
        ],
      ],
    };
    (d.hazardPoints[0] as { hazard_type: string }).hazard_type = "volcano";
    const result = await importDataset(db, d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected).toContainEqual(
      expect.objectContaining({
        table: "mines",
        key: FIXTURE_LICENSE,
        code: "invalid_geometry",
        reason: expect.stringContaining("intersects"),
      }),
    );
    expect(result.rejected).toContainEqual(
      expect.objectContaining({
        table: "hazardPoints",
        key: "149801000001",
        code: "unknown_value",
        reason: expect.stringContaining("hazard_type"),
      }),
    );
    expect(await counts()).toEqual(before);
  });

  it("rejects broken references, bad formats and share sums", async () => {
    const d = smallDataset();
    (d.mines[0] as { company_credit_code: string }).company_credit_code = "91149801MA99999990";
    (d.subsidenceAreas[0] as { responsibilities: unknown }).responsibilities = [
      { mine_key: FIXTURE_LICENSE, share_pct: 60 },
    ];
    (d.treatmentZones[0] as { code: string }).code = "lower-case";
    (d.hazardPoints[0] as { written_off_at: string }).written_off_at = "2024-02-30";
    const result = await importDataset(db, d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.rejected.map((r) => `${r.table}:${r.code}`);
    expect(codes).toContain("mines:missing_reference");
    expect(codes).toContain("subsidenceAreas.responsibilities:inconsistent");
    expect(codes).toContain("treatmentZones:bad_format");
    expect(codes).toContain("hazardPoints:bad_format");
  });

  it("refuses keys the database already holds", async () => {
    const { rows } = await sql<{
      code: string;
    }>`SELECT code FROM counties WHERE level = 'county' LIMIT 1`.execute(db);
    const d = smallDataset();
    (d.counties[0] as { code: string }).code = rows[0]?.code as string;
    const result = await importDataset(db, d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.rejected).toContainEqual(expect.objectContaining({ table: "counties", code: "exists" }));
  });

  it("rolls back everything when the database refuses a row the validation let through", async () => {
    const before = await counts();
    await sql`ALTER TABLE rivers ADD CONSTRAINT test_no_test_river CHECK (name_zh <> '测试河')`.execute(db);
    try {
      const result = await importDataset(db, smallDataset());
      expect(result).toMatchObject({ ok: false, rejected: [{ code: "database", table: "rivers" }] });
      expect(await counts()).toEqual(before);
    } finally {
      await sql`ALTER TABLE rivers DROP CONSTRAINT test_no_test_river`.execute(db);
    }
  });
});

describe("importDataset writes a valid bundle", () => {
  it("imports every table in one go and resolves natural keys to ids", async () => {
    const before = await counts();
    const result = await importDataset(db, smallDataset());
    expect(result).toMatchObject({
      ok: true,
      counts: { counties: 1, mines: 2, mineCorners: 3, hazardPoints: 1, zoneParties: 2 },
    });
    expect(await counts()).toEqual({
      counties: (before?.counties ?? 0) + 1,
      mines: (before?.mines ?? 0) + 2,
      rivers: (before?.rivers ?? 0) + 1,
      hazards: (before?.hazards ?? 0) + 1,
      zones: (before?.zones ?? 0) + 1,
    });
    const { rows } = await sql<{
      holder: string;
      hazard_mine: string;
      basin: string;
      share: number;
      version: number;
      valid: boolean;
      corridor_m: number;
      zone_gov: number;
    }>`
      SELECT c.credit_code AS holder, hm.license_no AS hazard_mine, s.code AS basin, r.share_pct AS share, h.version,
             ST_IsValid(m.geom) AND ST_IsValid(h.geom) AND ST_IsValid(s.geom) AS valid,
             (SELECT length_m FROM corridors WHERE code = 'EC-TEST-1498') AS corridor_m,
             (SELECT share_pct FROM zone_parties p JOIN treatment_zones z ON z.id = p.zone_id
               WHERE z.code = 'TEST-1498-01' AND p.company_id IS NULL) AS zone_gov
      FROM mines m JOIN companies c ON c.id = m.company_id
      JOIN hazard_points h ON h.unified_code = '149801000001'
      JOIN mines hm ON hm.id = h.mine_id
      JOIN subsidence_areas s ON s.id = h.subsidence_id
      JOIN subsidence_responsibilities r ON r.subsidence_id = s.id AND r.mine_id = m.id
      WHERE m.license_no = ${FIXTURE_LICENSE}`.execute(db);
    expect(rows[0]).toMatchObject({
      holder: FIXTURE_CREDIT_CODE,
      hazard_mine: FIXTURE_LICENSE,
      basin: "CX-149801-001",
      share: 100,
      version: 1,
      valid: true,
      zone_gov: 20,
    });
    // The corridor trigger measured the centerline on the ellipsoid (≈ 25.8 km).
    expect(rows[0]?.corridor_m).toBeGreaterThan(25_000);
    expect(rows[0]?.corridor_m).toBeLessThan(27_000);
  });

  it("lets a later bundle point at rows already stored", async () => {
    const d = smallDataset();
    d.counties = [];
    d.companies = [];
    d.mines = [];
    d.subsidenceAreas = [];
    d.rivers = [];
    d.villages = [];
    d.corridors = [];
    d.treatmentZones = [];
    const hazard = d.hazardPoints[0] as (typeof d.hazardPoints)[number];
    hazard.unified_code = "149801000002";
    const result = await importDataset(db, d);
    expect(result).toMatchObject({ ok: true, counts: { hazardPoints: 1, hazardThresholds: 1 } });
    const { rows } = await sql<{ license_no: string }>`
      SELECT m.license_no FROM hazard_points h JOIN mines m ON m.id = h.mine_id WHERE h.unified_code = '149801000002'`.execute(
      db,
    );
    expect(rows[0]?.license_no).toBe(FIXTURE_LICENSE);
  });
});

describe("isDatabaseEmpty", () => {
  it("is false with the demo data and true with no county and no mine", async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
    const seen = await db
      .transaction()
      .execute(async (trx) => {
        await sql`TRUNCATE counties, mines CASCADE`.execute(trx);
        const empty = await isDatabaseEmpty(trx);
        throw Object.assign(new Error("roll back"), { empty });
      })
      .catch((e: { empty?: boolean }) => e.empty);
    expect(seen).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });
});
