import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  ARTIFACTS,
  type ChromiumSession,
  launchChromium,
  logInAsDemoPlanner,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";
import { waitForMapLoaded } from "../support/map-page.ts";
import { pmtilesArchive } from "../support/pmtiles-archive.ts";
import { loginAs } from "../support/test-app.ts";

/** A 256 × 256 opaque magenta PNG tile. */
const magentaPng = () =>
  sharp({ create: { width: 256, height: 256, channels: 4, background: { r: 255, g: 0, b: 255, alpha: 1 } } })
    .png()
    .toBuffer();

/** How many pixels of a screenshot are (nearly) pure magenta. */
async function magentaPixels(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels)
    if ((data[i] ?? 0) > 240 && (data[i + 1] ?? 255) < 20 && (data[i + 2] ?? 0) > 240) n++;
  return n;
}

interface BaseMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getStyle(): { layers: { id: string; type: string }[] };
  getSource(id: string): { serialize(): { tiles?: string[] } } | undefined;
}

function multipart(name: string, file: Uint8Array) {
  const boundary = "----lianpian-pmtiles-e2e";
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${name}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.pmtiles"\r\n\r\n`,
      ),
      Buffer.from(file),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.skipIf(!runBrowserTests)("base maps on /plan: uploaded PMTiles imagery and Tianditu", () => {
  let testApp: AppServer;
  let browser: ChromiumSession;
  let page: Page;
  let admin: Record<string, string>;
  const tianditu: string[] = [];

  beforeAll(async () => {
    testApp = await startAppServer();
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    page = browser.page;
    admin = await loginAs(testApp.app, "admin");
    page.on("request", (r) => {
      if (r.url().includes("tianditu.gov.cn")) tianditu.push(r.url());
    });
    // no internet here: Tianditu's tiles are answered in the browser, and every request is recorded
    await page.route(/tianditu\.gov\.cn/, (route) => route.fulfill({ status: 204 }));
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  const setSetting = async (key: string, value: string | null) => {
    const res = await testApp.app.inject({
      method: "PUT",
      url: `/api/admin/settings/${key}`,
      headers: admin,
      payload: { value },
    });
    expect(res.statusCode).toBe(200);
  };

  it("draws the tiles of an uploaded PMTiles archive under the layers", async () => {
    await setSetting("basemap.tianditu_key", null);
    await page.context().clearCookies();
    await logInAsDemoPlanner(page, testApp.origin);
    await waitForMapLoaded(page);
    const view = await page.evaluate(() => {
      const map = (globalThis as unknown as { __lianpianMap: BaseMap }).__lianpianMap;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    const z = Math.max(1, Math.floor(view.zoom));
    const x = Math.floor(((view.lng + 180) / 360) * 2 ** z);
    const rad = (view.lat * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
    const png = await magentaPng();
    const tiles = [];
    for (let dx = -3; dx <= 3; dx++)
      for (let dy = -3; dy <= 3; dy++) tiles.push({ z, x: x + dx, y: y + dy, data: png });
    const archive = pmtilesArchive(tiles, {
      bounds: [108, 33, 117, 41],
      metadata: { attribution: "PMTiles 测试影像" },
    });
    const form = multipart("PMTiles 影像", archive);
    const upload = await testApp.app.inject({
      method: "POST",
      url: "/api/basemaps",
      payload: form.payload,
      headers: { ...admin, "content-type": form.contentType },
    });
    expect(upload.statusCode).toBe(201);

    await page.reload();
    await waitForMapLoaded(page);
    const served: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/basemaps/")) served.push(r.status());
    });
    await page.getByTestId("basemap-switcher").locator("select").selectOption({ label: "PMTiles 影像" });
    await expect.poll(() => served.filter((s) => s === 200).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await waitForMapLoaded(page, 30_000);
    // the imagery shows wherever no layer covers it: count its pixels on the screen
    const magenta = await magentaPixels(await page.locator(".maplibregl-canvas").first().screenshot());
    expect(magenta).toBeGreaterThan(1000);
    expect(await page.locator(".maplibregl-ctrl-attrib").textContent()).toContain("PMTiles 测试影像");
    expect(await page.getByTestId("map-review-number").count()).toBe(0);

    // the PNG export of the view: the map as drawn, with the imagery in it
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      page.getByTestId("map-png-export").click(),
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved = join(ARTIFACTS, "plan-map-view-export.png");
    await download.saveAs(saved);
    const exported = readFileSync(saved);
    const meta = await sharp(exported).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBeGreaterThan(500);
    expect(await magentaPixels(exported)).toBeGreaterThan(1000);
  }, 180_000);

  it("requests nothing from Tianditu while no key is set, and shows its maps disabled with the reason", async () => {
    await setSetting("basemap.tianditu_key", null);
    tianditu.length = 0;
    await page.context().clearCookies();
    await logInAsDemoPlanner(page, testApp.origin);
    await waitForMapLoaded(page);
    const option = page.getByTestId("basemap-switcher").locator("option", { hasText: "天地图 影像" });
    expect(await option.isDisabled()).toBe(true);
    expect(await option.textContent()).toContain("未设置天地图密钥");
    await page.waitForTimeout(1500);
    expect(tianditu).toEqual([]);
  });

  it("with a key, puts Tianditu imagery and its annotation in the style and the 审图号 on the map", async () => {
    await setSetting("basemap.tianditu_key", "0123456789abcdef");
    await setSetting("map.review_number", "GS(2026)0001号");
    tianditu.length = 0;
    await page.context().clearCookies();
    await logInAsDemoPlanner(page, testApp.origin);
    await waitForMapLoaded(page);
    await page.getByTestId("basemap-switcher").locator("select").selectOption({ label: "天地图 影像" });
    await page.waitForFunction(
      () =>
        Boolean(
          (globalThis as unknown as { __lianpianMap: BaseMap }).__lianpianMap.getSource("plan-imagery-1"),
        ),
      undefined,
      { timeout: 15_000 },
    );
    const sources = await page.evaluate(() => {
      const map = (globalThis as unknown as { __lianpianMap: BaseMap }).__lianpianMap;
      return [
        map.getSource("plan-imagery")?.serialize().tiles?.[0],
        map.getSource("plan-imagery-1")?.serialize().tiles?.[0],
      ];
    });
    expect(sources[0]).toContain("/img_w/wmts?");
    expect(sources[1]).toContain("/cia_w/wmts?");
    expect(sources[0]).toContain("tk=0123456789abcdef");
    await expect.poll(() => tianditu.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(tianditu.every((u) => /^https:\/\/t[0-7]\.tianditu\.gov\.cn\/(img|cia)_w\/wmts\?/.test(u))).toBe(
      true,
    );
    expect(await page.getByTestId("map-review-number").textContent()).toContain("GS(2026)0001号");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "plan-basemap-tianditu.png") });
    await setSetting("basemap.tianditu_key", null);
    await setSetting("map.review_number", null);
  });
});
