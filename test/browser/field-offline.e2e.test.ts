import { FIXTURE_ORIGIN, fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { type ChromiumSession, launchChromium, runBrowserTests, serverSession } from "../support/browser.ts";
import {
  assignToDemoMonitor,
  CARD_CACHED,
  phoneContext,
  submitDemoMonitorLogin,
  waitForServiceWorker,
} from "../support/field-phone.ts";
import { loginAs } from "../support/test-app.ts";
import { seriousContrastProblems } from "./axe-contrast.ts";

const WAIT = { timeout: 45_000 };
const [lng0, lat0] = FIXTURE_ORIGIN;

/**
 * Each test opens its own phone (a fresh browser profile), logs in and sets up
 * its own points, so the tests do not depend on each other's order.
 */
describe.skipIf(!runBrowserTests)("the phone offline: thresholds and tasks", () => {
  const session = serverSession();
  let phone: ChromiumSession | null = null;

  afterEach(async () => {
    await phone?.close();
    phone = null;
  });

  /** A fresh phone standing `dyM` metres north of the fixture origin, logged in as the demo monitor. */
  async function loggedInPhone(dyM: number, serviceWorkers: "allow" | "block" = "allow"): Promise<Page> {
    const at = { longitude: lng0, latitude: lat0 + dyM / 110_950, accuracy: 10 };
    phone = await launchChromium(phoneContext(at, serviceWorkers));
    const page = phone.page;
    await page.goto(`${session.server.origin}/field`);
    await submitDemoMonitorLogin(page);
    await page.locator('[data-testid="nearest-list"][data-source="server"]').waitFor(WAIT);
    return page;
  }

  /** Stores an inspection of the point through the API as the demo monitor; it must be taken (201). */
  async function storeInspection(hazardId: number, fields: Parameters<typeof fixtureInspection>[2]) {
    const { app, t } = session.server;
    const stored = await app.inject({
      method: "POST",
      url: "/api/inspections",
      headers: await loginAs(app, "field"),
      payload: fixtureInspection(hazardId, await hazardVersion(t.db.kysely, hazardId), fields),
    });
    expect(stored.statusCode).toBe(201);
  }

  const open = (page: Page, hash: string) =>
    page.evaluate((h) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = h;
    }, hash);

  it("warns of a value over the point's threshold offline, before saving, and sends that record first", async () => {
    const db = session.server.t.db.kysely;
    const watched = await insertFixtureHazard(db, {
      name: "丙号阈值点",
      dyM: 3000,
      thresholds: [{ parameter: "crack_change_mm", warnValue: 10 }],
    });
    const calm = await insertFixtureHazard(db, { name: "戊号平稳点", dyM: 3100 });
    await assignToDemoMonitor(session.server, [watched, calm]);
    const page = await loggedInPhone(3000);
    await page.waitForFunction(CARD_CACHED, watched, WAIT);
    await page.waitForFunction(CARD_CACHED, calm, WAIT);

    await phone?.context.setOffline(true);
    await page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    // The nearby list comes from the phone's own cards at once, with no reload.
    const list = page.locator('[data-testid="nearest-list"][data-source="cache"]');
    await list.waitFor(WAIT);
    await expect(list.locator("li button").first().getAttribute("data-hazard-id")).resolves.toBe(
      String(watched),
    );

    // First a calm inspection, then the one over the threshold: the urgent one must go first.
    await open(page, `#inspect/${calm}`);
    await page.getByTestId("inspection-form").waitFor(WAIT);
    await page.locator('input[name="crack-0-width"]').fill("3");
    await page.getByTestId("save-inspection").click();
    await page.locator("[data-client-key]").first().waitFor(WAIT);

    await open(page, `#inspect/${watched}`);
    await page.getByTestId("inspection-form").waitFor(WAIT);
    expect(await page.getByTestId("threshold-warning").count()).toBe(0);
    await page.locator('input[name="crack-0-width"]').fill("40");
    await page.locator('input[name="crack-0-change"]').fill("12");
    const warning = page.getByTestId("threshold-warning");
    await warning.waitFor(WAIT);
    expect(await warning.textContent()).toContain("12 ≥ 10");
    // it asks for the actions taken before it saves
    await page.getByTestId("save-inspection").click();
    await page.getByTestId("actions-required").waitFor(WAIT);
    await page.locator('[data-testid="inspection-form"] button.lpf-chip-report').click();
    await page.getByTestId("save-inspection").click();
    await page.getByTestId("outbox").waitFor(WAIT);
    const urgentRow = page.locator("[data-client-key]").filter({ has: page.getByTestId("outbox-urgent") });
    await urgentRow.waitFor(WAIT);
    expect(await page.locator("[data-client-key]").count()).toBe(2);
    const key = (await urgentRow.getAttribute("data-client-key")) as string;
    expect(await page.locator(`[data-client-key="${key}"]`).getAttribute("data-state")).toBe("waiting");

    await phone?.context.setOffline(false);
    await page.locator('[data-testid="outbox"] li[data-state="done"]').nth(1).waitFor(WAIT);
    const { rows } = await sql<{ key: string; actions: string[]; level: string | null }>`
      SELECT i.client_key::text AS key, i.actions, a.level FROM inspections i
      LEFT JOIN hazard_alerts a ON a.inspection_id = i.id
      WHERE i.hazard_id IN (${watched}::int, ${calm}::int) ORDER BY i.id`.execute(db);
    expect(rows).toHaveLength(2);
    // stored first (lower id), though recorded second
    expect(rows[0]).toEqual({ key, actions: ["report"], level: "yellow" });
    expect(rows[1]?.level).toBeNull();
  });

  it("shows a planner's task on the phone; only the inspection that answers it closes it", async () => {
    const db = session.server.t.db.kysely;
    const tasked = await insertFixtureHazard(db, { name: "丁号任务点", dyM: 5000 });
    const fieldUserId = await assignToDemoMonitor(session.server, [tasked]);
    const planner = await loginAs(session.server.app, "planner");
    const assign = async (hours: number, note: string) => {
      const made = await session.server.app.inject({
        method: "POST",
        url: "/api/field/tasks",
        headers: planner,
        payload: {
          hazard_id: tasked,
          assigned_to: fieldUserId,
          due_at: new Date(Date.now() + hours * 3600_000).toISOString(),
          note,
        },
      });
      expect(made.statusCode).toBe(201);
      return made.json().id as number;
    };
    const taskId = await assign(5, "请复查坡脚裂缝");
    // A second task at the same point, due later: answering the first must leave it open.
    const laterTaskId = await assign(48, "雨后再看排水沟");

    // An inspection at the point that does not answer the task leaves it open.
    await storeInspection(tasked, { inspected_at: new Date().toISOString() });

    const page = await loggedInPhone(5000);
    await page.getByTestId("tab-tasks").click();
    const task = page.locator(`[data-task-id="${taskId}"]`);
    await task.waitFor(WAIT);
    expect(await task.textContent()).toContain("丁号任务点");
    expect(await task.textContent()).toContain("请复查坡脚裂缝");
    await page.getByTestId("tasks-badge").waitFor(WAIT);

    // Answered offline: the card came with the task.
    await page.waitForFunction(CARD_CACHED, tasked, WAIT);
    await phone?.context.setOffline(true);
    await page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await task.getByTestId("task-answer").click();
    await page.getByTestId("form-task").waitFor(WAIT);
    await page.locator('input[name="crack-0-width"]').fill("5");
    await page.getByTestId("save-inspection").click();
    await page.locator('[data-testid="outbox"] li[data-state="waiting"]').first().waitFor(WAIT);
    await phone?.context.setOffline(false);
    await page.locator('[data-testid="outbox"] li[data-state="done"]').first().waitFor(WAIT);
    await expect
      .poll(
        async () => {
          const { rows } = await sql<{ closed: number | null }>`
            SELECT closed_inspection_id AS closed FROM field_tasks WHERE id = ${taskId}::int`.execute(db);
          return rows[0]?.closed ?? null;
        },
        { timeout: 30_000, interval: 250 },
      )
      .not.toBeNull();
    const { rows } = await sql<{ id: number; task_id: number | null }>`
      SELECT id, task_id FROM inspections WHERE hazard_id = ${tasked}::int ORDER BY id`.execute(db);
    expect(rows.map((r) => r.task_id)).toEqual([null, taskId]);
    const closed = await sql<{ id: number; closed: number | null }>`
      SELECT id, closed_inspection_id AS closed FROM field_tasks
      WHERE id IN (${taskId}::int, ${laterTaskId}::int) ORDER BY id`.execute(db);
    expect(closed.rows).toEqual([
      { id: taskId, closed: rows[1]?.id },
      { id: laterTaskId, closed: null },
    ]);
    // The phone's list follows once the answer is delivered: the answered task goes, the other stays.
    await page.getByTestId("tab-tasks").click();
    await page.locator(`[data-task-id="${taskId}"]`).waitFor({ state: "detached", ...WAIT });
    expect(await page.locator(`[data-task-id="${laterTaskId}"]`).textContent()).toContain("雨后再看排水沟");
  });

  it("lists the monitor's own points with the last inspection and what is due, by distance or due, offline too", async () => {
    const db = session.server.t.db.kysely;
    // Near and up to date (inspected today, its post-flood check made); far and never inspected.
    const near = await insertFixtureHazard(db, { name: "己号近点", dyM: 7000 });
    const far = await insertFixtureHazard(db, { name: "庚号远点", dyM: 9000 });
    await assignToDemoMonitor(session.server, [near, far]);
    await storeInspection(near, { kind: "post_flood", inspected_at: new Date().toISOString() });

    const page = await loggedInPhone(7000);
    await page.getByTestId("tab-day").click();
    await page.locator(`[data-testid="day-list"][data-sort="distance"] [data-day-id="${far}"]`).waitFor(WAIT);
    const list = page.getByTestId("day-list");
    const order = async () =>
      (
        await list
          .locator("li")
          .evaluateAll((els) =>
            els.map((e) => Number((e as unknown as { dataset: { dayId: string } }).dataset.dayId)),
          )
      ).filter((id) => id === near || id === far);
    expect(await order()).toEqual([near, far]);
    const nearRow = list.locator(`[data-day-id="${near}"]`);
    expect(await nearRow.getByTestId("day-last").textContent()).not.toContain("从未");
    const farRow = list.locator(`[data-day-id="${far}"]`);
    expect(await farRow.getByTestId("day-last").textContent()).toContain("从未");
    expect(await farRow.locator('[data-due="routine"]').count()).toBe(1);

    await page.getByTestId("day-sort-due").click();
    await page.locator('[data-testid="day-list"][data-sort="due"]').waitFor(WAIT);
    expect(await order()).toEqual([far, near]);

    // Offline, from the copy kept on the phone.
    await phone?.context.setOffline(true);
    await page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await page.getByTestId("tab-nearby").click();
    await page.getByTestId("tab-day").click();
    await page.locator(`[data-testid="day-list"] [data-day-id="${far}"]`).waitFor(WAIT);
    expect(await order()).toEqual([far, near]);
    await page.getByTestId("day-sort-distance").click();
    await page.locator('[data-testid="day-list"][data-sort="distance"]').waitFor(WAIT);
    expect(await order()).toEqual([near, far]);
  }, 180_000);

  it("downloads the pack with progress, continues a cut download where it stopped, and updates only what changed", async () => {
    const db = session.server.t.db.kysely;
    // No service worker here: every tile request the page makes is seen (and cut) by the test.
    const page = await loggedInPhone(11_000, "block");
    const requests: { url: string; conditional: boolean }[] = [];
    let cutAfter = Number.POSITIVE_INFINITY;
    await page.route("**/tiles/field/**", async (route) => {
      const conditional = (await route.request().allHeaders())["if-none-match"] !== undefined;
      if (requests.length >= cutAfter) return route.abort("internetdisconnected");
      requests.push({ url: route.request().url(), conditional });
      return route.continue();
    });
    await page.getByTestId("tab-offline").click();
    await page.getByTestId("pack-radius").selectOption("5");
    await page.getByTestId("pack-max-zoom").selectOption("14");
    const estimateOnce = async () => {
      await page.getByRole("button", { name: "估算", exact: true }).click();
      const estimate = page.getByTestId("pack-estimate");
      await estimate.waitFor(WAIT);
      return estimate;
    };
    const first = await estimateOnce();
    const text = (await first.textContent()) as string;
    expect(text).toMatch(/≈ \d+\.\d\d MB/);
    const total = Number(/(\d+) 个瓦片/.exec(text)?.[1]);
    expect(total).toBeGreaterThan(8);
    const sampled = requests.length;
    expect(total - sampled).toBeGreaterThan(6);

    // The connection drops after a few tiles.
    cutAfter = sampled + 3;
    await page.getByTestId("pack-download").click();
    await page.locator(".lpf-error").waitFor(WAIT);
    await page.getByTestId("pack-incomplete").waitFor(WAIT);
    const kept = requests.length;
    expect(kept).toBe(sampled + 3);

    // Back: it continues, asking only for the tiles it does not hold.
    cutAfter = Number.POSITIVE_INFINITY;
    const again = await estimateOnce();
    const toFetch = Number(await again.getAttribute("data-to-fetch"));
    const held = Number(await again.getAttribute("data-held"));
    // every tile of the cut run is held (with this estimate's own samples)
    expect(held).toBeGreaterThanOrEqual(kept);
    expect(held + toFetch).toBe(total);
    expect(await page.getByTestId("pack-download").textContent()).toContain("继续下载");
    const before = requests.length;
    await page.getByTestId("pack-download").click();
    const result = page.getByTestId("pack-result");
    await result.waitFor(WAIT);
    expect(requests.length - before).toBe(toFetch);
    expect(Number(await result.getAttribute("data-held"))).toBe(held);
    expect(await result.textContent()).toMatch(/实际大小 \d+\.\d\d MB/);
    await page
      .getByTestId("pack-progress-text")
      .filter({ hasText: `${total + 1}/${total + 1}` })
      .waitFor(WAIT);
    expect(await page.getByTestId("pack-info").textContent()).toContain(`${total} 个瓦片`);
    expect(await page.getByTestId("pack-incomplete").count()).toBe(0);

    // An update with nothing changed asks for no tile at all.
    await estimateOnce();
    expect(await page.getByTestId("pack-download").textContent()).toContain("更新");
    const quiet = requests.length;
    await page.getByTestId("pack-download").click();
    await page.locator('[data-testid="pack-result"][data-fetched="0"]').waitFor(WAIT);
    expect(requests.length).toBe(quiet);

    // A new point moves the layers' version: every tile is asked for with its ETag; those without the point come back 304.
    await insertFixtureHazard(db, { name: "辛号新点", dyM: 11_000 });
    const stale = await estimateOnce();
    await page.locator('[data-testid="pack-estimate"]').filter({ hasText: "待核对变化" }).waitFor(WAIT);
    const sampledAgain = Number(await stale.getAttribute("data-held"));
    expect(sampledAgain).toBeLessThan(total);
    expect(Number(await stale.getAttribute("data-to-fetch"))).toBe(total - sampledAgain);
    const beforeUpdate = requests.length;
    await page.getByTestId("pack-download").click();
    await page.locator(`[data-testid="pack-result"][data-held="${sampledAgain}"]`).waitFor(WAIT);
    const update = page.getByTestId("pack-result");
    const unchanged = Number(await update.getAttribute("data-unchanged"));
    const fetched = Number(await update.getAttribute("data-fetched"));
    expect(unchanged + fetched).toBe(total - sampledAgain);
    expect(requests.length - beforeUpdate).toBe(total - sampledAgain);
    expect(unchanged).toBeGreaterThan(0);
    expect(fetched).toBeGreaterThan(0);
    // the tiles that came back unchanged were asked for with their ETag
    expect(requests.slice(beforeUpdate).filter((r) => r.conditional).length).toBeGreaterThanOrEqual(
      unchanged,
    );
  }, 180_000);

  it("opens the evacuation view framed on the point, route and shelter, with a legend, and from the pack after an offline reload", async () => {
    const db = session.server.t.db.kysely;
    const point = await insertFixtureHazard(db, { name: "壬号撤离点", dyM: 15_000 });
    await assignToDemoMonitor(session.server, [point]);
    const page = await loggedInPhone(15_000);
    await waitForServiceWorker(page);
    await page.waitForFunction(CARD_CACHED, point, WAIT);
    const card = await session.server.app.inject({ url: `/api/field/hazards/${point}/card` });
    const { lng, lat } = card.json().card as { lng: number; lat: number };

    // The tiles of the place go into the pack.
    await page.getByTestId("tab-offline").click();
    await page.getByTestId("pack-radius").selectOption("2");
    await page.getByTestId("pack-max-zoom").selectOption("15");
    await page.getByRole("button", { name: "估算", exact: true }).click();
    await page.getByTestId("pack-estimate").waitFor(WAIT);
    await page.getByTestId("pack-download").click();
    await page.getByTestId("pack-result").waitFor(WAIT);

    const framed = async () => {
      const map = page.locator("[data-testid='field-map'][data-view-bounds]");
      await map.waitFor(WAIT);
      await expect
        .poll(async () => (await map.getAttribute("data-view-bounds"))?.split(",").length, WAIT)
        .toBe(4);
      const [w, s, e, n] = ((await map.getAttribute("data-view-bounds")) as string)
        .split(",")
        .map(Number) as [number, number, number, number];
      // the point and its shelter (0.002° east, at the end of the route) are in view, and the view is close in
      expect(w).toBeLessThan(lng);
      expect(e).toBeGreaterThan(lng + 0.002);
      expect(s).toBeLessThan(lat);
      expect(n).toBeGreaterThan(lat);
      expect(e - w).toBeLessThan(0.02);
      const legend = page.getByTestId("evacuation-legend");
      await legend.waitFor(WAIT);
      const words = (await legend.textContent()) as string;
      expect(words).toContain("壬号撤离点");
      expect(words).toContain("撤离路线");
      expect(words).toContain("避险场所：村委会");
    };
    await page.evaluate((id) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#map/${id}`;
    }, point);
    await framed();
    expect(await seriousContrastProblems(page)).toEqual([]);

    // Offline, a reload draws the map from the pack: the tiles seen online are dropped first.
    await page.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          caches: { keys(): Promise<string[]>; delete(k: string): Promise<boolean> };
        }
      ).caches;
      for (const name of await c.keys()) if (name.includes("seen")) await c.delete(name);
    });
    await phone?.context.setOffline(true);
    const fromPack: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/tiles/field/") && r.fromServiceWorker() && r.status() === 200)
        fromPack.push(r.url());
    });
    const started = Date.now();
    await page.reload();
    await framed();
    await expect.poll(() => fromPack.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 180_000);
});
