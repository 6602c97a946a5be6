import { purgeExpiredDeletedZones } from "@lianpian/db";
import { rect } from "@lianpian/db/testing";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../../../../test/support/test-app.ts";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

type Headers = { authorization: string };
const h = useAnalysisTestApp();
let reviewer: Headers;
beforeAll(async () => {
  reviewer = await loginAs(h.app, "reviewer");
});

const call = (
  who: Headers,
  method: "GET" | "PATCH" | "POST" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
) => h.app.inject({ method, url, headers: who, ...(payload ? { payload } : {}) });

/** A 1×1 PNG: a real image file, recognised by its signature. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
const DOC = { document_no: "沁自然资发〔2026〕18号", document_date: "2026-03-02" };

async function plannedZone(name: string) {
  const res = await call(h.planner, "POST", "/api/zones", {
    geometry: rect(0, 0, 1000, 1000),
    name_zh: name,
    zone_type: "contiguous_mine",
  });
  expect(res.statusCode).toBe(201);
  const planned = await call(h.planner, "POST", `/api/zones/${res.json().id}/status`, {
    version: 1,
    status: "planned",
  });
  expect(planned.statusCode).toBe(200);
  return planned.json() as { id: number; version: number; status: string };
}

async function approve(zone: { id: number; version: number }) {
  const res = await call(reviewer, "POST", `/api/zones/${zone.id}/decisions`, {
    version: zone.version,
    kind: "approve",
    confirm: true,
    ...DOC,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; version: number; status: string };
}

async function audit(zoneId: number) {
  const { rows } = await sql<{ action: string; username: string; details: Record<string, unknown> }>`
    SELECT action, username, details FROM audit_log WHERE entity = 'zone' AND entity_id = ${String(zoneId)}
    ORDER BY id`.execute(h.t.db.kysely);
  return rows;
}

describe("decisions need a reviewer and a document", () => {
  it("refuses a planner's approval and acceptance with 403, and changes nothing", async () => {
    const z = await plannedZone("规划人员不能批准");
    const direct = await call(h.planner, "POST", `/api/zones/${z.id}/status`, {
      version: 2,
      status: "approved",
    });
    expect(direct.statusCode).toBe(403);
    expect(direct.json().error.code).toBe("decision_forbidden");
    for (const kind of ["approve", "accept"]) {
      const res = await call(h.planner, "POST", `/api/zones/${z.id}/decisions`, {
        version: 2,
        kind,
        confirm: true,
        ...DOC,
      });
      expect(res.statusCode, kind).toBe(403);
    }
    const now = await call(h.planner, "GET", `/api/zones/${z.id}`);
    expect(now.json()).toMatchObject({ status: "planned", version: 2 });
  });

  it("answers a reviewer without a document (or without confirming) 400", async () => {
    const z = await plannedZone("缺少文件");
    // The plain status move is for planners' steps: an admin (who may decide) is sent to the decision.
    const admin = await loginAs(h.app, "admin");
    const direct = await call(admin, "POST", `/api/zones/${z.id}/status`, { version: 2, status: "approved" });
    expect(direct.statusCode).toBe(400);
    expect(direct.json().error.code).toBe("decision_document_required");
    const noDoc = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: 2,
      kind: "approve",
      confirm: true,
    });
    expect(noDoc.statusCode).toBe(400);
    expect(noDoc.json().error).toMatchObject({
      code: "decision_document_required",
      details: { field: "document_no" },
    });
    const badDate = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: 2,
      kind: "approve",
      confirm: true,
      document_no: DOC.document_no,
      document_date: "2026-02-30",
    });
    expect(badDate.json().error.details.field).toBe("document_date");
    const unconfirmed = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: 2,
      kind: "approve",
      ...DOC,
    });
    expect(unconfirmed.statusCode).toBe(400);
    const html = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from("<html><script>")]);
    const disguised = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: 2,
      kind: "approve",
      confirm: true,
      ...DOC,
      attachment: {
        filename: "批复.png",
        content_type: "image/png",
        content_base64: html.toString("base64"),
      },
    });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.code).toBe("attachment_invalid");
    expect((await call(reviewer, "GET", `/api/zones/${z.id}`)).json().status).toBe("planned");
  });

  it("approves with the document; history, audit and the governance view name the reviewer and the document", async () => {
    const z = await plannedZone("批准测试");
    const res = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: 2,
      kind: "approve",
      confirm: true,
      ...DOC,
      attachment: { filename: "批复.png", content_base64: PNG.toString("base64") },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "approved", version: 3 });

    const history = (await call(h.planner, "GET", `/api/zones/${z.id}/history`)).json().versions;
    expect(history[0]).toMatchObject({
      version: 3,
      action: "status",
      changed_by: "reviewer",
      note: {
        decision: "approve",
        ...DOC,
        attachment: "批复.png",
        decided_by: "reviewer",
        decided_by_role: "reviewer",
      },
    });
    const rows = await audit(z.id);
    expect(rows.at(-1)).toMatchObject({
      action: "zone.approve",
      username: "reviewer",
      details: {
        from: "planned",
        to: "approved",
        ...DOC,
        attachment: { type: "image/png", bytes: PNG.length },
      },
    });

    const gov = (await call(h.planner, "GET", `/api/zones/${z.id}/governance`)).json();
    expect(gov).toMatchObject({
      status: "approved",
      outline_locked: true,
      read_only: false,
      reopened: false,
    });
    expect(gov.decisions).toHaveLength(1);
    expect(gov.decisions[0]).toMatchObject({
      kind: "approve",
      zone_version: 3,
      ...DOC,
      decided_by: "reviewer",
      attachment: { filename: "批复.png", content_type: "image/png", bytes: PNG.length },
    });
    const file = await call(
      h.planner,
      "GET",
      `/api/zones/${z.id}/decisions/${gov.decisions[0].id}/attachment`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.compare(file.rawPayload, PNG)).toBe(0);
  });
});

describe("an approved zone is locked", () => {
  it("refuses outline, share and revert edits until a reviewer reopens it with a reason", async () => {
    const z = await approve(await plannedZone("锁定测试"));
    const outline = await call(h.planner, "PATCH", `/api/zones/${z.id}`, {
      version: 3,
      geometry: rect(0, 0, 1500, 1500),
    });
    expect(outline.statusCode).toBe(409);
    expect(outline.json().error).toMatchObject({ code: "zone_locked", details: { edits: ["outline"] } });
    expect(outline.json().error.details.message_zh).toContain("重新开放");
    const shares = await call(h.planner, "PUT", `/api/zones/${z.id}/parties`, {
      version: 3,
      shares: [{ company_id: h.f.companyA, share_pct: 100 }],
    });
    expect(shares.json().error.code).toBe("zone_locked");
    const revert = await call(h.planner, "POST", `/api/zones/${z.id}/revert`, { version: 3, to_version: 1 });
    expect(revert.json().error.code).toBe("zone_locked");
    const renamed = await call(h.planner, "PATCH", `/api/zones/${z.id}`, { version: 3, remarks: "进度说明" });
    expect(renamed.statusCode).toBe(200);

    const byPlanner = await call(h.planner, "POST", `/api/zones/${z.id}/reopen`, {
      version: 4,
      reason: "边界调整",
    });
    expect(byPlanner.statusCode).toBe(403);
    const reopened = await call(reviewer, "POST", `/api/zones/${z.id}/reopen`, {
      version: 4,
      reason: "县政府要求调整东侧边界",
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((await call(h.planner, "GET", `/api/zones/${z.id}/governance`)).json()).toMatchObject({
      outline_locked: false,
      reopened: true,
    });
    const moved = await call(h.planner, "PATCH", `/api/zones/${z.id}`, {
      version: 5,
      geometry: rect(0, 0, 1500, 1500),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const history = (await call(h.planner, "GET", `/api/zones/${z.id}/history`)).json().versions;
    expect(history[1]).toMatchObject({
      action: "reopen",
      changed_by: "reviewer",
      note: { decision: "reopen", reason: "县政府要求调整东侧边界" },
    });

    const started = await call(h.planner, "POST", `/api/zones/${z.id}/status`, {
      version: 6,
      status: "in_progress",
    });
    expect(started.json()).toMatchObject({ status: "in_progress" });
    const relocked = await call(h.planner, "PATCH", `/api/zones/${z.id}`, {
      version: 7,
      geometry: rect(0, 0, 900, 900),
    });
    expect(relocked.json().error.code).toBe("zone_locked");
    expect((await audit(z.id)).map((r) => r.action)).toEqual([
      "zone.create",
      "zone.status",
      "zone.approve",
      "zone.update",
      "zone.reopen",
      "zone.update",
      "zone.status",
    ]);
  });
});

describe("an accepted zone is read-only but for aftercare", () => {
  it("accepts aftercare records on an accepted zone and refuses every other edit", async () => {
    let z = await approve(await plannedZone("管护测试"));
    for (const status of ["in_progress", "completed"]) {
      z = (await call(h.planner, "POST", `/api/zones/${z.id}/status`, { version: z.version, status })).json();
    }
    const early = await call(h.planner, "POST", `/api/zones/${z.id}/aftercare`, {
      kind: "inspection",
      inspected_on: "2026-05-01",
      condition: "good",
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("aftercare_not_open");
    const accepted = await call(reviewer, "POST", `/api/zones/${z.id}/decisions`, {
      version: z.version,
      kind: "accept",
      confirm: true,
      document_no: "沁验字〔2026〕3号",
      document_date: "2026-06-30",
    });
    expect(accepted.json()).toMatchObject({ status: "accepted" });
    const v = accepted.json().version;

    const edit = await call(h.planner, "PATCH", `/api/zones/${z.id}`, { version: v, remarks: "改" });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("zone_read_only");
    expect(
      (await call(reviewer, "POST", `/api/zones/${z.id}/reopen`, { version: v, reason: "试试" })).statusCode,
    ).toBe(409);

    const incomplete = await call(h.planner, "POST", `/api/zones/${z.id}/aftercare`, {
      kind: "responsibility",
    });
    expect(incomplete.statusCode).toBe(400);
    const unit = await call(h.planner, "POST", `/api/zones/${z.id}/aftercare`, {
      kind: "responsibility",
      responsible_unit: "沁水县林业局",
      period_start: "2026-07-01",
      period_end: "2029-06-30",
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const visit = await call(h.planner, "POST", `/api/zones/${z.id}/aftercare`, {
      kind: "inspection",
      inspected_on: "2026-09-15",
      condition: "fair",
      notes: "北坡补植 200 株",
    });
    expect(visit.statusCode).toBe(201);
    const gov = (await call(h.planner, "GET", `/api/zones/${z.id}/governance`)).json();
    expect(gov).toMatchObject({ read_only: true, aftercare_open: true });
    expect(gov.aftercare).toMatchObject([
      {
        kind: "responsibility",
        responsible_unit: "沁水县林业局",
        period_start: "2026-07-01",
        period_end: "2029-06-30",
      },
      { kind: "inspection", inspected_on: "2026-09-15", condition: "fair", recorded_by: "planner" },
    ]);
    expect((await call(h.planner, "GET", `/api/zones/${z.id}`)).json().version).toBe(v);
  });
});

describe("a deleted draft can be restored", () => {
  it("keeps the deleted draft with its history for 30 days and brings it back as a new version", async () => {
    const created = await call(h.planner, "POST", "/api/zones", {
      geometry: rect(0, 0, 1000, 1000),
      name_zh: "误删草案",
      zone_type: "erosion",
      tasks: [{ task_kind: "water", lead_unit: "水利局" }],
    });
    const z = created.json();
    await call(h.planner, "PATCH", `/api/zones/${z.id}`, { version: 1, remarks: "第二版" });
    expect((await call(h.planner, "DELETE", `/api/zones/${z.id}?version=2`)).statusCode).toBe(204);
    expect((await call(h.planner, "GET", `/api/zones/${z.id}`)).statusCode).toBe(404);

    const deleted = (await call(h.planner, "GET", "/api/zones/deleted")).json().zones;
    expect(deleted[0]).toMatchObject({ id: z.id, code: z.code, name_zh: "误删草案", deleted_by: "planner" });
    const days = (Date.parse(deleted[0].restore_until) - Date.parse(deleted[0].deleted_at)) / 86_400_000;
    expect(days).toBeCloseTo(30, 3);

    const restored = await call(h.planner, "POST", `/api/zones/${z.id}/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({
      id: z.id,
      code: z.code,
      status: "draft",
      version: 3,
      remarks: "第二版",
      tasks: [{ task_kind: "water", lead_unit: "水利局" }],
    });
    const history = (await call(h.planner, "GET", `/api/zones/${z.id}/history`)).json().versions;
    expect(history.map((v: { action: string }) => v.action)).toEqual(["restore", "update", "create"]);
    expect(
      (await call(h.planner, "GET", "/api/zones/deleted")).json().zones.map((d: { id: number }) => d.id),
    ).not.toContain(z.id);
    expect((await call(h.planner, "POST", `/api/zones/${z.id}/restore`)).statusCode).toBe(404);
    expect((await audit(z.id)).map((r) => r.action)).toEqual([
      "zone.create",
      "zone.update",
      "zone.delete",
      "zone.restore",
    ]);
  });

  it("refuses a restore after the period", async () => {
    const z = (
      await call(h.planner, "POST", "/api/zones", {
        geometry: rect(0, 0, 800, 800),
        name_zh: "过期草案",
        zone_type: "erosion",
      })
    ).json();
    await call(h.planner, "DELETE", `/api/zones/${z.id}?version=1`);
    await sql`UPDATE deleted_zones SET restore_until = now() - interval '1 minute' WHERE zone_id = ${z.id}::int`.execute(
      h.t.db.kysely,
    );
    const res = await call(h.planner, "POST", `/api/zones/${z.id}/restore`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: "zone_not_restorable", details: { reason: "expired" } });
    expect(await purgeExpiredDeletedZones(h.t.db.kysely)).toBeGreaterThanOrEqual(1);
    const { rows } = await sql`SELECT 1 FROM deleted_zones WHERE zone_id = ${z.id}::int`.execute(
      h.t.db.kysely,
    );
    expect(rows).toHaveLength(0);
  });
});
