import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assignMonitor } from "@lianpian/db";
import { sql } from "kysely";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ORIGIN, insertFixtureHazard } from "../../packages/db/src/hazards/hazard.fixtures.ts";
import { tinyPng } from "../../packages/domain/src/inspections/photo.fixtures.ts";
import { openTestApp, type TestApp } from "../support/test-app.ts";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const hasChromium = existsSync(CHROMIUM);
// A developer without Chromium skips; CI must have it, so there the suite runs and fails loudly.
const run = hasChromium || Boolean(process.env.CI);
const WAIT = { timeout: 45_000 };

describe.skipIf(!run)("dbg", () => {
  let h: TestApp;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let distDir: string;
  let profileDir: string;
  const ids = { nearest: 0, second: 0 };
  const pageErrors: string[] = [];

  // The phone stands 23 m south of the nearest point ("20 m" when rounded); the second is 400 m off.
  const [lng0, lat0] = FIXTURE_ORIGIN;
  const phone = { longitude: lng0, latitude: lat0 - 23 / 110_950, accuracy: 8 };

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is required at ${CHROMIUM} (CI is set)`);
    distDir = mkdtempSync(join(tmpdir(), "lianpian-field-web-"));
    await build({
      root: join(ROOT, "apps/web"),
      configFile: join(ROOT, "apps/web/vite.config.ts"),
      logLevel: "warn",
      build: { outDir: distDir, emptyOutDir: true, sourcemap: false, minify: false },
    });
    h = await openTestApp({ LIANPIAN_WEB_DIST: distDir });
    const db = h.t.db.kysely;
    ids.nearest = await insertFixtureHazard(db, { name: "甲号测试点" });
    ids.second = await insertFixtureHazard(db, { dxM: 400, name: "乙号测试点" });
    const field = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "field")
      .executeTakeFirstOrThrow();
    await assignMonitor(db, field.id, [ids.nearest, ids.second]);
    await h.app.listen({ host: "127.0.0.1", port: 0 });
    const address = h.app.server.address();
    if (!address || typeof address === "string") throw new Error("server has no port");
    origin = `http://127.0.0.1:${address.port}`;

    profileDir = mkdtempSync(join(tmpdir(), "lianpian-field-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
      geolocation: phone,
      permissions: ["geolocation"],
      serviceWorkers: "allow",
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await h?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  async function inspectionsOf(hazardId: number) {
    const { rows } = await sql<{ client_key: string; id: number; photo_manifest: { sha256: string }[] }>`
      SELECT client_key::text AS client_key, id, photo_manifest FROM inspections
      WHERE hazard_id = ${hazardId}::int ORDER BY id`.execute(h.t.db.kysely);
    return rows;
  }

  async function photosOf(inspectionId: number) {
    const { rows } = await sql<{ sha256: string; data: Uint8Array }>`
      SELECT sha256, data FROM inspection_photos WHERE inspection_id = ${inspectionId}::int`.execute(
      h.t.db.kysely,
    );
    return rows;
  }

  /** Opens the card of a point from the nearby list, then its form; fills a crack and adds a photo. */
  async function fillInspection(hazardId: number, photoGrey: number) {
    await page.locator(`[data-hazard-id="${hazardId}"]`).click();
    await page.getByTestId("inspect").click();
    await page.locator('input[name="crack-0-width"]').fill("12.5");
    await page.locator('input[name="crack-0-change"]').fill("0,5");
    await page.getByTestId("photo-input").setInputFiles({
      name: "slope.png",
      mimeType: "image/png",
      buffer: tinyPng(photoGrey, 64, 48),
    });
    await page.locator('[data-testid="photo-thumbs"][data-count="1"]').waitFor(WAIT);
  }

  const stateOf = (key: string) => page.locator(`[data-client-key="${key}"]`).getAttribute("data-state");

  it("dbg", async () => {
    const logs: string[] = [];
    page.on("console", (m) => { if (m.text().startsWith("DBG")) logs.push(m.text()); });
    await page.goto(`${origin}/field`);
    await page.locator('input[name="username"]').fill("field");
    await page.locator('input[name="password"]').fill("field-demo-2026");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.locator('[data-testid="nearest-list"][data-source="server"]').waitFor(WAIT);
    await page.getByTestId("tab-map").click();
    await page.waitForTimeout(6500);
    (await import("node:fs")).writeFileSync("/tmp/lp/dbg.txt", logs.join("\n"));
  });
});
