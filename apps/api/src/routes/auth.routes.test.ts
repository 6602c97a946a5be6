import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
beforeAll(async () => {
  h = await openTestApp();
});
afterAll(async () => h?.close());

describe("login", () => {
  it("sets an HttpOnly SameSite cookie that identifies the user", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "planner", password: "planner-demo-2026" },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/lianpian_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie.split(";")[0] ?? "";
    const me = await h.app.inject({ url: "/api/auth/me", headers: { cookie: token } });
    expect(me.json()).toMatchObject({ user: { username: "planner", role: "planner" } });
  });

  it("refuses a wrong password with 401 and the bilingual message", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "planner", password: "nope-nope" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: {
        code: "invalid_credentials",
        message: "用户名或密码错误",
        message_en: "Wrong username or password",
      },
    });
  });

  it("rejects a malformed body with 400 naming the field", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "planner" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation_failed");
    expect(JSON.stringify(res.json().error.details)).toMatch(/password/);
  });

  it("stores only the token's hash and audits the login", async () => {
    const { authorization } = await loginAs(h.app, "field");
    const token = authorization.slice(7);
    const db = h.t.db.kysely;
    const raw = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM sessions WHERE token_sha256 = ${token}`.execute(db);
    expect(raw.rows[0]?.n).toBe(0);
    const audit = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE username = 'field' AND action = 'login'`.execute(db);
    expect(audit.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it("logout ends the session", async () => {
    const headers = await loginAs(h.app, "admin");
    expect((await h.app.inject({ url: "/api/auth/me", headers })).statusCode).toBe(200);
    const out = await h.app.inject({ method: "POST", url: "/api/auth/logout", headers });
    expect(out.statusCode).toBe(204);
    expect((await h.app.inject({ url: "/api/auth/me", headers })).statusCode).toBe(401);
  });

  it("lists one demo account per role on the embedded demo", async () => {
    const res = await h.app.inject({ url: "/api/auth/demo-accounts" });
    const roles = (res.json().accounts as { role: string }[]).map((a) => a.role).sort();
    expect(roles).toEqual(["admin", "field", "planner", "reviewer"]);
  });
});
