import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  ARTIFACTS,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";

const POLL = { timeout: 30_000, interval: 250 };

/** What the test reads of the MapLibre map exposed as window.__lianpianMap. */
interface MapLike {
  loaded(): boolean;
  areTilesLoaded(): boolean;
  isStyleLoaded(): boolean;
  getPaintProperty(layer: string, name: string): unknown;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): { getBoundingClientRect(): { left: number; top: number } };
}
type PageGlobals = { __lianpianMap?: MapLike };

/** The colour expression the time slider rewrites, as text. */
const subsidenceColour = (page: Page) =>
  page.evaluate(() => {
    const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
    return JSON.stringify(map.getPaintProperty("subsidence-fill", "fill-color"));
  });

/** The legend's count of zones and subsidence areas done by the slider's year. */
const doneCount = async (page: Page) =>
  Number(
    await page.getByTestId("progress-legend").locator("li").first().locator(".lp-pub-count").textContent(),
  );

describe.skipIf(!runBrowserTests)("the public page on a phone in Chromium", () => {
  let testApp: AppServer;
  let browser: ChromiumSession;
  let page: Page;
  let origin: string;
  let inside: [number, number];
  let trackingCode: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    testApp = await startAppServer({ LIANPIAN_MAP_REVIEW_NUMBER: "晋S（2026）001号" });
    origin = testApp.origin;
    const { rows } = await sql<{ lng: number; lat: number }>`
      SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (
        SELECT ST_PointOnSurface(geom) AS p FROM counties WHERE code = '140521') x`.execute(
      testApp.t.db.kysely,
    );
    if (!rows[0]) throw new Error("no Qinshui county in the demo data");
    inside = [rows[0].lng, rows[0].lat];

    browser = await launchChromium({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = browser.page;
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it("shows the progress map with its legend and the map review number", async () => {
    await page.goto(`${origin}/public`);
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__lianpianMap?.isStyleLoaded(),
      undefined,
      { timeout: 45_000, polling: 250 },
    );
    await expect.poll(() => page.getByTestId("progress-legend").textContent(), POLL).toMatch(/已完成治理\d+/);
    expect(await page.getByTestId("map-review-number").textContent()).toContain("晋S（2026）001号");
  }, 90_000);

  it("moves the time slider and the map changes with the year, kept in the URL", async () => {
    const slider = page.getByTestId("year-slider");
    await slider.focus();
    await page.keyboard.press("End");
    await expect.poll(() => page.getByTestId("slider-year").textContent(), POLL).toBe("2035");
    await expect.poll(() => page.url(), POLL).toContain("year=2035");
    await expect.poll(() => subsidenceColour(page), POLL).toContain("#1e8e3e");
    const colourLate = await subsidenceColour(page);
    const doneLate = await doneCount(page);

    await page.keyboard.press("Home");
    await expect.poll(() => page.url(), POLL).toContain("year=2019");
    await expect.poll(() => subsidenceColour(page), POLL).not.toBe(colourLate);
    await expect.poll(() => doneCount(page), POLL).toBeLessThan(doneLate);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "public-2019.png") });
  }, 90_000);

  it("submits a citizen report picked on the map and gets a tracking code", async () => {
    await page.locator('[role="tab"][data-tab="report"]').click();
    await page.getByTestId("pick-on-map").click();
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__lianpianMap?.loaded(),
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    const point = await page.evaluate((lngLat) => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      const p = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, inside);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId("report-place").textContent(), POLL).toContain("已选位置");
    await page.getByLabel("新出现的地裂缝或塌陷").check();
    await page.getByLabel("情况描述").fill("村后山坡上出现一条新的地裂缝，长约二十米。");
    await page.getByLabel("联系方式（可选，仅工作人员可见）").fill("13800000000");
    await page.getByRole("button", { name: "提交举报" }).click();
    const code = page.getByTestId("tracking-code");
    await code.waitFor({ timeout: 20_000 });
    trackingCode = ((await code.textContent()) ?? "").trim();
    expect(trackingCode).toMatch(/^LP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await page.screenshot({ path: join(ARTIFACTS, "public-report.png") });
  }, 60_000);

  it("a planner logs in and accepts the report", async () => {
    await page.locator(".lp-pub-staff").click();
    await page.getByLabel("用户名").fill("planner");
    await page.getByLabel("密码").fill("planner-demo-2026");
    await page.getByRole("button", { name: "登录" }).click();
    const card = page.locator(`[data-report="${trackingCode}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain("13800000000");
    await card.locator('button[data-action="accept"]').click();
    await expect.poll(() => card.getAttribute("data-status"), POLL).toBe("triaged");
    await page.screenshot({ path: join(ARTIFACTS, "public-triage.png") });
  }, 60_000);

  it("anyone sees the new status by the tracking code, and nothing of the report", async () => {
    await page.locator(".lp-pub-staff").click();
    await page.locator('[role="tab"][data-tab="track"]').click();
    await page.getByTestId("track-code").fill(trackingCode.toLowerCase());
    await page.getByRole("button", { name: "查询", exact: true }).click();
    const result = page.getByTestId("track-result");
    await expect.poll(() => result.getAttribute("data-status"), POLL).toBe("triaged");
    const text = (await result.textContent()) ?? "";
    expect(text).toContain("已受理");
    expect(text).not.toContain("13800000000");
    expect(text).not.toContain("地裂缝，长约");
    await page.screenshot({ path: join(ARTIFACTS, "public-track.png") });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
