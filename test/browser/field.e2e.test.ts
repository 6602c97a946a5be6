import { assignMonitor } from "@lianpian/db";
import { FIXTURE_ORIGIN, insertFixtureHazard } from "@lianpian/db/testing";
import { tinyPng } from "@lianpian/domain/testing";
import { sql } from "kysely";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type AppServer,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";
import { seriousContrastProblems } from "./axe-contrast.ts";

const WAIT = { timeout: 45_000 };
/** The page's IndexedDB, as much of it as the checks below use (this file has no DOM library). */
type PageIdb = {
  indexedDB: {
    open(name: string): {
      onsuccess: (() => void) | null;
      result: {
        close(): void;
        transaction(store: string): {
          objectStore(store: string): { count(): { onsuccess: (() => void) | null; result: number } };
        };
      };
    };
  };
};

// Runs in the page, as a function: the app's CSP forbids evaluating strings.
const CARDS_CACHED = () =>
  new Promise<boolean>((resolve) => {
    const open = (globalThis as unknown as PageIdb).indexedDB.open("lianpian-field");
    open.onsuccess = () => {
      const count = open.result.transaction("cards").objectStore("cards").count();
      count.onsuccess = () => {
        open.result.close();
        resolve(count.result >= 2);
      };
    };
  });

describe.skipIf(!runBrowserTests)("the field face on a phone, online and offline", () => {
  let h: AppServer;
  let browser: ChromiumSession;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const ids = { nearest: 0, second: 0 };
  const pageErrors: string[] = [];

  // The phone stands 23 m south of the nearest point ("20 m" when rounded); the second is 400 m off.
  const [lng0, lat0] = FIXTURE_ORIGIN;
  const phone = { longitude: lng0, latitude: lat0 - 23 / 110_950, accuracy: 8 };

  beforeAll(async () => {
    h = await startAppServer();
    origin = h.origin;
    const db = h.t.db.kysely;
    ids.nearest = await insertFixtureHazard(db, { name: "甲号测试点" });
    ids.second = await insertFixtureHazard(db, { dxM: 400, name: "乙号测试点" });
    const field = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "field")
      .executeTakeFirstOrThrow();
    await assignMonitor(db, field.id, [ids.nearest, ids.second]);

    browser = await launchChromium({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: phone,
      permissions: ["geolocation"],
      serviceWorkers: "allow",
    });
    ({ context, page } = browser);
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function inspectionsOf(hazardId: number) {
    const { rows } = await sql<{ client_key: string; id: number; photo_manifest: { sha256: string }[] }>`
      SELECT client_key::text AS client_key, id, photo_manifest FROM inspections
      WHERE hazard_id = ${hazardId}::int ORDER BY id`.execute(h.t.db.kysely);
    return rows;
  }

  async function photosOf(inspectionId: number) {
    const { rows } = await sql<{ sha256: string; data: Uint8Array }>`
      SELECT sha256, data FROM inspection_photos WHERE inspection_id = ${inspectionId}::int`.execute(
      h.t.db.kysely,
    );
    return rows;
  }

  /** Opens the card of a point from the nearby list, then its form; fills a crack and adds a photo. */
  async function fillInspection(hazardId: number, photoGrey: number) {
    await page.locator(`[data-hazard-id="${hazardId}"]`).click();
    await page.getByTestId("inspect").click();
    await page.locator('input[name="crack-0-width"]').fill("12.5");
    await page.locator('input[name="crack-0-change"]').fill("0,5");
    await page.getByTestId("photo-input").setInputFiles({
      name: "slope.png",
      mimeType: "image/png",
      buffer: tinyPng(photoGrey, 64, 48),
    });
    await page.locator('[data-testid="photo-thumbs"][data-count="1"]').waitFor(WAIT);
  }

  const stateOf = (key: string) => page.locator(`[data-client-key="${key}"]`).getAttribute("data-state");

  async function logIn() {
    await page.locator('input[name="username"]').fill("field");
    await page.locator('input[name="password"]').fill("field-demo-2026");
    await page.getByRole("button", { name: "登录", exact: true }).click();
  }

  // Every test starts online on a freshly opened /field, logged in, whatever ran before it.
  beforeEach(async () => {
    await context.setOffline(false);
    await page.goto(`${origin}/field`);
    const loginForm = page.locator('input[name="username"]');
    // the login form, or the logged-in status line (the face is empty while it reads the remembered session)
    await page.locator('[data-testid="online-state"], input[name="username"]').first().waitFor(WAIT);
    if (await loginForm.isVisible()) await logIn();
    await page.locator('[data-testid="nearest-list"][data-source="server"]').waitFor(WAIT);
  });

  it("logs in a monitor and lists the nearest point first, with distance and direction", async () => {
    await page.locator('[data-testid="field-face"] .lpf-status button').click();
    await logIn();
    const list = page.locator('[data-testid="nearest-list"][data-source="server"]');
    await list.waitFor(WAIT);
    const first = list.locator("li button").first();
    await expect(first.getAttribute("data-hazard-id")).resolves.toBe(String(ids.nearest));
    const text = await first.textContent();
    expect(text).toContain("甲号测试点");
    expect(text).toContain("20 m");
    expect(text).toContain("北");
    // the phone layout fits a 360-px screen: nothing scrolls sideways
    const overflow = (await page.evaluate(
      "document.documentElement.scrollWidth - window.innerWidth",
    )) as number;
    expect(overflow).toBeLessThanOrEqual(0);
  });

  /** The service worker controls the page, so it opens offline. */
  const controlledBySw = () =>
    page.waitForFunction(
      () =>
        (globalThis as unknown as { navigator: { serviceWorker?: { controller: unknown } } }).navigator
          .serviceWorker?.controller != null,
      undefined,
      WAIT,
    );

  it("serves the app shell from the service worker when offline", async () => {
    await controlledBySw();
    // The monitored points reached the phone's own database.
    await page.waitForFunction(CARDS_CACHED, undefined, WAIT);
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await expect(
      page.evaluate(() =>
        fetch("/health").then(
          () => "reached",
          () => "unreachable",
        ),
      ),
    ).resolves.toBe("unreachable");
    const list = page.locator('[data-testid="nearest-list"][data-source="cache"]');
    await list.waitFor(WAIT);
    await expect(list.locator("li button").first().getAttribute("data-hazard-id")).resolves.toBe(
      String(ids.nearest),
    );
  });

  it("keeps an inspection with a photo made offline through a reload, and stores it exactly once online", async () => {
    await controlledBySw();
    await page.waitForFunction(CARDS_CACHED, undefined, WAIT);
    await context.setOffline(true);
    await page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await fillInspection(ids.nearest, 90);
    await page.getByTestId("save-inspection").click();
    const item = page.locator("[data-client-key]").first();
    await item.waitFor(WAIT);
    const key = (await item.getAttribute("data-client-key")) as string;
    expect(await stateOf(key)).toBe("waiting");

    await page.reload();
    await page.locator(`[data-client-key="${key}"][data-state="waiting"]`).waitFor(WAIT);
    const keyed = async () => (await inspectionsOf(ids.nearest)).filter((r) => r.client_key === key);
    expect(await keyed()).toEqual([]);

    await context.setOffline(false);
    await page.locator(`[data-client-key="${key}"][data-state="done"]`).waitFor(WAIT);
    const stored = await keyed();
    expect(stored).toHaveLength(1);
    const photos = await photosOf(stored[0]?.id ?? 0);
    expect(photos).toHaveLength(1);
    // Kept under the SHA-256 the phone declared; the bytes are the server's own re-encoding of it.
    expect(photos[0]?.sha256).toBe(stored[0]?.photo_manifest[0]?.sha256);
    const bytes = Buffer.from(photos[0]?.data ?? []);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // a JPEG (the phone's, then the server's)
  });

  it("stores one inspection and one photo when the connection is cut after the server stored them", async () => {
    let cutInspection = true;
    let cutPhoto = true;
    // The request reaches the server and is stored; the phone never hears back.
    await page.route("**/api/inspections", async (route) => {
      if (route.request().method() === "POST" && cutInspection) {
        cutInspection = false;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await page.route("**/api/inspections/*/photos/*", async (route) => {
      if (cutPhoto) {
        cutPhoto = false;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await page.getByTestId("tab-nearby").click();
    await fillInspection(ids.second, 30);
    // Two taps on save in one go: the form makes one outbox item.
    await page.getByTestId("save-inspection").evaluate((element) => {
      const button = element as unknown as { click(): void };
      button.click();
      button.click();
    });
    const row = page.locator("[data-client-key]").filter({ hasText: "乙号测试点" });
    await row.first().waitFor(WAIT);
    expect(await row.count()).toBe(1);
    const key = (await row.getAttribute("data-client-key")) as string;
    await page.locator(`[data-client-key="${key}"][data-state="done"]`).waitFor(WAIT);
    expect(cutInspection || cutPhoto).toBe(false);
    const stored = await inspectionsOf(ids.second);
    expect(stored.map((r) => r.client_key)).toEqual([key]);
    expect(await photosOf(stored[0]?.id ?? 0)).toHaveLength(1);
    await page.unroute("**/api/inspections");
    await page.unroute("**/api/inspections/*/photos/*");
  });

  it("tells the monitor when the point changed on the server after the download", async () => {
    await h.t.db.kysely
      .insertInto("hazard_thresholds")
      .values({ hazard_id: ids.nearest, parameter: "rainfall_mm", warn_value: 80 })
      .execute();
    await page.getByTestId("tab-nearby").click();
    await context.setOffline(true);
    await fillInspection(ids.nearest, 160);
    await page.getByTestId("save-inspection").click();
    await context.setOffline(false);
    const conflict = page.getByTestId("conflict").first();
    await conflict.waitFor(WAIT);
    expect(await conflict.textContent()).toContain("已被修改");
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM inspections
      WHERE hazard_id = ${ids.nearest}::int AND needs_review AND review_reason = 'hazard_changed'`.execute(
      h.t.db.kysely,
    );
    expect(rows[0]?.n).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(!runBrowserTests)("contrast on the phone (axe-core)", () => {
  let h: AppServer;
  let browser: ChromiumSession;
  let page: Page;
  const ids = { watched: 0, tasked: 0 };
  let loginProblems: unknown[] = [];
  const [lng0, lat0] = FIXTURE_ORIGIN;

  beforeAll(async () => {
    h = await startAppServer();
    const db = h.t.db.kysely;
    ids.watched = await insertFixtureHazard(db, {
      name: "丙号阈值点",
      dyM: 2000,
      thresholds: [{ parameter: "crack_change_mm", warnValue: 10 }],
    });
    ids.tasked = await insertFixtureHazard(db, { name: "丁号任务点", dyM: 2400 });
    const field = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "field")
      .executeTakeFirstOrThrow();
    await assignMonitor(db, field.id, [ids.watched, ids.tasked]);
    browser = await launchChromium({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: { longitude: lng0, latitude: lat0 + 2000 / 110_950, accuracy: 10 },
      permissions: ["geolocation"],
      serviceWorkers: "allow",
    });
    ({ page } = browser);
    await page.goto(`${h.origin}/field`);
    await page.locator('input[name="username"]').waitFor(WAIT);
    loginProblems = await seriousContrastProblems(page);
    await page.locator('input[name="username"]').fill("field");
    await page.locator('input[name="password"]').fill("field-demo-2026");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByTestId("field-face").waitFor(WAIT);
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("passes the contrast check on the login, nearby, day, outbox, offline and tasks screens", async () => {
    for (const tab of ["nearby", "day", "tasks", "outbox", "offline"]) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.locator(`[data-testid="tab-${tab}"][aria-current="page"]`).waitFor(WAIT);
      await page.waitForTimeout(300);
      expect(await seriousContrastProblems(page), tab).toEqual([]);
    }
    expect(loginProblems).toEqual([]);
  });
});
