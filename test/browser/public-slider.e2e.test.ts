import { sql } from "kysely";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { launchChromium, pageSession, runBrowserTests } from "../support/browser.ts";
import { waitForMapTiles } from "../support/map-page.ts";

const POLL = { timeout: 45_000, interval: 250 };
/** What this file reads of the page's map beyond map-page.ts's MapLike. */
type ZoomGlobals = { __lianpianMap?: { getZoom(): number } };

/** The map's pixels as RGBA. */
async function pixels(page: Page): Promise<{ data: Buffer; width: number; height: number }> {
  const png = await page.getByTestId("public-map").locator("canvas").first().screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe.skipIf(!runBrowserTests)("the public time slider at the city-wide view", () => {
  const session = pageSession({
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  });

  it("changes the map visibly between 2019 and 2035 with the whole city in view", async () => {
    const { page } = session;
    await page.goto(`${session.server.origin}/public?year=2019`);
    await waitForMapTiles(page, { still: true });
    await expect.poll(() => page.getByTestId("progress-legend").textContent(), POLL).toMatch(/已完成治理\d+/);
    await page.waitForTimeout(1000);
    await waitForMapTiles(page, { still: true });
    const zoom = await page.evaluate(
      () => (globalThis as unknown as ZoomGlobals).__lianpianMap?.getZoom() ?? 99,
    );
    expect(zoom).toBeLessThan(9); // the whole of Jincheng, not a county
    const early = await pixels(page);

    const slider = page.getByTestId("year-slider");
    await slider.focus();
    await page.keyboard.press("End");
    await expect.poll(() => page.url(), POLL).toContain("year=2035");
    await page.waitForTimeout(1000);
    await waitForMapTiles(page, { still: true });
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
        SELECT ST_PointOnSurface(geom) AS p FROM counties WHERE code = '140521') x`.execute(
      session.server.t.db.kysely,
    );
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
      await page.goto(`${session.server.origin}/public?tab=report`);
      await waitForMapTiles(page, { still: true });
      await page.getByRole("button", { name: "使用我的位置（GPS）" }).click();
      await expect.poll(() => page.getByTestId("report-place").textContent(), POLL).toContain("±23 m");
      // the map flies to the place: close in, centred on it
      await expect
        .poll(
          () => page.evaluate(() => (globalThis as unknown as ZoomGlobals).__lianpianMap?.getZoom() ?? 0),
          POLL,
        )
        .toBeGreaterThan(15);
      await page.getByLabel("新出现的地裂缝或塌陷").check();
      await page.getByLabel("情况描述").fill("村口路边出现塌陷坑，约一米宽。");
      await page.getByRole("button", { name: "提交举报" }).click();
      const code = ((await page.getByTestId("tracking-code").textContent({ timeout: 20_000 })) ?? "").trim();
      const stored = await sql<{ source: string; accuracy: string | null }>`
        SELECT location_source AS source, location_accuracy_m::text AS accuracy FROM public_reports
        WHERE tracking_code = ${code}`.execute(session.server.t.db.kysely);
      expect(stored.rows).toEqual([{ source: "gps", accuracy: "23.0" }]);
    } finally {
      await phone.close();
    }
  }, 120_000);
});
