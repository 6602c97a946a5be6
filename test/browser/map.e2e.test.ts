import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { dangerGrade, hazardType, JINCHENG_COUNTIES } from "@lianpian/domain";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { ARTIFACTS, pageSession, runBrowserTests } from "../support/browser.ts";
import { type MapLike, type PageGlobals, topmostHazard, waitForMapTiles } from "../support/map-page.ts";

const THEMATIC = ["mines", "subsidence", "hazards", "corridors"] as const;
const POLL = { timeout: 15_000 };

describe.skipIf(!runBrowserTests)("the map page in Chromium", () => {
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const session = pageSession({
    context: { viewport: { width: 1280, height: 800 } },
    onPage: (page) => {
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => pageErrors.push(error.message));
    },
  });

  // every test starts on a freshly opened map, whatever ran before it
  beforeEach(async () => {
    await session.page.goto(`${session.server.origin}/`);
    await waitForMapTiles(session.page);
  });

  it("renders every thematic layer from the project's own tiles", async () => {
    await session.page.waitForFunction(
      (layers) => {
        const map = (globalThis as unknown as PageGlobals).__lianpianMap;
        if (!map?.loaded() || !map.areTilesLoaded()) return false;
        const seen = new Set(map.queryRenderedFeatures().map((f) => f.sourceLayer));
        return layers.every((layer) => seen.has(layer));
      },
      THEMATIC,
      { timeout: 45_000, polling: 250 },
    );
    const counts = await session.page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      const tally: Record<string, number> = {};
      for (const f of map.queryRenderedFeatures())
        tally[f.sourceLayer ?? "?"] = (tally[f.sourceLayer ?? "?"] ?? 0) + 1;
      return tally;
    });
    for (const layer of THEMATIC) expect(counts[layer], layer).toBeGreaterThan(0);
    expect(counts.counties).toBeGreaterThan(0);

    // The heat map is MapLibre's own heatmap layer on the tiles' hazards, right under the hazard points:
    // no hazard point is downloaded as GeoJSON.
    const layerAfterHeat = () =>
      session.page.evaluate(() => {
        const order = ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike).getLayersOrder();
        const heatIndex = order.indexOf("hazard-heat");
        return heatIndex < 0 ? null : order[heatIndex + 1];
      });
    await expect.poll(layerAfterHeat, POLL).toBe("hazards-alert-ring");
    expect(requests.filter((url) => url.includes("/collections/hazard_points/items?"))).toEqual([]);
    await expect.poll(() => session.page.locator('[role="status"]').textContent(), POLL).toContain("就绪");
  });

  it("reloads the face's tiles when a layer is edited elsewhere and its window regains focus", async () => {
    const versionOf = async () =>
      ((await session.server.app.inject({ url: "/tiles/map.json" })).json().tiles[0] as string).split(
        "?v=",
      )[1];
    const before = await versionOf();
    const seenBefore = requests.length;
    // another planner's edit: the zones layer's data version moves
    await sql`UPDATE treatment_zones SET status = status WHERE id = (SELECT min(id) FROM treatment_zones)`.execute(
      session.server.t.db.kysely,
    );
    const version = await versionOf();
    expect(version).not.toBe(before);
    await session.page.evaluate(() =>
      (globalThis as unknown as EventTarget).dispatchEvent(new Event("focus")),
    );
    const since = () => requests.slice(seenBefore);
    await expect
      .poll(() => since().some((url) => url.includes("/tiles/map/") && url.endsWith(`?v=${version}`)), POLL)
      .toBe(true);
  });

  it("opens a hazard's record in Chinese, then in English", async () => {
    const target = await topmostHazard(session.page);
    await session.page.mouse.click(target.x, target.y);
    const popup = session.page.locator(`.lp-record[data-layer="hazards"][data-id="${target.id}"]`);
    await popup.waitFor({ timeout: 10_000 });

    const record = await fetchHazard(session.server.origin, target.id);
    const grade = record.danger_grade_override ?? record.danger_grade;
    const county = JINCHENG_COUNTIES.find((c) => c.code === String(record.county_code).trim());
    // Fields only the full record has (county) show that the popup read /collections, not just the tile.
    await expect.poll(() => popup.textContent(), POLL).toContain(county?.nameZh ?? "?");
    const zhText = (await popup.textContent()) ?? "";
    expect(zhText).toContain(String(record.name_zh));
    expect(zhText).toContain(dangerGrade.labels[grade as keyof typeof dangerGrade.labels].zh);
    expect(zhText).toContain(hazardType.labels[record.hazard_type as keyof typeof hazardType.labels].zh);
    expect(zhText).toContain("险情等级");

    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "map.png") });

    await session.page.getByTestId("locale-toggle").click();
    await expect.poll(() => popup.textContent(), POLL).toContain("Danger grade");
    const enText = (await popup.textContent()) ?? "";
    expect(enText).toContain(dangerGrade.labels[grade as keyof typeof dangerGrade.labels].en);
    expect(enText).toContain(hazardType.labels[record.hazard_type as keyof typeof hazardType.labels].en);
    expect(enText).toContain(county?.nameEn ?? "?");
    expect(await session.page.locator(".lp-layers").textContent()).toContain("Mines");
    const countyLabel = await session.page.evaluate(() =>
      JSON.stringify(
        ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike).getLayoutProperty(
          "counties-label",
          "text-field",
        ),
      ),
    );
    expect(countyLabel).toContain("name_en");
    await session.page.screenshot({ path: join(ARTIFACTS, "map-en.png") });
  });

  it("hides a layer switched off in the layer list", async () => {
    const rendered = (layer: string) =>
      session.page.evaluate(
        (name) =>
          ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike)
            .queryRenderedFeatures()
            .filter((f) => f.sourceLayer === name).length,
        layer,
      );
    const mines = session.page.locator('.lp-layer[data-layer="mines"] input[type="checkbox"]');
    await mines.uncheck();
    await expect.poll(() => rendered("mines"), POLL).toBe(0);
    await mines.check();
    await expect.poll(() => rendered("mines"), POLL).toBeGreaterThan(0);
  });

  it("sent no request outside its own origin", () => {
    const foreign = requests.filter(
      (url) => !url.startsWith(`${session.server.origin}/`) && !/^(data|blob):/.test(url),
    );
    expect(foreign).toEqual([]);
    // One composite tile per place carries every layer: no single-layer tile is asked for.
    const tiles = requests.filter((url) => url.endsWith(".mvt") || url.includes(".mvt?"));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((url) => !url.startsWith(`${session.server.origin}/tiles/map/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

async function fetchHazard(origin: string, id: number | string): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}/collections/hazard_points/items/${id}`);
  expect(response.status).toBe(200);
  const feature = (await response.json()) as { properties: Record<string, unknown> };
  return feature.properties;
}
