import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { centreTile, switchToBasemap, uploadBasemap } from "../support/basemap-upload.ts";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import { openPlanMap, waitForMapTiles } from "../support/map-page.ts";
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
  getStyle(): { layers: { id: string; type: string }[] };
  getSource(id: string): { serialize(): { tiles?: string[] } } | undefined;
}

describe.skipIf(!runBrowserTests)("base maps on /plan: uploaded PMTiles imagery and Tianditu", () => {
  let admin: Record<string, string>;
  const tianditu: string[] = [];
  const session = plannerSession({
    context: { viewport: { width: 1400, height: 900 } },
    prepare: async (server) => {
      admin = await loginAs(server.app, "admin");
    },
    onPage: async (page) => {
      page.on("request", (r) => {
        if (r.url().includes("tianditu.gov.cn")) tianditu.push(r.url());
      });
      // no internet here: Tianditu's tiles are answered in the browser, and every request is recorded
      await page.route(/tianditu\.gov\.cn/, (route) => route.fulfill({ status: 204 }));
    },
  });
  /** Opens /plan afresh (so it reads the settings just set) and waits for its map. */
  const openPlan = () => openPlanMap(session.page, session.server.origin);

  const setSetting = async (key: string, value: string | null) => {
    const res = await session.server.app.inject({
      method: "PUT",
      url: `/api/admin/settings/${key}`,
      headers: admin,
      payload: { value },
    });
    expect(res.statusCode).toBe(200);
  };

  it("draws the tiles of an uploaded PMTiles archive under the layers", async () => {
    await setSetting("basemap.tianditu_key", null);
    await openPlan();
    const { z, x, y } = await centreTile(session.page);
    const png = await magentaPng();
    const tiles = [];
    for (let dx = -3; dx <= 3; dx++)
      for (let dy = -3; dy <= 3; dy++) tiles.push({ z, x: x + dx, y: y + dy, data: png });
    const archive = pmtilesArchive(tiles, {
      bounds: [108, 33, 117, 41],
      metadata: { attribution: "PMTiles 测试影像" },
    });
    const upload = await uploadBasemap(session.server, admin, {
      name: "PMTiles 影像",
      filename: "t.pmtiles",
      bytes: archive,
    });
    expect(upload.statusCode).toBe(201);

    await switchToBasemap(session.page, "PMTiles 影像");
    await waitForMapTiles(session.page, { timeout: 30_000 });
    // the imagery shows wherever no layer covers it: count its pixels on the screen
    const magenta = await magentaPixels(
      await session.page.locator(".maplibregl-canvas").first().screenshot(),
    );
    expect(magenta).toBeGreaterThan(1000);
    expect(await session.page.locator(".maplibregl-ctrl-attrib").textContent()).toContain("PMTiles 测试影像");
    expect(await session.page.getByTestId("map-review-number").count()).toBe(0);

    // the PNG export of the view: the map as drawn, with the imagery in it
    const [download] = await Promise.all([
      session.page.waitForEvent("download", { timeout: 30_000 }),
      session.page.getByTestId("map-png-export").click(),
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
    await openPlan();
    const option = session.page.getByTestId("basemap-switcher").locator("option", { hasText: "天地图 影像" });
    expect(await option.isDisabled()).toBe(true);
    expect(await option.textContent()).toContain("未设置天地图密钥");
    await session.page.waitForTimeout(1500);
    expect(tianditu).toEqual([]);
  });

  it("with a key, puts Tianditu imagery and its annotation in the style and the 审图号 on the map", async () => {
    await setSetting("basemap.tianditu_key", "0123456789abcdef");
    await setSetting("map.review_number", "GS(2026)0001号");
    tianditu.length = 0;
    await openPlan();
    await session.page
      .getByTestId("basemap-switcher")
      .locator("select")
      .selectOption({ label: "天地图 影像" });
    await session.page.waitForFunction(
      () =>
        Boolean(
          (globalThis as unknown as { __lianpianMap: BaseMap }).__lianpianMap.getSource("plan-imagery-1"),
        ),
      undefined,
      { timeout: 15_000 },
    );
    const sources = await session.page.evaluate(() => {
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
    expect(await session.page.getByTestId("map-review-number").textContent()).toContain("GS(2026)0001号");
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-basemap-tianditu.png") });
    await setSetting("basemap.tianditu_key", null);
    await setSetting("map.review_number", null);
  });
});
