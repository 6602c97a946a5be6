import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWebInto, editFieldSource, type PrecacheEntry } from "../support/web-build.ts";

/**
 * The service worker (apps/web/src/field/pwa/sw.ts) carries the precache
 * list the build injects: a changed source file gives another sw.js, so
 * browsers install the new worker; an unchanged file keeps its entry.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function buildWeb(edited: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "lianpian-sw-build-"));
  dirs.push(dir);
  return { dir, ...(await buildWebInto(dir, edited ? [editFieldSource()] : [])) };
}

const key = (e: PrecacheEntry) => `${e.url}#${e.revision ?? ""}`;

describe("service worker precache per build", () => {
  it("lists every file of the build; a changed source gives another worker, unchanged files keep their entries", async () => {
    const before = await buildWeb(false);
    const after = await buildWeb(true);

    // Everything a page loads is listed, and everything listed exists.
    const assets = readdirSync(join(before.dir, "assets")).filter((f) => /\.(m?js|css)$/.test(f));
    const urls = new Set(before.entries.map((e) => e.url));
    for (const file of assets) expect(urls, file).toContain(`assets/${file}`);
    for (const url of ["index.html", "field.webmanifest", "icons/field-192.png"]) expect(urls).toContain(url);
    for (const e of before.entries) expect(existsSync(join(before.dir, e.url)), e.url).toBe(true);
    expect([...urls].some((u) => u.endsWith(".map") || u.startsWith(".vite"))).toBe(false);

    expect(after.sw).not.toEqual(before.sw);
    const beforeKeys = new Set(before.entries.map(key));
    const afterKeys = new Set(after.entries.map(key));
    const gone = [...beforeKeys].filter((k) => !afterKeys.has(k));
    const added = [...afterKeys].filter((k) => !beforeKeys.has(k));
    expect(gone.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    // The edited chunk has a new name; the map's worker chunk, untouched, keeps its own.
    const edited = after.entries.find((e) =>
      readFileSync(join(after.dir, e.url), "utf8").includes("no service worker (edited)"),
    );
    expect(edited && beforeKeys.has(key(edited))).toBe(false);
    const worker = before.entries.find((e) => /maplibre-gl-worker/.test(e.url));
    expect(worker && afterKeys.has(key(worker))).toBe(true);
  }, 180_000);
});
