import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  h = await openTestApp();
  admin = await loginAs(h.app, "admin");
});
afterAll(async () => {
  await h?.close();
});

const GOOD = "Huangtu-gaoyuan-7";

function login(username: string, password: string, remoteAddress = "127.0.0.1") {
  return h.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
    remoteAddress,
  });
}

async function createUser(username: string, role = "planner", password = GOOD) {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/admin/users",
    headers: admin,
    payload: { username, display_name: `测试 ${username}`, role, password },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; must_change_password: boolean };
}

describe("password rules", () => {
  it("refuses short passwords, the username, repeated characters and commonly leaked ones, saying why in zh and en", async () => {
    const cases: [string, string][] = [
      ["short-1", "too_short"],
      ["xrule-user-2026", "is_username"],
      ["aaaaaaaaaaaa", "repeated"],
      ["Password123", "common"],
      ["woaini1314", "common"],
    ];
    for (const [password, reason] of cases) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/admin/users",
        headers: admin,
        payload: { username: "xrule-user", display_name: "规则", role: "planner", password },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error).toMatchObject({ code: "weak_password", details: { reason } });
      expect(res.json().error.details.message_zh).toBeTruthy();
    }
    const { rows } = await sql`SELECT 1 FROM users WHERE username = 'xrule-user'`.execute(h.t.db.kysely);
    expect(rows).toHaveLength(0);
  });

  it("makes an admin-created account change its password first, under the same rules", async () => {
    const user = await createUser("first-login");
    expect(user.must_change_password).toBe(true);
    const res = await login("first-login", GOOD);
    expect(res.json().user.must_change_password).toBe(true);
    const headers = { authorization: `Bearer ${res.json().token}` };
    const zones = await h.app.inject({ url: "/api/zones", headers });
    expect(zones.statusCode).toBe(403);
    expect(zones.json().error.code).toBe("password_change_required");
    const weak = await h.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers,
      payload: { current_password: GOOD, new_password: "1234567890" },
    });
    expect(weak.json().error).toMatchObject({ code: "weak_password", details: { reason: "common" } });
    const changed = await h.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers,
      payload: { current_password: GOOD, new_password: "Qinshui-river-2026" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await h.app.inject({ url: "/api/zones", headers })).statusCode).toBe(200);
    expect((await login("first-login", "Qinshui-river-2026")).json().user.must_change_password).toBe(false);
  });
});

