import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { webApp } from "../../apps/api/src/plugins/web-app.ts";
import { type ChromiumSession, launchChromium, runBrowserTests } from "../support/browser.ts";
import { waitForServiceWorker } from "../support/field-phone.ts";
import { buildWebInto, editFieldSource, type PrecacheEntry } from "../support/web-build.ts";

/**
 * A deploy reaches an installed /field: after a new build is served on the
 * same origin, the page is controlled by the new worker, its precache holds
 * the new build's files and none of the old build's, and the tile pack the
 * user downloaded is left alone. The built app is served by the API's own
 * static plugin (no database: the login screen is enough).
 */
const WAIT = { timeout: 60_000 };
const PACK = "lianpian-tiles-pack-v1";
const dirs: string[] = [];
let server: FastifyInstance | undefined;
let browser: ChromiumSession | undefined;

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function serve(distDir: string, port: number): Promise<number> {
  await server?.close();
  server = Fastify();
  await server.register(webApp, { distDir });
  await server.listen({ host: "127.0.0.1", port });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return address.port;
}

/** The pathnames in the worker's precache (Workbox's `lianpian-precache-…` cache). */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        caches: {
          keys(): Promise<string[]>;
          open(n: string): Promise<{ keys(): Promise<{ url: string }[]> }>;
        };
      }
    ).caches;
    const name = (await c.keys()).find((n) => n.startsWith("lianpian-precache"));
    if (!name) return [];
    return (await (await c.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1));
  });

/** The Cache Storage calls the page makes (the test's tsconfig has no DOM types). */
interface PageCache {
  put(url: string, response: unknown): Promise<void>;
  match(url: string): Promise<{ text(): Promise<string> } | undefined>;
}
type PageCaches = { open(n: string): Promise<PageCache> };

const assetsOf = (entries: PrecacheEntry[]) =>
  new Set(entries.filter((e) => e.url.startsWith("assets/")).map((e) => e.url));

describe.skipIf(!runBrowserTests)("field service worker updates with a new build", () => {
  it("swaps to the new worker, drops the old build's precache entries and keeps the tile pack", async () => {
    const dirA = mkdtempSync(join(tmpdir(), "lianpian-sw-a-"));
    const dirB = mkdtempSync(join(tmpdir(), "lianpian-sw-b-"));
    dirs.push(dirA, dirB);
    const a = await buildWebInto(dirA);
    const b = await buildWebInto(dirB, [editFieldSource()]);
    const onlyA = [...assetsOf(a.entries)].filter((u) => !assetsOf(b.entries).has(u));
    const onlyB = [...assetsOf(b.entries)].filter((u) => !assetsOf(a.entries).has(u));
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyB.length).toBeGreaterThan(0);

    const port = await serve(dirA, 0);
    // Browsers check the worker script itself on every update: never from an HTTP cache.
    const script = await server?.inject({ url: "/sw.js" });
    expect(script?.statusCode).toBe(200);
    expect(script?.headers["cache-control"]).toBe("no-cache");
    const origin = `http://127.0.0.1:${port}`;
    browser = await launchChromium({ serviceWorkers: "allow" });
    const { page } = browser;
    await page.goto(`${origin}/field`);
    await waitForServiceWorker(page, WAIT.timeout);
    expect(await precached(page)).toEqual(expect.arrayContaining(onlyA));
    // A downloaded tile, and the cache of the hand-written worker this one replaced.
    await page.evaluate(async (pack) => {
      const c = (globalThis as unknown as { caches: PageCaches }).caches;
      await (await c.open(pack)).put(
        "/tiles/field/1/1/1.pbf?v=1",
        new (globalThis as unknown as { Response: new (b: string) => unknown }).Response("tile"),
      );
      await (await c.open("lianpian-shell-v1")).put(
        "/__shell.html",
        new (globalThis as unknown as { Response: new (b: string) => unknown }).Response("old shell"),
      );
    }, PACK);

    // The new build is deployed on the same origin; the browser checks for a new worker on reload.
    await serve(dirB, port);
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        swapped?: boolean;
        navigator: { serviceWorker: { addEventListener(t: string, f: () => void): void } };
      };
      w.navigator.serviceWorker.addEventListener("controllerchange", () => {
        w.swapped = true;
      });
    });
    await page.evaluate(async () => {
      const sw = (
        globalThis as unknown as {
          navigator: { serviceWorker: { getRegistration(): Promise<{ update(): Promise<void> }> } };
        }
      ).navigator.serviceWorker;
      await (await sw.getRegistration())?.update();
    });
    await page.waitForFunction(() => (globalThis as { swapped?: boolean }).swapped === true, undefined, WAIT);

    // The new worker's activation (Workbox's cleanup of entries not in its list) may end after the swap.
    await expect.poll(async () => (await precached(page)).filter((u) => onlyA.includes(u)), WAIT).toEqual([]);
    expect(await precached(page)).toEqual(expect.arrayContaining(onlyB));
    const names = await page.evaluate(() =>
      (globalThis as unknown as { caches: { keys(): Promise<string[]> } }).caches.keys(),
    );
    expect(names).toContain(PACK);
    expect(names).not.toContain("lianpian-shell-v1");
    const tile = await page.evaluate(async (pack) => {
      const c = (globalThis as unknown as { caches: PageCaches }).caches;
      const hit = await (await c.open(pack)).match("/tiles/field/1/1/1.pbf?v=1");
      return hit ? hit.text() : null;
    }, PACK);
    expect(tile).toBe("tile");

    // A reload runs the new build's field chunk.
    const scripts: string[] = [];
    page.on("response", (r) => scripts.push(new URL(r.url()).pathname.slice(1)));
    await page.reload();
    await page.getByTestId("field-face").waitFor(WAIT);
    expect(scripts.filter((s) => onlyB.includes(s)).length).toBeGreaterThan(0);
    expect(scripts.filter((s) => onlyA.includes(s))).toEqual([]);
  }, 240_000);
});
