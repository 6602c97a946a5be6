import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
/** The very set @fastify/helmet sent (as this app configured it) before this plugin replaced it. */
import HELMET_HEADERS from "./security-headers.helmet.json" with { type: "json" };
import { API_SECURITY_HEADERS, configuredMapOrigins } from "./security-headers.ts";

let h: TestApp;
beforeAll(async () => {
  h = await openTestApp();
});
afterAll(async () => h?.close());

describe("security headers", () => {
  it("sends a CSP that loads nothing off the origin and allows no framing, with nosniff and a referrer policy", async () => {
    const res = await h.app.inject({ url: "/health" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends on a vector tile (its own precomputed headers) exactly the security headers of an API reply", async () => {
    const health = await h.app.inject({ url: "/health" });
    const onApiReply = Object.fromEntries(
      Object.keys(API_SECURITY_HEADERS).map((name) => [name, health.headers[name]]),
    );
    expect(onApiReply).toEqual(HELMET_HEADERS);
    expect(onApiReply).toEqual(API_SECURITY_HEADERS);
    for (const url of ["/tiles/mines/10/833/403.mvt", "/tiles/mines/10/0/0.mvt", "/tiles/mines/23/0/0.mvt"]) {
      const tile = await h.app.inject({ url });
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS))
        expect(tile.headers[name]).toBe(value);
    }
    const tileNames = Object.keys((await h.app.inject({ url: "/tiles/mines/10/0/0.mvt" })).headers);
    const apiNames = Object.keys(health.headers).filter(
      (n) => !["content-type", "content-length"].includes(n),
    );
    expect(apiNames.every((n) => tileNames.includes(n) || n === "date" || n === "connection")).toBe(true);
  });

  it("lets other sites frame the public embed page only", async () => {
    const embed = await h.app.inject({ url: "/public?embed=1&chart=hazards" });
    expect(String(embed.headers["content-security-policy"])).toContain("frame-ancestors *");
    expect(embed.headers["x-frame-options"]).toBeUndefined();
    const page = await h.app.inject({ url: "/public" });
    expect(String(page.headers["content-security-policy"])).toContain("frame-ancestors 'self'");
  });

  it("sends HSTS when the request came over TLS (told by a trusted proxy)", async () => {
    const behindProxy = await openTestApp({ LIANPIAN_TRUST_PROXY: "true" });
    try {
      const tls = await behindProxy.app.inject({ url: "/health", headers: { "x-forwarded-proto": "https" } });
      expect(tls.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      const tile = await behindProxy.app.inject({
        url: "/tiles/mines/10/0/0.mvt",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(tile.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      const plain = await behindProxy.app.inject({ url: "/health" });
      expect(plain.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
  });

  it("allows the base-map hosts an admin configured, and nothing before", async () => {
    expect(await configuredMapOrigins(h.app)).toEqual([]);
    await sql`INSERT INTO settings (key, value, updated_by) VALUES
      ('basemap.tile_url', to_jsonb('https://tiles.example.cn/{z}/{x}/{y}.png'::text), 'admin'),
      ('basemap.tianditu_key', to_jsonb('0123456789abcdef'::text), 'admin')`.execute(h.t.db.kysely);
    h.app.settings.invalidate();
    const origins = await configuredMapOrigins(h.app);
    expect(origins).toContain("https://tiles.example.cn");
    expect(origins).toContain("https://t0.tianditu.gov.cn");
  });
});
