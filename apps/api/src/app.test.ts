import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/support/test-app.ts";

let h: TestApp;
beforeAll(async () => {
  h = await openTestApp();
});
afterAll(async () => h?.close());

describe("the app", () => {
  it("reports the database mode and PostGIS version on /health", async () => {
    const res = await h.app.inject({ url: "/health" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe("ok");
    expect(body.database.mode).toBe(h.t.databaseUrl ? "server" : "embedded");
    expect(body.database.postgis_version).toMatch(/^3\.\d+/);
    expect(body.database.migrations).toBeGreaterThanOrEqual(2);
  });

  it("answers an unknown API path with the JSON error shape", async () => {
    const res = await h.app.inject({ url: "/api/no-such-thing" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { code: "not_found", message: "没有这个地址", message_en: "Not found" },
    });
  });

  it("publishes an OpenAPI document built from the route schemas", async () => {
    const res = await h.app.inject({ url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/health", "/api/auth/login"]));
    const docs = await h.app.inject({ url: "/docs/" });
    expect(docs.statusCode).toBe(200);
  });

  it("rejects a body over the limit with 413", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ username: "x", password: "y".repeat(3 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("body_too_large");
  });
});
