import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, expect } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import type { multipartForm } from "../file-imports/upload-test-support.ts";

/** A 1×1 PNG: the tile the uploaded test archives carry. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The base-map route tests' app: its base-map folder and an upload call. */
export interface BasemapTestApp extends TestApp {
  dir: string;
  /** POST /api/basemaps with a form, as the admin unless other headers are given (`{}`: not logged in). */
  post(
    form: ReturnType<typeof multipartForm>,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/**
 * The set-up of the base-map route tests: before the file's tests, the real
 * app with base maps kept in a fresh temporary folder (1 MB cap) and the
 * admin logged in; after them, the app closed and the folder removed. The
 * returned object is filled in by the time the tests run.
 */
export function useBasemapTestApp(): BasemapTestApp {
  const h = {} as BasemapTestApp;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "lp-basemaps-"));
    const app = await openTestApp({ LIANPIAN_BASEMAP_DIR: dir, LIANPIAN_BASEMAP_MAX_MB: "1" });
    const admin = await loginAs(app.app, "admin");
    const post: BasemapTestApp["post"] = (form, headers = admin) =>
      app.app.inject({
        method: "POST",
        url: "/api/basemaps",
        payload: form.payload,
        headers: { ...form.headers, ...headers },
      });
    Object.assign(h, app, { dir, post });
  });
  afterAll(async () => {
    await h.close?.();
    if (h.dir) await rm(h.dir, { recursive: true, force: true });
  });
  return h;
}

/** Expects the tile at `url` to be `png`, cached for a year as immutable, and 304 when asked again with its ETag. */
export async function expectCachedPngTile(h: TestApp, url: string, png: Buffer): Promise<void> {
  const res = await h.app.inject({ url });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toBe("image/png");
  expect(res.rawPayload.equals(png)).toBe(true);
  expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  const again = await h.app.inject({ url, headers: { "if-none-match": String(res.headers.etag) } });
  expect(again.statusCode).toBe(304);
}