describe("failed logins", () => {
  it("throttle one account tried from many addresses with backoff, audit it, and let the owner in afterwards", async () => {
    await createUser("target-acct");
    for (let i = 1; i <= 6; i++) {
      const res = await login("target-acct", `wrong-guess-${i}`, `10.0.0.${i}`);
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    // The sixth failure started a wait: even the right password is not checked now.
    const blocked = await login("target-acct", GOOD, "10.0.1.1");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("login_throttled");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    const { rows } = await sql<{ failures: number; blocked_until: Date | null }>`
      SELECT failures, blocked_until FROM login_failures WHERE key = 'account:target-acct'`.execute(
      h.t.db.kysely,
    );
    expect(rows[0]?.failures).toBe(6);
    const waitMs = new Date(rows[0]?.blocked_until ?? 0).getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(0);
    expect(waitMs).toBeLessThanOrEqual(60_000);

    const audit = await sql<{ details: { username: string; reason: string }; ip: string }>`
      SELECT details, ip FROM audit_log WHERE action = 'login.failed' AND details->>'username' = 'target-acct'
      ORDER BY id`.execute(h.t.db.kysely);
    expect(audit.rows.map((r) => r.details.reason)).toEqual([
      ...Array(6).fill("wrong_password"),
      "throttled",
    ]);
    expect(audit.rows[0]?.ip).toBe("10.0.0.1");

    // Backoff, not lockout: once the wait has passed the owner logs in and the count starts again.
    await sql`UPDATE login_failures SET blocked_until = now() - interval '1 second'`.execute(h.t.db.kysely);
    expect((await login("target-acct", GOOD, "10.0.1.1")).statusCode).toBe(200);
    const left = await sql`SELECT 1 FROM login_failures WHERE key = 'account:target-acct'`.execute(
      h.t.db.kysely,
    );
    expect(left.rows).toHaveLength(0);
  });

  it("throttle one address trying many accounts", async () => {
    for (let i = 1; i <= 11; i++) expect((await login(`nobody-${i}`, "x", "10.9.9.9")).statusCode).toBe(401);
    const res = await login("admin", "admin-demo-2026", "10.9.9.9");
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe("login_throttled");
    expect((await login("admin", "admin-demo-2026", "10.9.9.10")).statusCode).toBe(200);
  });
});

describe("admin user management", () => {
  it("changes role, disables (ending sessions at once), resets the password, lists and revokes sessions, all audited", async () => {
    const user = await createUser("managed-one", "field");
    const token = (await login("managed-one", GOOD)).json().token;
    const headers = { authorization: `Bearer ${token}` };
    const listed = await h.app.inject({ url: `/api/admin/users/${user.id}/sessions`, headers: admin });
    expect(listed.json().sessions).toHaveLength(1);

    const role = await h.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${user.id}`,
      headers: admin,
      payload: { role: "reviewer" },
    });
    expect(role.json()).toMatchObject({ role: "reviewer" });
    const revoked = await h.app.inject({
      method: "DELETE",
      url: `/api/admin/users/${user.id}/sessions`,
      headers: admin,
    });
    expect(revoked.json()).toEqual({ revoked: 1 });
    expect((await h.app.inject({ url: "/api/auth/me", headers })).statusCode).toBe(401);

    const token2 = (await login("managed-one", GOOD)).json().token;
    const disabled = await h.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${user.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(disabled.json().disabled).toBe(true);
    expect(
      (await h.app.inject({ url: "/api/auth/me", headers: { authorization: `Bearer ${token2}` } }))
        .statusCode,
    ).toBe(401);
    expect((await login("managed-one", GOOD)).statusCode).toBe(401);

    await h.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${user.id}`,
      headers: admin,
      payload: { disabled: false },
    });
    const reset = await h.app.inject({
      method: "POST",
      url: `/api/admin/users/${user.id}/password`,
      headers: admin,
      payload: { password: "Taihang-reset-99" },
    });
    expect(reset.statusCode).toBe(204);
    expect((await login("managed-one", "Taihang-reset-99")).json().user.must_change_password).toBe(true);

    const self = await h.app.inject({
      method: "PATCH",
      url: "/api/admin/users/1",
      headers: admin,
      payload: { disabled: true },
    });
    expect([409, 404]).toContain(self.statusCode);

    const audit = await h.app.inject({
      url: `/api/admin/audit?entity=user&entity_id=${user.id}`,
      headers: admin,
    });
    expect(
      audit
        .json()
        .entries.map((e: { action: string }) => e.action)
        .reverse(),
    ).toEqual([
      "user.create",
      "user.update",
      "session.revoke",
      "user.disable",
      "session.revoke",
      "user.enable",
      "user.password_reset",
    ]);
  });

  it("filters the audit log by user, action prefix and time, and exports it as CSV", async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const res = await h.app.inject({
      url: `/api/admin/audit?user=admin&action=user.*&from=${encodeURIComponent(since)}`,
      headers: admin,
    });
    const entries = res.json().entries as { username: string; action: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.username === "admin" && e.action.startsWith("user."))).toBe(true);
    const future = await h.app.inject({ url: "/api/admin/audit?from=2099-01-01T00:00:00Z", headers: admin });
    expect(future.json().entries).toEqual([]);
    const csv = await h.app.inject({ url: "/api/admin/audit?action=user.create&format=csv", headers: admin });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "时间 Time,用户 User,角色 Role,操作 Action,对象 Entity,对象编号 Entity id,详情 Details,地址 Address",
    );
    expect(lines.slice(1).every((l) => l.includes(",user.create,user,"))).toBe(true);
  });
});

describe("run-time settings", () => {
  it("are changed by the admin only, checked, audited, and served to the map", async () => {
    const planner = await loginAs(h.app, "planner");
    const put = (key: string, value: unknown, headers = admin) =>
      h.app.inject({ method: "PUT", url: `/api/admin/settings/${key}`, headers, payload: { value } });
    expect((await put("map.review_number", "晋S(2026)001号", planner)).statusCode).toBe(403);
    expect((await put("no.such_key", "x")).json().error.code).toBe("unknown_setting");
    expect((await put("basemap.tile_url", "http://tiles.example/{z}/{x}/{y}.png")).json().error.code).toBe(
      "setting_invalid",
    );
    expect((await put("public.rate_limit.read", 5)).json().error.code).toBe("setting_invalid");
    expect((await put("map.review_number", "晋S(2026)001号")).statusCode).toBe(200);
    expect((await put("basemap.tile_url", "https://tiles.example/{z}/{x}/{y}.png")).statusCode).toBe(200);
    const pub = await h.app.inject({ url: "/api/settings/public" });
    expect(pub.json()).toMatchObject({
      map_review_number: "晋S(2026)001号",
      basemap_tile_url: "https://tiles.example/{z}/{x}/{y}.png",
    });
    const audit = await h.app.inject({ url: "/api/admin/audit?entity=setting", headers: admin });
    expect(audit.json().entries[1]).toMatchObject({
      action: "setting.change",
      entity_id: "map.review_number",
      details: { from: null, to: "晋S(2026)001号" },
    });
  });
});
