import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
beforeAll(async () => {
  h = await openTestApp();
});
afterAll(async () => {
  await h?.close();
});

describe("admin lists", () => {
  it("shows the accounts to the admin only, without password hashes", async () => {
    const admin = await loginAs(h.app, "admin");
    const res = await h.app.inject({ url: "/api/admin/users", headers: admin });
    expect(res.statusCode).toBe(200);
    const users = res.json().users as Record<string, unknown>[];
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(["admin", "planner", "field"]));
    expect(JSON.stringify(users)).not.toContain("scrypt");
    const planner = await loginAs(h.app, "planner");
    expect((await h.app.inject({ url: "/api/admin/users", headers: planner })).statusCode).toBe(403);
    expect((await h.app.inject({ url: "/api/admin/users" })).statusCode).toBe(401);
  });

  it("shows the audit log newest first, filtered by entity", async () => {
    const admin = await loginAs(h.app, "admin");
    const res = await h.app.inject({ url: "/api/admin/audit?entity=session&limit=5", headers: admin });
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as { action: string; username: string; id: number }[];
    expect(entries[0]).toMatchObject({ action: "login", username: "admin" });
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
  });
});
