import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { insertPublicReport, type NewReport } from "./report-intake.repository.ts";
import { findReport } from "./report-queries.repository.ts";
import { applyReportAction, linkReport } from "./report-triage.repository.ts";

let t: TestDatabase;
let inside: [number, number];
let hazardId: number;
const PUBLIC = { userId: null, username: "anonymous", role: "public" };
const PLANNER = { userId: null, username: "planner", role: "planner" };
let codes = 0;
const nextCode = () => `LP-TEST0-${String(++codes).padStart(5, "0")}`;

beforeAll(async () => {
  t = await openTestDatabase();
  const { rows } = await sql<{ lng: number; lat: number; id: number }>`
    SELECT ST_X(h.geom) AS lng, ST_Y(h.geom) AS lat, h.id FROM hazard_points h
    JOIN counties c ON c.level = 'county' AND ST_Intersects(c.geom, h.geom)
    WHERE h.inventory_status = 'active' ORDER BY h.id LIMIT 1`.execute(t.db.kysely);
  const row = rows[0];
  if (!row) throw new Error("the demo data has no active hazard point inside a county");
  inside = [row.lng, row.lat];
  hazardId = row.id;
});
afterAll(async () => t?.drop());

const report = (over: Partial<NewReport> = {}): NewReport => ({
  category: "ground_crack",
  text: "村口新出现一条地裂缝，约十米长",
  contact: "13900000000",
  locationSource: "map",
  accuracyM: null,
  position: inside,
  photo: null,
  ...over,
});
const count = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM public_reports`.execute(t.db.kysely)).rows[0]?.n;

async function inspect(hazard: number, at: Date) {
  await sql`INSERT INTO inspections (hazard_id, client_key, content_hash, inspected_at, inspector_name, kind, assessment, data_source)
            VALUES (${hazard}, ${randomUUID()}::uuid, 'test', ${at.toISOString()}::timestamptz, '测试', 'emergency', 'normal', 'test')`.execute(
    t.db.kysely,
  );
}

describe("report intake", () => {
  it("stores a report inside a county with its county, a photo and an audit row without the text", async () => {
    const photo = { contentType: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]) };
    const result = await insertPublicReport(t.db.kysely, PUBLIC, report({ photo }), nextCode);
    if (!result.ok) throw new Error("refused");
    const stored = await findReport(t.db.kysely, result.id);
    expect(stored).toMatchObject({ status: "new", has_photo: true, county_code: result.countyCode });
    const audit = await sql<{ details: unknown }>`
      SELECT details FROM audit_log WHERE entity = 'public_report' AND entity_id = ${String(result.id)}`.execute(
      t.db.kysely,
    );
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows[0]?.details)).not.toMatch(/13900000000|地裂缝/);
  });

  it("refuses a point outside every county and stores nothing", async () => {
    const before = await count();
    const result = await insertPublicReport(
      t.db.kysely,
      PUBLIC,
      report({ position: [116.4, 39.9] }),
      nextCode,
    );
    expect(result).toEqual({ ok: false, reason: "outside_area" });
    expect(await count()).toBe(before);
  });

  it("draws another tracking code when one is taken", async () => {
    const taken = nextCode();
    await insertPublicReport(t.db.kysely, PUBLIC, report(), () => taken);
    const fresh = nextCode();
    const draws = [taken, fresh];
    const result = await insertPublicReport(t.db.kysely, PUBLIC, report(), () => draws.shift() ?? nextCode());
    expect(result.ok && result.trackingCode).toBe(fresh);
  });
});

describe("the loop: a field inspection closes a report's check", () => {
  it("moves the report to checked, writes the standard reply and audits it", async () => {
    const created = await insertPublicReport(t.db.kysely, PUBLIC, report(), nextCode);
    if (!created.ok) throw new Error("refused");
    const asked = await t.db.kysely
      .transaction()
      .execute((trx) =>
        applyReportAction(trx, PLANNER, created.id, null, { action: "assign_check", hazardId }),
      );
    expect(asked).toMatchObject({ ok: true, status: "checking" });
    // an inspection elsewhere, and one long before the ask, leave it alone
    await inspect(hazardId === 1 ? 2 : 1, new Date());
    await inspect(hazardId, new Date(Date.now() - 24 * 3600 * 1000));
    expect((await findReport(t.db.kysely, created.id))?.status).toBe("checking");
    await inspect(hazardId, new Date());
    const after = await findReport(t.db.kysely, created.id);
    expect(after?.status).toBe("checked");
    expect(after?.checked_inspection_id).not.toBeNull();
    expect(after?.public_reply).toMatch(/现场核查.*Staff checked the site/s);
    const audit = await sql<{ username: string }>`
      SELECT username FROM audit_log WHERE action = 'report.checked' AND entity_id = ${String(created.id)}`.execute(
      t.db.kysely,
    );
    expect(audit.rows.map((r) => r.username)).toEqual(["system"]);
  });

  it("refuses an action from the wrong status and a stale version", async () => {
    const created = await insertPublicReport(t.db.kysely, PUBLIC, report(), nextCode);
    if (!created.ok) throw new Error("refused");
    const run = (version: number | null, act: Parameters<typeof applyReportAction>[4]) =>
      t.db.kysely.transaction().execute((trx) => applyReportAction(trx, PLANNER, created.id, version, act));
    expect(await run(null, { action: "resolve", reply: "已处理" })).toEqual({
      ok: false,
      reason: "not_allowed_from_status",
    });
    expect(await run(7, { action: "accept" })).toEqual({ ok: false, reason: "version_mismatch" });
    expect(await run(1, { action: "accept" })).toEqual({
      ok: true,
      status: "triaged",
      version: 2,
      taskId: null,
    });
    expect(await run(null, { action: "assign_check", hazardId: 999999 })).toEqual({
      ok: false,
      reason: "unknown_hazard",
    });
  });
});

describe("links", () => {
  it("a deleted zone only loses its link; an unknown zone is refused", async () => {
    const created = await insertPublicReport(t.db.kysely, PUBLIC, report(), nextCode);
    if (!created.ok) throw new Error("refused");
    const zone = await sql<{ id: number }>`
      INSERT INTO treatment_zones (code, name_zh, zone_type, phase, geom, data_source)
      VALUES ('TEST-LINK-1', '测试片区', 'erosion', 'near',
              ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(${inside[0]}, ${inside[1]}), 4326), 0.01)), 'test')
      RETURNING id`.execute(t.db.kysely);
    const zoneId = zone.rows[0]?.id as number;
    const link = (id: number) =>
      t.db.kysely.transaction().execute((trx) => linkReport(trx, PLANNER, created.id, { zoneId: id }));
    expect(await link(zoneId)).toMatchObject({ ok: true });
    expect(await link(99999999)).toEqual({ ok: false, reason: "unknown_zone" });
    await sql`DELETE FROM treatment_zones WHERE id = ${zoneId}`.execute(t.db.kysely);
    expect((await findReport(t.db.kysely, created.id))?.zone_id).toBeNull();
  });
});
