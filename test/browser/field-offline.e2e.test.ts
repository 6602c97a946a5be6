import { assignMonitor } from "@lianpian/db";
import { FIXTURE_ORIGIN, fixtureInspection, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";

const WAIT = { timeout: 45_000 };
const [lng0, lat0] = FIXTURE_ORIGIN;

/** The page's IndexedDB, as much of it as the check below uses (this file has no DOM library). */
type PageIdb = {
  indexedDB: {
    open(name: string): {
      onsuccess: (() => void) | null;
      result: {
        close(): void;
        transaction(store: string): {
          objectStore(store: string): {
            get(key: number): { onsuccess: (() => void) | null; result: unknown };
          };
        };
      };
    };
  };
};

// Runs in the page, as a function: the app's CSP forbids evaluating strings.
const CARD_CACHED = (id: number) =>
  new Promise<boolean>((resolve) => {
    const open = (globalThis as unknown as PageIdb).indexedDB.open("lianpian-field");
    open.onsuccess = () => {
      const got = open.result.transaction("cards").objectStore("cards").get(id);
      got.onsuccess = () => {
        open.result.close();
        resolve(got.result !== undefined);
      };
    };
  });

/**
 * Each test opens its own phone (a fresh browser profile), logs in and sets up
 * its own points, so the tests do not depend on each other's order.
 */
describe.skipIf(!runBrowserTests)("the phone offline: thresholds and tasks", () => {
  let h: AppServer;
  let phone: ChromiumSession | null = null;
  let fieldUserId = 0;

  beforeAll(async () => {
    h = await startAppServer();
    const field = await h.t.db.kysely
      .selectFrom("users")
      .select("id")
      .where("username", "=", "field")
      .executeTakeFirstOrThrow();
    fieldUserId = field.id;
  });

  afterEach(async () => {
    await phone?.close();
    phone = null;
  });

  afterAll(async () => {
    await h?.close();
  });

  /** A fresh phone standing `dyM` metres north of the fixture origin, logged in as the demo monitor. */
  async function loggedInPhone(dyM: number): Promise<Page> {
    phone = await launchChromium({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: { longitude: lng0, latitude: lat0 + dyM / 110_950, accuracy: 10 },
      permissions: ["geolocation"],
      serviceWorkers: "allow",
    });
    const page = phone.page;
    await page.goto(`${h.origin}/field`);
    await page.locator('input[name="username"]').fill("field");
    await page.locator('input[name="password"]').fill("field-demo-2026");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.locator('[data-testid="nearest-list"][data-source="server"]').waitFor(WAIT);
    return page;
  }

  const open = (page: Page, hash: string) =>
    page.evaluate((h) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = h;
    }, hash);

  it("warns of a value over the point's threshold offline, before saving, and sends that record first", async () => {
    const db = h.t.db.kysely;
    const watched = await insertFixtureHazard(db, {
      name: "丙号阈值点",
      dyM: 3000,
      thresholds: [{ parameter: "crack_change_mm", warnValue: 10 }],
    });
    const calm = await insertFixtureHazard(db, { name: "戊号平稳点", dyM: 3100 });
    await assignMonitor(db, fieldUserId, [watched, calm]);
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
    const db = h.t.db.kysely;
    const tasked = await insertFixtureHazard(db, { name: "丁号任务点", dyM: 5000 });
    await assignMonitor(db, fieldUserId, [tasked]);
    const login = async (username: string, password: string) => {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password },
      });
      return { authorization: `Bearer ${res.json().token}` };
    };
    const planner = await login("planner", "planner-demo-2026");
    const assign = async (hours: number, note: string) => {
      const made = await h.app.inject({
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
    const version = await db
      .selectFrom("hazard_points")
      .select("version")
      .where("id", "=", tasked)
      .executeTakeFirstOrThrow();
    const other = await h.app.inject({
      method: "POST",
      url: "/api/inspections",
      headers: await login("field", "field-demo-2026"),
      payload: fixtureInspection(tasked, version.version, { inspected_at: new Date().toISOString() }),
    });
    expect(other.statusCode).toBe(201);

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
});
