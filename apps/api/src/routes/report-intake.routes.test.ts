import { randomUUID } from "node:crypto";
import { REPORT_LIMITS } from "@lianpian/domain";
import { tinyPng } from "@lianpian/domain/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { PUBLIC_RATE_LIMITS } from "./public-rate-limits.ts";

let h: TestApp;
let inside: { lng: number; lat: number };
let ipSeq = 0;
/** Each case its own client address, so the report rate limit is tested on purpose only. */
const nextIp = () => `10.5.0.${++ipSeq}`;
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
/** A real image: the server decodes and re-encodes what it stores. */
const PHOTO = tinyPng(100, 32, 24);

beforeAll(async () => {
  h = await openTestApp();
  const { rows } = await sql<{ lng: number; lat: number }>`
    SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat
    FROM counties WHERE code = '140521'`.execute(h.t.db.kysely);
  if (!rows[0]) throw new Error("no Qinshui county in the demo data");
  inside = rows[0];
});
afterAll(async () => h?.close());

const body = (over: Record<string, unknown> = {}) => ({
  category: "dumping",
  text: "河边有人倾倒煤矸石，已经堆了很高",
  contact: "微信 lianpian-test",
  lng: inside.lng,
  lat: inside.lat,
  location_source: "map",
  ...over,
});
const post = (payload: unknown, ip = nextIp()) =>
  h.app.inject({ method: "POST", url: "/api/public/reports", payload: payload as object, remoteAddress: ip });

async function stored() {
  const { rows } = await sql<{ reports: number; photos: number; audits: number }>`
    SELECT (SELECT count(*) FROM public_reports)::int AS reports,
           (SELECT count(*) FROM public_report_photos)::int AS photos,
           (SELECT count(*) FROM audit_log WHERE entity = 'public_report')::int AS audits`.execute(
    h.t.db.kysely,
  );
  return rows[0];
}

