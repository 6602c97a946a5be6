import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, pageSession, runBrowserTests } from "../support/browser.ts";
import { waitForMapTiles } from "../support/map-page.ts";
import { loginAs } from "../support/test-app.ts";
import { seriousContrastProblems } from "./axe-contrast.ts";

const POLL = { timeout: 30_000, interval: 250 };

/** What the test reads of the MapLibre map exposed as window.__lianpianMap. */
interface MapLike {
  loaded(): boolean;
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
  let inside: [number, number];
  const pageErrors: string[] = [];
  const session = pageSession({
    env: { LIANPIAN_MAP_REVIEW_NUMBER: "晋S（2026）001号" },
    prepare: async (server) => {
      const { rows } = await sql<{ lng: number; lat: number }>`
      SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (
        SELECT ST_PointOnSurface(geom) AS p FROM counties WHERE code = '140521') x`.execute(
        server.t.db.kysely,
      );
      if (!rows[0]) throw new Error("no Qinshui county in the demo data");
      inside = [rows[0].lng, rows[0].lat];
    },
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    onPage: (page) => page.on("pageerror", (error) => pageErrors.push(error.message)),
  });

  /** Each test opens /public itself, whatever ran before it. */
  async function openPublic() {
    await session.page.goto(`${session.server.origin}/public`);
    await session.page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__lianpianMap?.isStyleLoaded(),
      undefined,
      { timeout: 45_000, polling: 250 },
    );
  }

  it("shows the progress map with its legend and the map review number", async () => {
    await openPublic();
    await expect
      .poll(() => session.page.getByTestId("progress-legend").textContent(), POLL)
      .toMatch(/已完成治理\d+/);
    expect(await session.page.getByTestId("map-review-number").textContent()).toContain("晋S（2026）001号");
  }, 90_000);

  it("moves the time slider and the map changes with the year, kept in the URL", async () => {
    await openPublic();
    const slider = session.page.getByTestId("year-slider");
    await slider.focus();
    await session.page.keyboard.press("End");
    await expect.poll(() => session.page.getByTestId("slider-year").textContent(), POLL).toBe("2035");
    await expect.poll(() => session.page.url(), POLL).toContain("year=2035");
    await expect.poll(() => subsidenceColour(session.page), POLL).toContain("#1e8e3e");
    const colourLate = await subsidenceColour(session.page);
    const doneLate = await doneCount(session.page);

    await session.page.keyboard.press("Home");
    await expect.poll(() => session.page.url(), POLL).toContain("year=2019");
    await expect.poll(() => subsidenceColour(session.page), POLL).not.toBe(colourLate);
    await expect.poll(() => doneCount(session.page), POLL).toBeLessThan(doneLate);
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "public-2019.png") });
  }, 90_000);

  it("takes a citizen report picked on the map; a planner accepts it; anyone sees the new status by its code", async () => {
    await openPublic();
    await session.page.locator('[role="tab"][data-tab="report"]').click();
    await session.page.getByTestId("pick-on-map").click();
    await session.page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__lianpianMap?.loaded(),
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    const point = await session.page.evaluate((lngLat) => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      const p = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, inside);
    await session.page.mouse.click(point.x, point.y);
    await expect
      .poll(() => session.page.getByTestId("report-place").textContent(), POLL)
      .toContain("已选位置");
    await session.page.getByLabel("新出现的地裂缝或塌陷").check();
    await session.page.getByLabel("情况描述").fill("村后山坡上出现一条新的地裂缝，长约二十米。");
    await session.page.getByLabel("联系方式（可选，仅工作人员可见）").fill("13800000000");
    await session.page.getByRole("button", { name: "提交举报" }).click();
    const code = session.page.getByTestId("tracking-code");
    await code.waitFor({ timeout: 20_000 });
    const trackingCode = ((await code.textContent()) ?? "").trim();
    expect(trackingCode).toMatch(/^LP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await session.page.screenshot({ path: join(ARTIFACTS, "public-report.png") });

    // a planner logs in and accepts the report
    await session.page.locator(".lp-pub-staff").click();
    await session.page.getByLabel("用户名").fill("planner");
    await session.page.getByLabel("密码").fill("planner-demo-2026");
    await session.page.getByRole("button", { name: "登录" }).click();
    const card = session.page.locator(`[data-report="${trackingCode}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain("13800000000");
    await card.locator('button[data-action="accept"]').click();
    await expect.poll(() => card.getAttribute("data-status"), POLL).toBe("triaged");
    await session.page.screenshot({ path: join(ARTIFACTS, "public-triage.png") });

    // anyone sees the new status by the tracking code, and nothing of the report
    await session.page.locator(".lp-pub-staff").click();
    await session.page.locator('[role="tab"][data-tab="track"]').click();
    await session.page.getByTestId("track-code").fill(trackingCode.toLowerCase());
    await session.page.getByRole("button", { name: "查询", exact: true }).click();
    const result = session.page.getByTestId("track-result");
    await expect.poll(() => result.getAttribute("data-status"), POLL).toBe("triaged");
    const text = (await result.textContent()) ?? "";
    expect(text).toContain("已受理");
    expect(text).not.toContain("13800000000");
    expect(text).not.toContain("地裂缝，长约");
    await session.page.screenshot({ path: join(ARTIFACTS, "public-track.png") });
    expect(pageErrors).toEqual([]);
  }, 180_000);
});

describe.skipIf(!runBrowserTests)("the public map's alerts, the play button and contrast", () => {
  const ids = { confirmed: 0, unconfirmed: 0 };
  let at = { lng: 0, lat: 0 };
  const session = pageSession({
    context: { viewport: { width: 1280, height: 800 } },
    prepare: async (server) => {
      const db = server.t.db.kysely;
      ids.confirmed = await insertFixtureHazard(db, {
        name: "已确认预警点",
        dangerGrade: "large",
        thresholds: [{ parameter: "displacement_mm", warnValue: 50 }],
      });
      ids.unconfirmed = await insertFixtureHazard(db, {
        name: "未确认预警点",
        dxM: 250,
        dangerGrade: "large",
        thresholds: [{ parameter: "displacement_mm", warnValue: 50 }],
      });
      const field = await loginAs(server.app, "field");
      const planner = await loginAs(server.app, "planner");
      const alertIds: number[] = [];
      for (const id of [ids.confirmed, ids.unconfirmed]) {
        const res = await server.app.inject({
          method: "POST",
          url: "/api/inspections",
          headers: field,
          payload: fixtureInspection(id, await hazardVersion(db, id), { displacement_mm: 120 }),
        });
        alertIds.push(res.json().alert.id);
      }
      const confirmed = await server.app.inject({
        method: "POST",
        url: `/api/alerts/${alertIds[0]}/confirm`,
        headers: planner,
      });
      expect(confirmed.statusCode).toBe(200);
      const { rows } = await sql<{ lng: number; lat: number }>`
      SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM hazard_points WHERE id = ${ids.confirmed}::int`.execute(
        db,
      );
      at = rows[0] as { lng: number; lat: number };
    },
  });

  const mapReady = () => waitForMapTiles(session.page);
  const renderedIds = (layer: string) =>
    session.page.evaluate(
      `window.__lianpianMap.queryRenderedFeatures({ layers: [${JSON.stringify(layer)}] }).map((f) => f.id)`,
    ) as Promise<number[]>;

  it("shows a confirmed alert and not an unconfirmed one, with a legend entry; the link keeps the position", async () => {
    await session.page.goto(`${session.server.origin}/public?at=${at.lng},${at.lat},15`);
    await mapReady();
    await expect
      .poll(() => renderedIds("hazards-circle"), POLL)
      .toEqual(expect.arrayContaining([ids.confirmed, ids.unconfirmed]));
    const rings = await renderedIds("hazards-alert-ring");
    expect(rings).toContain(ids.confirmed);
    expect(rings).not.toContain(ids.unconfirmed);
    expect(await session.page.getByTestId("alert-legend").textContent()).toContain("经核实发布");
    const zoom = (await session.page.evaluate("window.__lianpianMap.getZoom()")) as number;
    expect(zoom).toBeCloseTo(15, 1);
    await expect.poll(() => session.page.url(), POLL).toContain("at=");
    expect(await session.page.getByTestId("share-link").inputValue()).toMatch(/at=112\.\d+%2C35\.\d+%2C15/);
  }, 90_000);

  it("plays the years and stops", async () => {
    await session.page.goto(`${session.server.origin}/public?year=2019`);
    await mapReady();
    const play = session.page.getByTestId("play-years");
    await play.click();
    await expect.poll(() => session.page.getByTestId("slider-year").textContent(), POLL).toBe("2021");
    await play.click();
    expect(await play.getAttribute("aria-pressed")).toBe("false");
    const stopped = await session.page.getByTestId("slider-year").textContent();
    await session.page.waitForTimeout(2000);
    expect(await session.page.getByTestId("slider-year").textContent()).toBe(stopped);
    expect(session.page.url()).toContain(`year=${stopped}`);
  }, 90_000);

  it("has no serious contrast problems on the map, report and track tabs", async () => {
    for (const tab of ["map", "report", "track"]) {
      await session.page.goto(`${session.server.origin}/public${tab === "map" ? "" : `?tab=${tab}`}`);
      await session.page.locator(".lp-pub-panel").waitFor({ timeout: 30_000 });
      await session.page.waitForTimeout(500);
      expect(await seriousContrastProblems(session.page), tab).toEqual([]);
    }
  }, 90_000);
});
