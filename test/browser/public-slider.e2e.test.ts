import { sql } from "kysely";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";

const POLL = { timeout: 45_000, interval: 250 };
interface MapLike {
  getZoom(): number;
  loaded(): boolean;
  isMoving(): boolean;
  areTilesLoaded(): boolean;
}
type PageGlobals = { __lianpianMap?: MapLike };

/** The map drawn and still (style, tiles, no move under way). */
const settled = (page: Page) =>
  page.waitForFunction(
    () => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap;
      return map?.loaded() && !map.isMoving() && map.areTilesLoaded();
    },
    undefined,
    { timeout: 45_000, polling: 250 },
  );

/** The map's pixels as RGBA. */
async function pixels(page: Page): Promise<{ data: Buffer; width: number; height: number }> {
  const png = await page.getByTestId("public-map").locator("canvas").first().screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe.skipIf(!runBrowserTests)("the public time slider at the city-wide view", () => {
  let h: AppServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    h = await startAppServer();
    browser = await launchChromium({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("changes the map visibly between 2019 and 2035 with the whole city in view", async () => {
    const page = browser.page;
    await page.goto(`${h.origin}/public?year=2019`);
    await settled(page);
    await expect.poll(() => page.getByTestId("progress-legend").textContent(), POLL).toMatch(/已完成治理\d+/);
    await page.waitForTimeout(1000);
    await settled(page);
    const zoom = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__lianpianMap?.getZoom() ?? 99,
    );
    expect(zoom).toBeLessThan(9); // the whole of Jincheng, not a county
    const early = await pixels(page);

    const slider = page.getByTestId("year-slider");
    await slider.focus();
    await page.keyboard.press("End");
    await expect.poll(() => page.url(), POLL).toContain("year=2035");
    await page.waitForTimeout(1000);
    await settled(page);
    const late = await pixels(page);

    expect(late.width).toBe(early.width);
    let changed = 0;
    for (let i = 0; i < early.data.length; i += 4) {
      const d = Math.max(
        Math.abs((early.data[i] ?? 0) - (late.data[i] ?? 0)),
        Math.abs((early.data[i + 1] ?? 0) - (late.data[i + 1] ?? 0)),
        Math.abs((early.data[i + 2] ?? 0) - (late.data[i + 2] ?? 0)),
      );
      if (d > 40) changed += 1;
    }
    // a visible change: well over a thousand device pixels (the areas done by 2035 turn green)
    expect(changed).toBeGreaterThan(1000);
  }, 120_000);

  it("reports from a GPS fix: the place is shown up close and stored with its accuracy", async () => {
    const { rows } = await sql<{ lng: number; lat: number }>`
      SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (
        SELECT ST_PointOnSurface(geom) AS p FROM counties WHERE code = '140521') x`.execute(h.t.db.kysely);
    const here = rows[0];
    if (!here) throw new Error("no Qinshui county in the demo data");
    const phone = await launchChromium({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      geolocation: { longitude: here.lng, latitude: here.lat, accuracy: 23 },
      permissions: ["geolocation"],
    });
    try {
      const page = phone.page;
      await page.goto(`${h.origin}/public?tab=report`);
      await settled(page);
      await page.getByRole("button", { name: "使用我的位置（GPS）" }).click();
      await expect.poll(() => page.getByTestId("report-place").textContent(), POLL).toContain("±23 m");
      // the map flies to the place: close in, centred on it
      await expect
        .poll(
          () => page.evaluate(() => (globalThis as unknown as PageGlobals).__lianpianMap?.getZoom() ?? 0),
          POLL,
        )
        .toBeGreaterThan(15);
      await page.getByLabel("新出现的地裂缝或塌陷").check();
      await page.getByLabel("情况描述").fill("村口路边出现塌陷坑，约一米宽。");
      await page.getByRole("button", { name: "提交举报" }).click();
      const code = ((await page.getByTestId("tracking-code").textContent({ timeout: 20_000 })) ?? "").trim();
      const stored = await sql<{ source: string; accuracy: string | null }>`
        SELECT location_source AS source, location_accuracy_m::text AS accuracy FROM public_reports
        WHERE tracking_code = ${code}`.execute(h.t.db.kysely);
      expect(stored.rows).toEqual([{ source: "gps", accuracy: "23.0" }]);
    } finally {
      await phone.close();
    }
  }, 120_000);
});
