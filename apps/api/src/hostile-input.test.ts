import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../test/support/test-app.ts";

/**
 * Hostile input at the edge: every refusal is our JSON error shape, costs
 * little, and leaves every table as it was. Real HTTP on 127.0.0.1 where the
 * framework's own handling is what is under test (sockets, Content-Length).
 */
let h: TestApp;
let base: string;
let port: number;
let planner: { authorization: string };

beforeAll(async () => {
  h = await openTestApp();
  await h.app.listen({ host: "127.0.0.1", port: 0 });
  port = (h.app.server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => h?.close());

async function rowCounts() {
  const { rows } = await sql<{ zones: number; users: number; reports: number; sessions: number }>`
    SELECT (SELECT count(*) FROM treatment_zones)::int AS zones, (SELECT count(*) FROM users)::int AS users,
           (SELECT count(*) FROM public_reports)::int AS reports, (SELECT count(*) FROM sessions)::int AS sessions`.execute(
    h.t.db.kysely,
  );
  return rows[0];
}

function expectOurError(res: { statusCode: number; body: string }, status: number, code?: string) {
  expect(res.statusCode).toBe(status);
  const body = JSON.parse(res.body) as { error: { code: string; message: string; message_en: string } };
  expect(body.error.message).toBeTruthy();
  expect(body.error.message_en).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
}

/** Sends raw bytes and gives back what the server wrote before closing (bounded by `waitMs`). */
function rawExchange(text: string, waitMs = 3_000): Promise<string> {
  return new Promise((resolve) => {
    let out = "";
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(out);
    };
    const timer = setTimeout(done, waitMs);
    socket.on("data", (d) => {
      out += d;
    });
    socket.on("close", done);
    socket.on("error", done);
  });
}

describe("the body is never read for someone who may not send it", () => {
  it("refuses an anonymous 1 MB zone of empty items with 401 before parsing it", async () => {
    const before = await rowCounts();
    const body = JSON.stringify({ items: Array.from({ length: 350_000 }, () => ({})) });
    expect(body.length).toBeGreaterThan(1_000_000);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/zones",
      headers: { "content-type": "application/json" },
      payload: body,
    });
    expectOurError(res, 401, "unauthorized");
    expect(res.body.length).toBeLessThan(1_000);
    expect(await rowCounts()).toEqual(before);
  });

  it("answers a planner's huge invalid body with a few bounded problems", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/zones",
      headers: { ...planner, "content-type": "application/json" },
      payload: JSON.stringify({
        geometry: { type: "Polygon", coordinates: Array.from({ length: 20_000 }, () => []) },
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(4_000);
    expect((res.json().error.details as unknown[]).length).toBeLessThanOrEqual(5);
  });
});

describe("every write route is rate limited", () => {
  it("limits a route that declares no limit of its own, per user", async () => {
    const field = await loginAs(h.app, "field");
    const codes: number[] = [];
    for (let i = 0; i < 302; i++) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/inspections",
        headers: field,
        payload: {},
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 300).every((c) => c === 400)).toBe(true);
    expect(codes.slice(300)).toEqual([429, 429]);
    // Another user is not held back by the first one's limit.
    const other = await h.app.inject({
      method: "POST",
      url: "/api/inspections",
      headers: planner,
      payload: {},
    });
    expect(other.statusCode).not.toBe(429);
  });
});

describe("one rule for text and numbers", () => {
  it.each([
    ["login", "/api/auth/login", { username: "plan\u0000ner", password: "x" }, {}],
    ["a zone name", "/api/zones", { name_zh: "片区\u0000", zone_type: "contiguous_mine" }, "planner"],
    [
      "a citizen report",
      "/api/public/reports",
      { category: "other", text: "地面裂缝\u0007扩大了很多", lng: 112.8, lat: 35.5 },
      {},
    ],
  ])("refuses a control character in %s with 400, writing nothing", async (_what, url, payload, who) => {
    const before = await rowCounts();
    const headers = who === "planner" ? planner : {};
    const res = await h.app.inject({ method: "POST", url, headers, payload });
    expectOurError(res, 400, "control_characters");
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["/api/zones/2147483648", "number_out_of_range"],
    ["/api/zones/99999999999999999999", "number_out_of_range"],
    ["/api/zones/Infinity", "non_canonical_number"],
    ["/api/zones/0x1", "non_canonical_number"],
    ["/api/zones/1e1", "non_canonical_number"],
  ])("refuses the id in %s with 400 %s", async (url, code) => {
    expectOurError(await h.app.inject({ url, headers: planner }), 400, code);
  });

  it.each(["1e1", "0x1", "01", "%201", "1.0", "-0"])("refuses the tile coordinate %s", async (z) => {
    const res = await h.app.inject({ url: `/tiles/mines/${z}/0/0.mvt` });
    expectOurError(res, 400);
  });

  it("still serves canonical coordinates", async () => {
    expect([200, 204]).toContain((await h.app.inject({ url: "/tiles/mines/10/833/403.mvt" })).statusCode);
  });
});

describe("the framework's refusals in our shape", () => {
  it("answers an overlong tile URL with our error", async () => {
    const layer = "mines,".repeat(500);
    const res = await fetch(`${base}/tiles/${layer}/1/1/1.mvt`);
    expectOurError({ statusCode: res.status, body: await res.text() }, res.status);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("answers a malformed Content-Length with our error", async () => {
    const reply = await rawExchange("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('"code":"bad_request"');
    expect(reply).toContain("message_en");
  });

  it("answers an oversized upload sent as a browser sends it (no Expect) with 413, not a reset", async () => {
    const body = Buffer.alloc(6 * 1024 * 1024, 0x41);
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${base}/api/public/reports`,
        { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } },
        (res) => {
          let text = "";
          res.on("data", (d) => {
            text += d;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expectOurError({ statusCode: reply.status, body: reply.body }, 413, "body_too_large");
  });
});
