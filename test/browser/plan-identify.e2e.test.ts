import { join } from "node:path";
import { geodesicDistance, gkSridFor, toProjected } from "@lianpian/geo";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import { openPlanMap, waitForMapTiles } from "../support/map-page.ts";

// Identify, selection and measuring on /plan's map: a click over a zone that
// covers a subsidence area lists both, either can be opened, Esc closes the
// popup and keeps the selection; a measured distance is the geodesic one; the
// status bar reads the cursor in lon/lat and GK X/Y.

const POLL = { timeout: 45_000 };

interface IdMap {
  isMoving(): boolean;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
  getFilter(layer: string): unknown;
  getLayer(id: string): unknown;
  getCenter(): { lng: number; lat: number };
  queryRenderedFeatures(options: { layers: string[] }): { id?: number | string }[];
  getCanvas(): { getBoundingClientRect(): { left: number; top: number } };
}

describe.skipIf(!runBrowserTests)("identify, selection and measure on /plan in Chromium", () => {
  let place: { sid: number; zid: number; lng: number; lat: number };
  // A planned zone over a subsidence area: a click inside both must reach both.
  const session = plannerSession({
    context: { viewport: { width: 1440, height: 900 } },
    screenshots: "plan-identify",
    prepare: async (server) => {
      const { rows } = await sql<typeof place>`
      WITH s AS (SELECT id, geom FROM subsidence_areas ORDER BY ST_Area(geom) DESC LIMIT 1),
      z AS (
        INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
        SELECT 'IDENTIFY-1', '识别测试片区', 'subsidence', 'near', 'planned', ST_Multi(ST_Buffer(geom, 0.003)), 'test'
        FROM s RETURNING id)
      SELECT s.id AS sid, z.id AS zid, ST_X(ST_PointOnSurface(s.geom)) AS lng, ST_Y(ST_PointOnSurface(s.geom)) AS lat
      FROM s, z`.execute(server.t.db.kysely);
      place = rows[0] as typeof place;
    },
  });

  /** /plan afresh, the map at that place and zoom with its tiles drawn; the place's page pixel. */
  const openAt = async (center: [number, number], zoom: number) => {
    await openPlanMap(session.page, session.server.origin);
    await session.page.evaluate(
      ([c, z]) => {
        const map = (globalThis as unknown as { __lianpianMap?: IdMap }).__lianpianMap as IdMap;
        map.jumpTo({ center: c, zoom: z });
      },
      [center, zoom] as const,
    );
    await waitForMapTiles(session.page, { still: true, ...POLL });
  };
  const pixelOf = (lngLat: [number, number]) =>
    session.page.evaluate((ll) => {
      const map = (globalThis as unknown as { __lianpianMap?: IdMap }).__lianpianMap as IdMap;
      const p = map.project(ll);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, lngLat);
  const highlighted = (layer: string) =>
    session.page.evaluate((id) => {
      const map = (globalThis as unknown as { __lianpianMap?: IdMap }).__lianpianMap as IdMap;
      const filter = map.getFilter(id) as unknown[];
      return ((filter[1] as unknown[])[2] as unknown[])[1] as number[];
    }, `selection-highlight-${layer}-line`);

  it("lists the zone and the subsidence area under one click; either opens; Esc closes the popup and keeps the selection", async () => {
    await openAt([place.lng, place.lat], 14);
    const at = await pixelOf([place.lng, place.lat]);
    await session.page.mouse.click(at.x, at.y);
    const list = session.page.getByTestId("identify-list");
    await list.waitFor(POLL);
    await expect
      .poll(() => list.locator(`button[data-layer="zones"][data-id="${place.zid}"]`).count())
      .toBe(1);
    const subsidence = list.locator(`button[data-layer="subsidence"][data-id="${place.sid}"]`);
    expect(await subsidence.count()).toBe(1);

    await subsidence.click();
    await expect.poll(() => subsidence.getAttribute("aria-current"), POLL).toBe("true");
    await expect.poll(() => highlighted("subsidence"), POLL).toEqual([place.sid]);
    await expect.poll(() => highlighted("zones")).toEqual([]);

    await session.page.keyboard.press("Escape");
    await expect.poll(() => session.page.locator(".maplibregl-popup").count(), POLL).toBe(0);
    expect(await highlighted("subsidence")).toEqual([place.sid]);
    await expect.poll(() => session.page.getByText(/已选要素/).count()).toBeGreaterThan(0);
  });

  it("measures a distance between two known points as the geodesic on CGCS2000", async () => {
    const a: [number, number] = [112.85, 35.5];
    const b: [number, number] = [112.86, 35.505];
    await openAt([112.855, 35.5025], 15);
    await session.page.getByTestId("measure-toolbar").locator('button[data-measure="distance"]').click();
    const pa = await pixelOf(a);
    const pb = await pixelOf(b);
    await session.page.mouse.click(pa.x, pa.y);
    await session.page.mouse.click(pb.x, pb.y);
    await session.page.keyboard.press("Enter");
    const text = (await session.page.getByTestId("measure-result").textContent()) ?? "";
    const shown = Number(text.match(/距离 ([\d.,]+)千米/)?.[1]?.replaceAll(",", "")) * 1000;
    // The clicks land on whole pixels (about 3 m here); the displayed value is to the metre.
    expect(Math.abs(shown - geodesicDistance(a, b))).toBeLessThan(8);
    expect(shown).toBeGreaterThan(1000);
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-measure.png") });
    // No popup opened while measuring; Esc ends the tool.
    expect(await session.page.locator(".maplibregl-popup").count()).toBe(0);
    await session.page.keyboard.press("Escape");
    await expect.poll(() => session.page.getByTestId("measure-result").count()).toBe(0);
  });

  it("labels each polygon once, however many tiles it spans", async () => {
    await openAt([112.855, 35.5025], 15);
    const labels = () =>
      session.page.evaluate(() => {
        const map = (globalThis as unknown as { __lianpianMap?: IdMap }).__lianpianMap as IdMap;
        const layers = ["mines-label-once", "subsidence-label-once", "zones-label-once"];
        return {
          tileLabels: Boolean(map.getLayer("mines-label")),
          ids: layers.map((l) => map.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.id))),
        };
      });
    await expect.poll(async () => (await labels()).ids[0]?.length ?? 0, POLL).toBeGreaterThan(0);
    const { tileLabels, ids } = await labels();
    expect(tileLabels).toBe(false);
    for (const list of ids) expect(new Set(list).size).toBe(list.length);
  });

  it("moves the map to a zone chosen in the zones list", async () => {
    await openAt([112.6, 35.9], 12);
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId(`open-zone-${place.zid}`).click();
    const { rows } = await sql<{ x0: number; y0: number; x1: number; y1: number }>`
      SELECT ST_XMin(geom) AS x0, ST_YMin(geom) AS y0, ST_XMax(geom) AS x1, ST_YMax(geom) AS y1
      FROM treatment_zones WHERE id = ${place.zid}`.execute(session.server.t.db.kysely);
    const box = rows[0] as { x0: number; y0: number; x1: number; y1: number };
    await expect
      .poll(async () => {
        const c = await session.page.evaluate(() => {
          const map = (globalThis as unknown as { __lianpianMap?: IdMap }).__lianpianMap as IdMap;
          return map.isMoving() ? null : map.getCenter();
        });
        return Boolean(c && c.lng >= box.x0 && c.lng <= box.x1 && c.lat >= box.y0 && c.lat <= box.y1);
      }, POLL)
      .toBe(true);
  });

  it("shows the cursor in lon/lat and in GK X/Y in the status bar", async () => {
    await openAt([112.85, 35.5], 13);
    const at = await pixelOf([112.85, 35.5]);
    await session.page.mouse.move(at.x, at.y);
    const readout = session.page.getByTestId("cursor-gk");
    await expect.poll(() => readout.textContent(), POLL).toMatch(/^经纬度 /);
    const text = (await readout.textContent()) ?? "";
    const [, lng, lat, zone, x, y] =
      text.match(/([\d.]+)°E ([\d.]+)°N · 3°带 (\d+) X ([\d.]+) Y ([\d.]+)/) ?? [];
    expect(Math.abs(Number(lng) - 112.85)).toBeLessThan(0.0002);
    expect(Math.abs(Number(lat) - 35.5)).toBeLessThan(0.0002);
    expect(zone).toBe("38");
    const [e, n] = toProjected(
      [Number(lng), Number(lat)],
      gkSridFor(Number(lng), { width: 3, prefix: false }),
    );
    // lon/lat are shown to 1e-5° (about 1 m): X/Y agree with them within that.
    expect(Math.abs(Number(x) - n)).toBeLessThan(1.5);
    expect(Math.abs(Number(y) - e)).toBeLessThan(1.5);
  });
});
