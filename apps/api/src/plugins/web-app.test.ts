import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webApp } from "./web-app.ts";

let dir: string;
let app: FastifyInstance;
const script = Buffer.from(`console.log(${JSON.stringify("连片".repeat(800))});`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lp-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><div id=root></div>");
  writeFileSync(join(dir, "assets/app-abc123.js"), script);
  writeFileSync(join(dir, "assets/app-abc123.js.br"), brotliCompressSync(script));
  writeFileSync(join(dir, "assets/app-abc123.js.gz"), gzipSync(script));
  app = Fastify();
  await app.register(webApp, { distDir: dir });
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("web app assets", () => {
  it("sends the build's brotli or gzip file by Accept-Encoding, and identity otherwise", async () => {
    const url = "/assets/app-abc123.js";
    const br = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).equals(script)).toBe(true);
    expect(br.headers["cache-control"]).toContain("immutable");
    const gz = await app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).equals(script)).toBe(true);
    const plain = await app.inject({ url });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(script)).toBe(true);
  });
});
