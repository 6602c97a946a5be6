import { FIXTURE_ORIGIN, insertFixtureHazard } from "@lianpian/db/testing";
import { tinyPng } from "@lianpian/domain/testing";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { pageSession, runBrowserTests } from "../support/browser.ts";
import {
  assignToDemoMonitor,
  CARD_CACHED,
  phoneContext,
  submitDemoMonitorLogin,
  waitForServiceWorker,
} from "../support/field-phone.ts";
import { seriousContrastProblems } from "./axe-contrast.ts";

const WAIT = { timeout: 45_000 };
describe.skipIf(!runBrowserTests)("the field face on a phone, online and offline", () => {
  const ids = { nearest: 0, second: 0 };
  const pageErrors: string[] = [];

  // The phone stands 23 m south of the nearest point ("20 m" when rounded); the second is 400 m off.
  const [lng0, lat0] = FIXTURE_ORIGIN;
  const session = pageSession({
    context: phoneContext({ longitude: lng0, latitude: lat0 - 23 / 110_950, accuracy: 8 }),
    prepare: async (server) => {
      const db = server.t.db.kysely;
      ids.nearest = await insertFixtureHazard(db, { name: "甲号测试点" });
      ids.second = await insertFixtureHazard(db, { dxM: 400, name: "乙号测试点" });
      await assignToDemoMonitor(server, [ids.nearest, ids.second]);
    },
    onPage: (page) => page.on("pageerror", (error) => pageErrors.push(error.message)),
  });

  async function inspectionsOf(hazardId: number) {
    const { rows } = await sql<{ client_key: string; id: number; photo_manifest: { sha256: string }[] }>`
      SELECT client_key::text AS client_key, id, photo_manifest FROM inspections
      WHERE hazard_id = ${hazardId}::int ORDER BY id`.execute(session.server.t.db.kysely);
    return rows;
  }

  async function photosOf(inspectionId: number) {
    const { rows } = await sql<{ sha256: string; data: Uint8Array }>`
      SELECT sha256, data FROM inspection_photos WHERE inspection_id = ${inspectionId}::int`.execute(
      session.server.t.db.kysely,
    );
    return rows;
  }

  /** Opens the card of a point from the nearby list, then its form; fills a crack and adds a photo. */
  async function fillInspection(hazardId: number, photoGrey: number) {
    await session.page.locator(`[data-hazard-id="${hazardId}"]`).click();
    await session.page.getByTestId("inspect").click();
    await session.page.locator('input[name="crack-0-width"]').fill("12.5");
    await session.page.locator('input[name="crack-0-change"]').fill("0,5");
    await session.page.getByTestId("photo-input").setInputFiles({
      name: "slope.png",
      mimeType: "image/png",
      buffer: tinyPng(photoGrey, 64, 48),
    });
    await session.page.locator('[data-testid="photo-thumbs"][data-count="1"]').waitFor(WAIT);
  }

  const stateOf = (key: string) =>
    session.page.locator(`[data-client-key="${key}"]`).getAttribute("data-state");

  // Every test starts online on a freshly opened /field, logged in, whatever ran before it.
  beforeEach(async () => {
    await session.browser.context.setOffline(false);
    await session.page.goto(`${session.server.origin}/field`);
    const loginForm = session.page.locator('input[name="username"]');
    // the login form, or the logged-in status line (the face is empty while it reads the remembered session)
    await session.page.locator('[data-testid="online-state"], input[name="username"]').first().waitFor(WAIT);
    if (await loginForm.isVisible()) await submitDemoMonitorLogin(session.page);
    await session.page.locator('[data-testid="nearest-list"][data-source="server"]').waitFor(WAIT);
  });

  it("logs in a monitor and lists the nearest point first, with distance and direction", async () => {
    await session.page.locator('[data-testid="field-face"] .lpf-status button').click();
    await submitDemoMonitorLogin(session.page);
    const list = session.page.locator('[data-testid="nearest-list"][data-source="server"]');
    await list.waitFor(WAIT);
    const first = list.locator("li button").first();
    await expect(first.getAttribute("data-hazard-id")).resolves.toBe(String(ids.nearest));
    const text = await first.textContent();
    expect(text).toContain("甲号测试点");
    expect(text).toContain("20 m");
    expect(text).toContain("北");
    // the phone layout fits a 360-px screen: nothing scrolls sideways
    const overflow = (await session.page.evaluate(
      "document.documentElement.scrollWidth - window.innerWidth",
    )) as number;
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("serves the app shell from the service worker when offline", async () => {
    await waitForServiceWorker(session.page);
    // The monitored points reached the phone's own database.
    await session.page.waitForFunction(CARD_CACHED, ids.nearest, WAIT);
    await session.page.waitForFunction(CARD_CACHED, ids.second, WAIT);
    await session.browser.context.setOffline(true);
    const response = await session.page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await session.page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await expect(
      session.page.evaluate(() =>
        fetch("/health").then(
          () => "reached",
          () => "unreachable",
        ),
      ),
    ).resolves.toBe("unreachable");
    const list = session.page.locator('[data-testid="nearest-list"][data-source="cache"]');
    await list.waitFor(WAIT);
    await expect(list.locator("li button").first().getAttribute("data-hazard-id")).resolves.toBe(
      String(ids.nearest),
    );
  });

  it("keeps an inspection with a photo made offline through a reload, and stores it exactly once online", async () => {
    await waitForServiceWorker(session.page);
    await session.page.waitForFunction(CARD_CACHED, ids.nearest, WAIT);
    await session.page.waitForFunction(CARD_CACHED, ids.second, WAIT);
    await session.browser.context.setOffline(true);
    await session.page.getByTestId("online-state").filter({ hasText: "离线" }).waitFor(WAIT);
    await fillInspection(ids.nearest, 90);
    await session.page.getByTestId("save-inspection").click();
    const item = session.page.locator("[data-client-key]").first();
    await item.waitFor(WAIT);
    const key = (await item.getAttribute("data-client-key")) as string;
    expect(await stateOf(key)).toBe("waiting");

    await session.page.reload();
    await session.page.locator(`[data-client-key="${key}"][data-state="waiting"]`).waitFor(WAIT);
    const keyed = async () => (await inspectionsOf(ids.nearest)).filter((r) => r.client_key === key);
    expect(await keyed()).toEqual([]);

    await session.browser.context.setOffline(false);
    await session.page.locator(`[data-client-key="${key}"][data-state="done"]`).waitFor(WAIT);
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
    await session.page.route("**/api/inspections", async (route) => {
      if (route.request().method() === "POST" && cutInspection) {
        cutInspection = false;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await session.page.route("**/api/inspections/*/photos/*", async (route) => {
      if (cutPhoto) {
        cutPhoto = false;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await session.page.getByTestId("tab-nearby").click();
    await fillInspection(ids.second, 30);
    // Two taps on save in one go: the form makes one outbox item.
    await session.page.getByTestId("save-inspection").evaluate((element) => {
      const button = element as unknown as { click(): void };
      button.click();
      button.click();
    });
    const row = session.page.locator("[data-client-key]").filter({ hasText: "乙号测试点" });
    await row.first().waitFor(WAIT);
    expect(await row.count()).toBe(1);
    const key = (await row.getAttribute("data-client-key")) as string;
    await session.page.locator(`[data-client-key="${key}"][data-state="done"]`).waitFor(WAIT);
    expect(cutInspection || cutPhoto).toBe(false);
    const stored = await inspectionsOf(ids.second);
    expect(stored.map((r) => r.client_key)).toEqual([key]);
    expect(await photosOf(stored[0]?.id ?? 0)).toHaveLength(1);
    await session.page.unroute("**/api/inspections");
    await session.page.unroute("**/api/inspections/*/photos/*");
  });

  it("tells the monitor when the point changed on the server after the download", async () => {
    await session.server.t.db.kysely
      .insertInto("hazard_thresholds")
      .values({ hazard_id: ids.nearest, parameter: "rainfall_mm", warn_value: 80 })
      .execute();
    await session.page.getByTestId("tab-nearby").click();
    await session.browser.context.setOffline(true);
    await fillInspection(ids.nearest, 160);
    await session.page.getByTestId("save-inspection").click();
    await session.browser.context.setOffline(false);
    const conflict = session.page.getByTestId("conflict").first();
    await conflict.waitFor(WAIT);
    expect(await conflict.textContent()).toContain("已被修改");
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM inspections
      WHERE hazard_id = ${ids.nearest}::int AND needs_review AND review_reason = 'hazard_changed'`.execute(
      session.server.t.db.kysely,
    );
    expect(rows[0]?.n).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(!runBrowserTests)("contrast on the phone (axe-core)", () => {
  let loginProblems: unknown[] = [];
  const [lng0, lat0] = FIXTURE_ORIGIN;
  const session = pageSession({
    context: phoneContext({ longitude: lng0, latitude: lat0 + 2000 / 110_950, accuracy: 10 }),
    prepare: async (server) => {
      const db = server.t.db.kysely;
      const watched = await insertFixtureHazard(db, {
        name: "丙号阈值点",
        dyM: 2000,
        thresholds: [{ parameter: "crack_change_mm", warnValue: 10 }],
      });
      const tasked = await insertFixtureHazard(db, { name: "丁号任务点", dyM: 2400 });
      await assignToDemoMonitor(server, [watched, tasked]);
    },
    // the login screen is checked before the monitor logs in
    logIn: async (page, origin) => {
      await page.goto(`${origin}/field`);
      await page.locator('input[name="username"]').waitFor(WAIT);
      loginProblems = await seriousContrastProblems(page);
      await submitDemoMonitorLogin(page);
      await page.getByTestId("field-face").waitFor(WAIT);
    },
  });

  it("passes the contrast check on the login, nearby, day, outbox, offline and tasks screens", async () => {
    for (const tab of ["nearby", "day", "tasks", "outbox", "offline"]) {
      await session.page.getByTestId(`tab-${tab}`).click();
      await session.page.locator(`[data-testid="tab-${tab}"][aria-current="page"]`).waitFor(WAIT);
      await session.page.waitForTimeout(300);
      expect(await seriousContrastProblems(session.page), tab).toEqual([]);
    }
    expect(loginProblems).toEqual([]);
  });
});