describe("POST /api/public/reports", () => {
  it("stores a report and answers with a tracking code and the received status only", async () => {
    const res = await post(
      body({ photo: { content_type: "image/png", data_base64: PHOTO.toString("base64") } }),
    );
    expect(res.statusCode).toBe(201);
    const reply = res.json();
    expect(Object.keys(reply).sort()).toEqual(["status", "status_en", "status_zh", "tracking_code"]);
    expect(reply).toMatchObject({ status: "new", status_zh: "已收到", status_en: "Received" });
    expect(reply.tracking_code).toMatch(/^LP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const { rows } = await sql<{ contact: string; bytes: number }>`
      SELECT r.reporter_contact AS contact, p.byte_size AS bytes FROM public_reports r
      JOIN public_report_photos p ON p.report_id = r.id WHERE r.tracking_code = ${reply.tracking_code}`.execute(
      h.t.db.kysely,
    );
    // The photo is stored as the server re-encoded it.
    expect(rows[0]?.contact).toBe("微信 lianpian-test");
    expect(rows[0]?.bytes).toBeGreaterThan(0);
  });

  const refusals: [string, Record<string, unknown>, number, string][] = [
    [
      "text over the limit",
      { text: "裂".repeat(REPORT_LIMITS.textMaxChars + 1) },
      400,
      "report_text_too_long",
    ],
    ["text too short", { text: "裂缝" }, 400, "report_text_too_short"],
    ["a filled honeypot", { website: "http://cheap.example" }, 400, "report_honeypot"],
    ["a point outside the counties", { lng: 116.39, lat: 39.91 }, 422, "report_outside_area"],
    [
      "a photo over 2 MB",
      {
        photo: {
          content_type: "image/jpeg",
          data_base64: Buffer.concat([JPEG, Buffer.alloc(REPORT_LIMITS.photoMaxBytes)]).toString("base64"),
        },
      },
      413,
      "report_photo_too_large",
    ],
    [
      "a photo that is not an image",
      { photo: { content_type: "image/png", data_base64: Buffer.from("MZ\x90\x00").toString("base64") } },
      415,
      "report_photo_type",
    ],
    [
      "a photo that is not base64",
      { photo: { content_type: "image/png", data_base64: "@@@@" } },
      415,
      "report_photo_type",
    ],
    ["an unknown category", { category: "ufo" }, 400, "validation_failed"],
  ];

  for (const [name, over, status, code] of refusals) {
    it(`refuses ${name} with a clear message and stores nothing`, async () => {
      const before = await stored();
      const res = await post(body(over));
      expect(res.statusCode).toBe(status);
      const error = res.json().error;
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(3);
      expect(error.message_en.length).toBeGreaterThan(3);
      expect(await stored()).toEqual(before);
    });
  }

  it("refuses a body larger than the route's limit before reading it", async () => {
    const before = await stored();
    const res = await post(
      body({ photo: { content_type: "image/jpeg", data_base64: "A".repeat(3_600_000) } }),
    );
    expect(res.statusCode).toBe(413);
    expect(await stored()).toEqual(before);
  });

  it("limits reports per client address with 429 and Retry-After", async () => {
    const ip = nextIp();
    const max = PUBLIC_RATE_LIMITS.report.max;
    for (let i = 0; i < max; i++) expect((await post(body({ text: "短" }), ip)).statusCode).toBe(400);
    const res = await post(body(), ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.json().error.code).toBe("rate_limited");
    // another address is not affected
    expect((await post(body())).statusCode).toBe(201);
  });
});

describe("GET /api/public/reports/:code", () => {
  it("shows the status and nothing else, however the code is typed", async () => {
    const created = (await post(body())).json();
    const code: string = created.tracking_code;
    for (const typed of [code, code.toLowerCase(), code.replaceAll("-", " ")]) {
      const res = await h.app.inject({ url: `/api/public/reports/${encodeURIComponent(typed)}` });
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json()).sort()).toEqual([
        "public_reply",
        "status",
        "status_changed_at",
        "status_en",
        "status_zh",
        "tracking_code",
      ]);
      expect(res.json()).toMatchObject({ tracking_code: code, status: "new", public_reply: null });
      expect(res.body).not.toMatch(/lianpian-test|煤矸石|lng|lat/);
    }
  });

  it("tells a typo from an unknown code and a malformed one", async () => {
    const code: string = (await post(body())).json().tracking_code;
    const last = code.at(-1) === "0" ? "1" : "0";
    const typo = await h.app.inject({ url: `/api/public/reports/${code.slice(0, -1)}${last}` });
    expect(typo.json().error.code).toBe("tracking_code_typo");
    const malformed = await h.app.inject({ url: "/api/public/reports/LP-123" });
    expect(malformed.json().error.code).toBe("tracking_code_malformed");
    const unknown = await h.app.inject({ url: "/api/public/reports/LP-00000-00000" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("report_not_found");
  });
});

describe("a resend of the same report (lost reply)", () => {
  it("same key and body: one row, 200 with the stored tracking code; other body: 422", async () => {
    const key = randomUUID();
    const first = await post(body({ client_key: key, location_source: "gps", accuracy_m: 14.5 }));
    expect(first.statusCode).toBe(201);
    const before = await stored();
    const again = await post(body({ client_key: key, location_source: "gps", accuracy_m: 14.5 }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await stored()).toEqual(before);

    const other = await post(
      body({ client_key: key, location_source: "gps", accuracy_m: 14.5, text: "别的内容，另一条举报" }),
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: "report_key_reused" });
    expect(other.json().error.message_en).toMatch(/different report/);
    expect(await stored()).toEqual(before);

    const { rows } = await sql<{ n: number; source: string; accuracy: number }>`
      SELECT count(*) OVER ()::int AS n, location_source AS source, location_accuracy_m AS accuracy
        FROM public_reports WHERE client_key = ${key}::uuid`.execute(h.t.db.kysely);
    expect(rows).toEqual([{ n: 1, source: "gps", accuracy: 14.5 }]);
  });

  it("two sends of one key at once store one report", async () => {
    const key = randomUUID();
    const before = await stored();
    const [a, b] = await Promise.all([post(body({ client_key: key })), post(body({ client_key: key }))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().tracking_code).toBe(b.json().tracking_code);
    expect((await stored())?.reports).toBe((before?.reports ?? 0) + 1);
  });
});
