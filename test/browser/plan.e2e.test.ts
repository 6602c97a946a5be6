import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { JINCHENG_BBOX } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import {
  type MapLike,
  openPlanMap,
  type PageGlobals,
  topmostHazard,
  waitForMapTiles,
} from "../support/map-page.ts";
import { loginAs } from "../support/test-app.ts";

const POLL = { timeout: 30_000 };

describe.skipIf(!runBrowserTests)("the planner's face in Chromium", () => {
  const pageErrors: string[] = [];
  const session = plannerSession({
    context: { viewport: { width: 1400, height: 900 } },
    onPage: (page) => page.on("pageerror", (error) => pageErrors.push(error.message)),
    // a failing step leaves a screenshot to look at
    screenshots: "plan-e2e",
  });

  /** Each test opens /plan afresh (the session's planner cookie logs it in), whatever ran before it. */
  const openPlanner = () => openPlanMap(session.page, session.server.origin);

  async function mapBox() {
    const box = await session.page.getByTestId("plan-map").boundingBox();
    if (!box) throw new Error("no map on the page");
    return box;
  }

  it("logs in as the planner from the demo accounts listed on the login page", async () => {
    await session.browser.context.clearCookies();
    await session.page.goto(`${session.server.origin}/plan`);
    const demo = session.page.getByTestId("demo-accounts");
    await demo.waitFor();
    expect(await demo.textContent()).toContain("planner-demo-2026");
    await demo.getByRole("button", { name: /planner/ }).click();
    await session.page.getByTestId("planner-login").getByRole("button", { name: "登录" }).click();
    await session.page.getByTestId("planner").waitFor();
    await waitForMapTiles(session.page);
  });

  it("draws a polygon with mouse clicks, shows the report, saves it, and finds it after a reload", async () => {
    await openPlanner();
    await session.page.locator('[data-tool="polygon"]').click();
    const box = await mapBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const corners: [number, number][] = [
      [cx - 90, cy - 70],
      [cx + 90, cy - 70],
      [cx + 90, cy + 70],
      [cx - 90, cy + 70],
    ];
    for (const [x, y] of corners) {
      await session.page.mouse.move(x, y, { steps: 4 });
      await session.page.mouse.click(x, y);
    }
    await expect.poll(() => session.page.getByTestId("live-area").textContent(), POLL).toContain("亩");
    const [fx, fy] = corners[0] as [number, number];
    await session.page.mouse.move(fx, fy, { steps: 4 });
    await session.page.mouse.click(fx, fy);

    const report = session.page.getByTestId("zone-report");
    await report.waitFor({ timeout: 30_000 });
    expect(await session.page.getByTestId("report-area-mu").textContent()).toMatch(/亩.*公顷.*平方千米/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-report.png") });
    await session.page.getByTestId("zone-name").fill("浏览器测试片区");
    await session.page.getByTestId("save-zone").click();
    await expect
      .poll(() => session.page.getByTestId("notice").textContent(), POLL)
      .toMatch(/已保存 LP-\d{4}-\d{3}/);
    const savedCode =
      /LP-\d{4}-\d{3}/.exec((await session.page.getByTestId("notice").textContent()) ?? "")?.[0] ?? "";

    // The server has the zone, with the geometry drawn and an audit row.
    const auth = await loginAs(session.server.app, "planner");
    const list = await session.server.app.inject({ url: `/api/zones?q=${savedCode}`, headers: auth });
    expect(list.json().zones).toHaveLength(1);
    expect(list.json().zones[0].area_m2).toBeGreaterThan(10_000);

    await session.page.reload();
    await session.page.getByTestId("planner").waitFor();
    await session.page.locator('[data-tab="zones"]').click();
    await expect.poll(() => session.page.getByTestId("zones-list").textContent(), POLL).toContain(savedCode);
    // A draft is not in the public zones tiles: the planner's map draws it from the API, dashed.
    const draftsDrawn = () =>
      session.page.evaluate(() => {
        const map = (globalThis as unknown as PageGlobals).__lianpianMap;
        return (
          map?.querySourceFeatures("plan-overlay").filter((f) => f.properties.role === "draft").length ?? 0
        );
      });
    await expect.poll(draftsDrawn, POLL).toBeGreaterThanOrEqual(1);
    const zoneId = list.json().zones[0].id as number;
    const tiled = await session.page.evaluate(
      (id) =>
        (globalThis as unknown as PageGlobals).__lianpianMap
          ?.queryRenderedFeatures()
          .some((f) => f.sourceLayer === "zones" && f.id === id),
      zoneId,
    );
    expect(tiled).toBe(false);

    // Another planner saves a draft elsewhere: this map draws it once its window regains focus.
    const before = await draftsDrawn();
    const other = await session.server.app.inject({
      method: "POST",
      url: "/api/zones",
      headers: auth,
      payload: {
        name_zh: "另一规划人员的草案",
        zone_type: "contiguous_mine",
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [112.6, 35.7],
              [112.62, 35.7],
              [112.62, 35.72],
              [112.6, 35.72],
              [112.6, 35.7],
            ],
          ],
        },
      },
    });
    expect(other.statusCode).toBe(201);
    await session.page.evaluate(() =>
      (globalThis as unknown as EventTarget).dispatchEvent(new Event("focus")),
    );
    await expect.poll(draftsDrawn, POLL).toBeGreaterThan(before);
  });

  it("buffers a hazard point by 500 m and the report counts the hazard", async () => {
    await openPlanner();
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId("zones-list").getByRole("button", { name: "新建片区" }).click();
    await session.page.locator('[data-tool="pick"]').click();
    await waitForMapTiles(session.page);
    const hazard = await topmostHazard(session.page);
    await session.page.mouse.click(hazard.x, hazard.y);
    await expect
      .poll(() => session.page.getByTestId("selection-list").textContent(), POLL)
      .toContain(`#${hazard.id}`);
    // The overview's tiles carry no names: the selection is named from the record the popup loads.
    const record = await session.server.app.inject({ url: `/collections/hazard_points/items/${hazard.id}` });
    const name = record.json().properties.name_zh as string;
    expect(name).toMatch(/\S/);
    await expect.poll(() => session.page.getByTestId("selection-list").textContent(), POLL).toContain(name);
    await session.page.getByTestId("buffer-distance").fill("500");
    await session.page.getByTestId("op-buffer").click();
    await session.page.getByTestId("zone-report").waitFor({ timeout: 30_000 });
    await expect
      .poll(
        async () =>
          Number.parseInt((await session.page.getByTestId("report-hazard-count").textContent()) ?? "0", 10),
        POLL,
      )
      .toBeGreaterThanOrEqual(1);
    // 500 m around a point: about 0.78 km², i.e. some 1,177 亩
    expect(await session.page.getByTestId("report-area-mu").textContent()).toMatch(/1,1\d\d(\.\d+)?亩/);
  });

  it("snaps a vertex drawn next to a rendered boundary onto that boundary's edge", async () => {
    await openPlanner();
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId("zones-list").getByRole("button", { name: "新建片区" }).click();
    await session.page.locator('[data-tool="polygon"]').click();
    // close enough to the largest mine on screen that its edges are long
    await session.page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      let best: [[number, number], [number, number]] | null = null;
      let bestSpan = 0;
      for (const f of map.queryRenderedFeatures()) {
        if (f.sourceLayer !== "mines" || f.geometry.type !== "Polygon") continue;
        const ring = (f.geometry.coordinates as [number, number][][])[0] ?? [];
        const xs = ring.map((v) => v[0]);
        const ys = ring.map((v) => v[1]);
        const span = Math.max(...xs) - Math.min(...xs);
        if (span > bestSpan) {
          bestSpan = span;
          best = [
            [Math.min(...xs), Math.min(...ys)],
            [Math.max(...xs), Math.max(...ys)],
          ];
        }
      }
      if (best) map.fitBounds(best, { padding: 200, animate: false });
    });
    await waitForMapTiles(session.page);
    // A long edge (not level or plumb) of a mine, subsidence area, zone or county well inside the map, with no
    // vertex near it (a vertex would win), and the pointer 4 px off its middle.
    const target = await session.page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      const canvas = map.getCanvas();
      const w = canvas.clientWidth;
      const h = canvas.clientHeight;
      const rendered = map.queryRenderedFeatures();
      const vertices: { x: number; y: number }[] = [];
      for (const g of rendered) {
        const c = [g.geometry.coordinates].flat(Number.POSITIVE_INFINITY) as number[];
        for (let k = 0; k + 1 < c.length; k += 2)
          vertices.push(map.project([c[k] as number, c[k + 1] as number]));
      }
      const boundaries = ["mines", "subsidence", "zones", "counties"];
      for (const f of rendered) {
        if (!boundaries.includes(f.sourceLayer ?? "") || f.geometry.type !== "Polygon") continue;
        for (const ring of f.geometry.coordinates as [number, number][][]) {
          for (let i = 1; i < ring.length; i++) {
            const a = map.project(ring[i - 1] as [number, number]);
            const b = map.project(ring[i] as [number, number]);
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const length = Math.hypot(dx, dy);
            // not level or plumb: a tile's cut always is, exactly
            if (length < 80 || Math.abs(dx) < 2 || Math.abs(dy) < 2) continue;
            const x = (a.x + b.x) / 2 - (4 * dy) / length;
            const y = (a.y + b.y) / 2 + (4 * dx) / length;
            if (x < 150 || y < 150 || x > w - 150 || y > h - 150) continue;
            if (!vertices.some((p) => Math.hypot(p.x - x, p.y - y) < 16)) return { a, b, x, y };
          }
        }
      }
      return null;
    });
    if (!target) throw new Error("no long boundary edge on screen, away from vertices");
    const box = await mapBox();
    const at = (x: number, y: number) => [box.x + x, box.y + y] as const;
    // a triangle: the snapped vertex, then two points inwards of the edge, then closed on the first
    const n = {
      x: (target.x - (target.a.x + target.b.x) / 2) / 4,
      y: (target.y - (target.a.y + target.b.y) / 2) / 4,
    };
    const points = [
      at(target.x, target.y),
      at(target.x + 100 * n.x + 60 * n.y, target.y + 100 * n.y - 60 * n.x),
      at(target.x + 100 * n.x - 60 * n.y, target.y + 100 * n.y + 60 * n.x),
    ];
    for (const [x, y] of points) {
      await session.page.mouse.move(x, y, { steps: 4 });
      await session.page.mouse.click(x, y);
    }
    await expect.poll(() => session.page.getByTestId("live-area").textContent(), POLL).toContain("亩");
    const [fx, fy] = points[0] as readonly [number, number];
    await session.page.mouse.move(fx, fy, { steps: 4 });
    await session.page.mouse.click(fx, fy);
    await session.page.getByTestId("zone-report").waitFor({ timeout: 30_000 });
    const distances = await session.page.evaluate((t) => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      const ring = (map.querySourceFeatures("td-polygon")[0]?.geometry?.coordinates?.[0] ?? []) as [
        number,
        number,
      ][];
      const dx = t.b.x - t.a.x;
      const dy = t.b.y - t.a.y;
      const length = Math.hypot(dx, dy);
      return ring.map((v) => {
        const p = map.project(v);
        return {
          toEdge: Math.abs((p.x - t.a.x) * dy - (p.y - t.a.y) * dx) / length,
          toClick: Math.hypot(p.x - t.x, p.y - t.y),
        };
      });
    }, target);
    // the vertex put down 4 px off the edge now lies on it
    expect(distances.some((d) => d.toEdge < 1 && d.toClick > 3 && d.toClick < 5)).toBe(true);
  });

  it("puts a hazard point on the demo monitor's beat, rings the beat on the map, and takes it off again", async () => {
    await openPlanner();
    const auth = await loginAs(session.server.app, "planner");
    const beatIds = async () => {
      const monitors = (await session.server.app.inject({ url: "/api/monitors", headers: auth })).json()
        .monitors as {
        username: string;
        points: { id: number }[];
      }[];
      return monitors.find((m) => m.username === "field")?.points.map((pt) => pt.id) ?? [];
    };
    const before = await beatIds();
    expect(before.length).toBeGreaterThan(0);
    const [w, s, e, n] = JINCHENG_BBOX;
    await session.page.evaluate(
      (b) => {
        ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike).fitBounds(b, {
          padding: 20,
          animate: false,
        });
      },
      [
        [w, s],
        [e, n],
      ] as [[number, number], [number, number]],
    );
    await waitForMapTiles(session.page);

    await session.page.locator('[data-tab="monitors"]').click();
    const rows = session.page.getByTestId("beat-list").locator("li");
    await expect.poll(() => rows.count(), POLL).toBe(before.length);
    const rings = () =>
      session.page.evaluate(
        () =>
          ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike)
            .queryRenderedFeatures()
            .filter((f) => f.layer?.id === "plan-overlay-ring").length,
      );
    await expect.poll(rings, POLL).toBe(before.length);

    // the tab switched the map to picking: a click on a point off the beat selects it; the panel adds it and saves
    const hazard = await topmostHazard(session.page, before);
    await session.page.mouse.click(hazard.x, hazard.y);
    const add = session.page.getByTestId("beat-add-selected");
    await expect.poll(() => add.textContent(), POLL).toContain("(1)");
    await add.click();
    expect(await session.page.getByTestId("beat-to-add").textContent()).toContain(`#${hazard.id}`);
    await session.page.getByTestId("beat-save").click();
    await expect.poll(() => session.page.getByTestId("notice").textContent(), POLL).toContain("已保存分配");
    await expect.poll(() => rows.count(), POLL).toBe(before.length + 1);
    expect(await beatIds()).toContain(Number(hazard.id));
    await expect.poll(rings, POLL).toBe(before.length + 1);
    // the monitor's phone now lists the point among its own
    const field = await loginAs(session.server.app, "field");
    const mine = await session.server.app.inject({ url: "/api/field/pack", headers: field });
    expect(mine.json().monitored_ids).toContain(Number(hazard.id));

    // marked for removal it is struck through (and ringed red) until saved; saved, the beat is as it was
    const row = session.page.locator(`[data-hazard-id="${hazard.id}"]`);
    await row.getByRole("button", { name: "移除" }).click();
    expect(await row.getAttribute("class")).toBe("lp-plan-removing");
    await session.page.getByTestId("beat-save").click();
    await expect.poll(() => rows.count(), POLL).toBe(before.length);
    expect((await beatIds()).sort()).toEqual([...before].sort());
  });

  it("adopts a proposal as a zone", async () => {
    await openPlanner();
    const auth = await loginAs(session.server.app, "planner");
    const codesBefore = (await session.server.app.inject({ url: "/api/zones?limit=500", headers: auth }))
      .json()
      .zones.map((z: { code: string }) => z.code);
    await session.page.locator('[data-tab="proposals"]').click();
    await session.page.getByTestId("find-proposals").click();
    const first = session.page.getByTestId("proposal").first();
    await first.waitFor({ timeout: 60_000 });
    await first.getByTestId("adopt-proposal").click();
    await expect
      .poll(() => session.page.getByTestId("notice").textContent(), POLL)
      .toMatch(/已保存 LP-\d{4}-\d{3}/);
    const code = /LP-\d{4}-\d{3}/.exec((await session.page.getByTestId("notice").textContent()) ?? "")?.[0];
    expect(code).toBeTruthy();
    expect(codesBefore).not.toContain(code);
    await session.page.getByTestId("zone-report").waitFor({ timeout: 30_000 });

    // Moved on from draft, the zone joins the public zones tiles; the map shows it without a reload.
    const adopted = (await session.server.app.inject({ url: `/api/zones?q=${code}`, headers: auth })).json()
      .zones[0] as { id: number; bbox: [number, number, number, number] };
    await session.page.evaluate(([w, s, e, n]) => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: 120, animate: false },
      );
    }, adopted.bbox);
    await waitForMapTiles(session.page);
    const inTiles = () =>
      session.page.evaluate(
        (id) =>
          ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike)
            .querySourceFeatures("lianpian", { sourceLayer: "zones" })
            .some((f) => f.id === id),
        adopted.id,
      );
    expect(await inTiles()).toBe(false);
    await session.page.locator('[data-tab="draw"]').click();
    await session.page.getByTestId("status-planned").click();
    await expect.poll(inTiles, POLL).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "plan.png") });
    expect(pageErrors).toEqual([]);
  });
});
