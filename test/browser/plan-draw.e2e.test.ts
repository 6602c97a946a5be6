import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { geodesicArea } from "@lianpian/geo";
import type { Polygon } from "geojson";
import { beforeEach, describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import { boxRing, square } from "../support/geometry.ts";
import { loginAs } from "../support/test-app.ts";

const POLL = { timeout: 30_000 };
/** What these tests read of the page's MapLibre map. */
interface DrawMap {
  unproject(point: [number, number]): { lng: number; lat: number };
  project(lngLat: [number, number]): { x: number; y: number };
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: number; animate: boolean },
  ): void;
  getCanvas(): { clientWidth: number; clientHeight: number };
  getSource(id: string): { serialize(): { data: { features: { geometry: Polygon }[] } } } | undefined;
}

// a fresh browser per test on a shared 2-core machine: each test gets three minutes
describe.skipIf(!runBrowserTests)(
  "drawing and the side panel of /plan in Chromium",
  { timeout: 180_000 },
  () => {
    // every test in a browser of its own, logged in afresh: nothing carries over from another test
    const session = plannerSession({
      context: { viewport: { width: 1440, height: 900 } },
      browserPer: "test",
      screenshots: "plan-draw",
    });
    beforeEach(() => drawingReady());

    /** The map's style is in and terra-draw is on it (drawing needs no tiles, so none are waited for). */
    async function drawingReady() {
      await session.page.waitForFunction(
        () => {
          const map = (globalThis as unknown as { __lianpianMap?: DrawMap }).__lianpianMap;
          return Boolean(map?.getSource("td-polygon"));
        },
        undefined,
        { timeout: 120_000, polling: 250 },
      );
    }

    async function mapBox() {
      const box = await session.page.getByTestId("plan-map").boundingBox();
      if (!box) throw new Error("no map on the page");
      return box;
    }

    /** Drags a rectangle with the rectangle tool from (dx0, dy0) to (dx1, dy1) px off the map's centre. */
    async function dragRectangle(dx0: number, dy0: number, dx1: number, dy1: number) {
      await session.page.locator('[data-tool="rectangle"]').click();
      const box = await mapBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await session.page.mouse.move(cx + dx0, cy + dy0);
      await session.page.mouse.down();
      // a hand's first pixels, then the sweep (the drag starts once the pointer is 3 px away)
      const sx = Math.sign(dx1 - dx0);
      const sy = Math.sign(dy1 - dy0);
      for (let i = 1; i <= 3; i++) await session.page.mouse.move(cx + dx0 + i * sx, cy + dy0 + i * sy);
      await session.page.mouse.move(cx + dx1, cy + dy1, { steps: 12 });
      await session.page.mouse.up();
    }

    /** The polygons terra-draw draws on the map. */
    const drawn = () =>
      session.page.evaluate(() =>
        (
          (globalThis as unknown as { __lianpianMap: DrawMap }).__lianpianMap
            .getSource("td-polygon")
            ?.serialize().data.features ?? []
        )
          .map((f) => f.geometry)
          .filter((g) => g.type === "Polygon"),
      );
    const drawnArea = async () => (await drawn()).reduce((sum, g) => sum + geodesicArea(g), 0);
    const outlineM2 = async () =>
      Number(await session.page.getByTestId("outline-area").getAttribute("data-m2"));
    const reportM2 = async () =>
      Number(await session.page.getByTestId("report-area-mu").getAttribute("data-m2"));
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.002;

    /** The report, the outline and the map show one and the same area; returns it. */
    async function agreeing(): Promise<number> {
      await expect
        .poll(async () => {
          if ((await session.page.getByTestId("report-area-mu").count()) === 0) return false;
          const [report, outline, map] = [await reportM2(), await outlineM2(), await drawnArea()];
          return near(report, outline) && near(outline, map);
        }, POLL)
        .toBe(true);
      return outlineM2();
    }

    it("draws a rectangle by dragging, and the report gives its area", async () => {
      await expect.poll(() => session.page.getByTestId("draw-hint").textContent()).toContain("单击要素");
      await session.page.locator('[data-tool="rectangle"]').click();
      expect(await session.page.getByTestId("draw-hint").textContent()).toContain("按住拖出矩形");
      const corners = await session.page.evaluate(() => {
        const map = (globalThis as unknown as { __lianpianMap: DrawMap }).__lianpianMap;
        const c = map.getCanvas();
        const w = c.clientWidth / 2;
        const h = c.clientHeight / 2;
        return [map.unproject([w - 150, h - 100]), map.unproject([w + 150, h + 100])];
      });
      await dragRectangle(-150, -100, 150, 100);
      await session.page.getByTestId("zone-report").waitFor({ timeout: 30_000 });
      const [a, b] = corners as [{ lng: number; lat: number }, { lng: number; lat: number }];
      const expected = geodesicArea({ type: "Polygon", coordinates: [boxRing(a.lng, a.lat, b.lng, b.lat)] });
      const area = await agreeing();
      // the corners land where the mouse was pressed and released (within the 3 px a drag needs to start)
      expect(Math.abs(area - expected) / expected).toBeLessThan(0.035);
      expect(await session.page.getByTestId("report-area-mu").textContent()).toMatch(/亩.*公顷.*平方千米/);
    });

    it("undoes across two shapes and redoes one, the map, the outline and the report agreeing each time", async () => {
      await dragRectangle(-150, -100, 0, 0);
      const first = await agreeing();
      await dragRectangle(20, 20, 220, 160);
      const second = await agreeing();
      expect(near(first, second)).toBe(false);
      // the second shape replaced the first: one polygon on the map
      expect(await drawn()).toHaveLength(1);

      const undo = session.page.getByRole("button", { name: "撤销" });
      const redo = session.page.getByRole("button", { name: "重做" });
      await undo.click();
      expect(near(await agreeing(), first)).toBe(true);
      expect(await drawn()).toHaveLength(1);
      await undo.click();
      await expect.poll(() => session.page.getByTestId("zone-report").count(), POLL).toBe(0);
      await expect.poll(() => drawn(), POLL).toHaveLength(0);
      expect(await session.page.getByTestId("outline-area").count()).toBe(0);
      expect(await undo.isDisabled()).toBe(true);

      await redo.click();
      expect(near(await agreeing(), first)).toBe(true);
      expect(await drawn()).toHaveLength(1);
      expect(await redo.isDisabled()).toBe(false);
    });

    it("collapses the panel so the map takes the width, resizes it by drag and by keyboard, and remembers both", async () => {
      const side = session.page.getByTestId("planner-side");
      const width = async () => (await side.boundingBox())?.width ?? 0;
      const canvasWidth = () =>
        session.page.evaluate(
          () => (globalThis as unknown as { __lianpianMap: DrawMap }).__lianpianMap.getCanvas().clientWidth,
        );
      const before = await width();
      const mapBefore = (await mapBox()).width;

      const handle = session.page.getByTestId("panel-resize");
      await handle.focus();
      for (let i = 0; i < 3; i++) await session.page.keyboard.press("ArrowRight");
      await expect.poll(width).toBeCloseTo(before + 72, 0);
      expect(await handle.getAttribute("aria-valuenow")).toBe(String(Math.round(before + 72)));

      const grip = await handle.boundingBox();
      if (!grip) throw new Error("no resize handle");
      await session.page.mouse.move(grip.x + grip.width / 2, grip.y + 300);
      await session.page.mouse.down();
      await session.page.mouse.move(grip.x + grip.width / 2 - 120, grip.y + 300, { steps: 8 });
      await session.page.mouse.up();
      const resized = await width();
      expect(Math.abs(resized - (before + 72 - 120))).toBeLessThanOrEqual(2);
      await expect
        .poll(async () => Math.abs((await canvasWidth()) - (await mapBox()).width), POLL)
        .toBeLessThanOrEqual(1);

      await session.page.getByTestId("panel-toggle").click();
      await side.waitFor({ state: "hidden" });
      await expect
        .poll(async () => (await mapBox()).width, POLL)
        .toBeGreaterThan(mapBefore + resized - before);
      await expect
        .poll(async () => Math.abs((await canvasWidth()) - (await mapBox()).width), POLL)
        .toBeLessThanOrEqual(1);
      expect(await session.page.getByTestId("panel-toggle").getAttribute("aria-expanded")).toBe("false");

      // remembered across a reload: still collapsed, and expanded again at the width it had
      await session.page.reload();
      await session.page.getByTestId("planner").waitFor();
      expect(await side.isHidden()).toBe(true);
      await session.page.getByTestId("panel-toggle").click();
      await side.waitFor();
      expect(Math.abs((await width()) - resized)).toBeLessThanOrEqual(2);
    });

    it("stops a vertex dragged across the outline's own edge and says why", async () => {
      await dragRectangle(-100, -80, 100, 80);
      const area = await agreeing();
      await session.page.locator('[data-tool="select"]').click();
      expect(await session.page.getByTestId("draw-hint").textContent()).toContain("拖动顶点");
      const box = await mapBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // the top-left corner pulled right across the right-hand edge
      await session.page.mouse.move(cx - 100, cy - 80);
      await session.page.mouse.down();
      await session.page.mouse.move(cx + 180, cy - 10, { steps: 30 });
      await expect
        .poll(() => session.page.getByTestId("outline-problem").textContent(), POLL)
        .toBe("顶点停在此处：再移动会使边界自相交");
      await session.page.mouse.up();
      // still said after the drag, next to the toolbar, and the outline never crossed itself
      expect(await session.page.getByTestId("outline-problem").textContent()).toContain("自相交");
      const after = await agreeing();
      expect(after).toBeGreaterThan(0);
      expect(after).not.toBe(area);
    });

    it("shows the workbench at 1024×768 and 1440×900 with a readable report, in Chinese and in English", async () => {
      await session.page.setViewportSize({ width: 1024, height: 768 });
      await dragRectangle(-160, -120, 160, 120);
      await agreeing();
      // no column of the report's tables squeezed to a character a line, in either language
      const headers = session.page.locator('[data-testid="zone-report"] table th');
      const narrowest = async () =>
        Math.min(...(await headers.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width))));
      const headersFit = async () =>
        (await headers.evaluateAll((ths) => ths.map((th) => th.scrollWidth <= th.clientWidth + 1))).every(
          Boolean,
        );
      expect(await session.page.locator('[data-testid="zone-report"] table thead').count()).toBeGreaterThan(
        0,
      );
      expect(await narrowest()).toBeGreaterThanOrEqual(28);
      expect(await headersFit()).toBe(true);
      // the layer list is on screen without scrolling past the zone form
      const layers = await session.page.locator(".lp-planner-layers summary").boundingBox();
      expect(layers && layers.y + layers.height <= 768).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await session.page.screenshot({ path: join(ARTIFACTS, "plan-workbench-1024.png") });
      await session.page.getByTestId("zone-report").locator("h4").last().scrollIntoViewIfNeeded();
      await session.page.screenshot({ path: join(ARTIFACTS, "plan-workbench-1024-report.png") });

      await session.page.getByTestId("locale-toggle").click();
      await expect
        .poll(() => session.page.getByTestId("draw-hint").textContent())
        .toContain("Drag out a rectangle");
      expect(await narrowest()).toBeGreaterThanOrEqual(28);
      expect(await headersFit()).toBe(true);
      await session.page.screenshot({ path: join(ARTIFACTS, "plan-workbench-1024-en.png") });
      await session.page.getByTestId("zone-report").locator("h4").last().scrollIntoViewIfNeeded();
      await session.page.screenshot({ path: join(ARTIFACTS, "plan-workbench-1024-report-en.png") });

      // and at 1440×900, in English and back in Chinese
      await session.page.setViewportSize({ width: 1440, height: 900 });
      expect(await narrowest()).toBeGreaterThanOrEqual(28);
      expect(await headersFit()).toBe(true);
      await session.page.getByTestId("locale-toggle").click();
      await expect.poll(() => session.page.getByTestId("draw-hint").textContent()).toContain("按住拖出矩形");
      expect(await narrowest()).toBeGreaterThanOrEqual(28);
      expect(await headersFit()).toBe(true);
    });

    it("edits a two-part outline part by part, the outline keeping both parts", async () => {
      const created = await session.server.app.inject({
        method: "POST",
        url: "/api/zones",
        headers: await loginAs(session.server.app, "planner"),
        payload: {
          name_zh: "两块片区编辑测试",
          zone_type: "contiguous_mine",
          geometry: {
            type: "MultiPolygon",
            coordinates: [square(112.8, 35.5, 0.01), square(112.83, 35.5, 0.01)],
          },
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as number;
      await session.page.reload();
      await session.page.getByTestId("planner").waitFor();
      await session.page.locator('[data-tab="zones"]').click();
      await session.page.getByTestId(`open-zone-${id}`).click();
      await session.page.evaluate(() =>
        (globalThis as unknown as { __lianpianMap: DrawMap }).__lianpianMap.fitBounds(
          [
            [112.8, 35.5],
            [112.84, 35.51],
          ],
          { padding: 150, animate: false },
        ),
      );
      await drawingReady();
      await expect.poll(drawn, POLL).toHaveLength(2);
      expect(await session.page.getByTestId("outline-area").textContent()).toContain("2 块");
      const before = await agreeing();

      // the first part is chosen by a click, then its north-west corner pulled outwards
      await session.page.locator('[data-tool="select"]').click();
      const box = await mapBox();
      const at = (lngLat: [number, number]) =>
        session.page.evaluate(
          (p) => (globalThis as unknown as { __lianpianMap: DrawMap }).__lianpianMap.project(p),
          lngLat,
        );
      const inside = await at([112.805, 35.505]);
      await session.page.mouse.click(box.x + inside.x, box.y + inside.y);
      const corner = await at([112.8, 35.51]);
      await session.page.mouse.move(box.x + corner.x, box.y + corner.y);
      await session.page.mouse.down();
      await session.page.mouse.move(box.x + corner.x - 40, box.y + corner.y - 40, { steps: 10 });
      await session.page.mouse.up();

      await expect.poll(async () => near(await outlineM2(), before), POLL).toBe(false);
      const after = await agreeing();
      expect(after).toBeGreaterThan(before);
      expect(await drawn()).toHaveLength(2);
      expect(await session.page.getByTestId("outline-area").textContent()).toContain("2 块");
      // the other part is as it was
      const untouched = (await drawn()).some((g) =>
        g.coordinates[0]?.every(([x, y]) => (x as number) >= 112.83 - 1e-7 && (y as number) <= 35.51 + 1e-7),
      );
      expect(untouched).toBe(true);
    });
  },
);
