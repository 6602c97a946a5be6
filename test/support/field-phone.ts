import { assignMonitor } from "@lianpian/db";
import type { Page } from "playwright-core";
import type { AppServer, ContextOptions } from "./browser.ts";

/**
 * A monitor's phone for /field: a 360 × 740 touch screen standing at `at`, allowed to read
 * its position, with service workers on unless `serviceWorkers` blocks them.
 */
export function phoneContext(
  at: { longitude: number; latitude: number; accuracy: number },
  serviceWorkers: "allow" | "block" = "allow",
): ContextOptions {
  return {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    geolocation: at,
    permissions: ["geolocation"],
    serviceWorkers,
  };
}

/** Fills /field's login form (on the page) with the demo monitor account and submits it. */
export async function submitDemoMonitorLogin(page: Page): Promise<void> {
  await page.locator('input[name="username"]').fill("field");
  await page.locator('input[name="password"]').fill("field-demo-2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Puts the hazard points on the demo monitor's ("field") beat; returns the monitor's user id. */
export async function assignToDemoMonitor(server: AppServer, hazardIds: number[]): Promise<number> {
  const db = server.t.db.kysely;
  const monitor = await db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "field")
    .executeTakeFirstOrThrow();
  await assignMonitor(db, monitor.id, hazardIds);
  return monitor.id;
}

/** Waits until the service worker controls the page, so that it opens offline. */
export async function waitForServiceWorker(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { navigator: { serviceWorker?: { controller: unknown } } }).navigator
        .serviceWorker?.controller != null,
    undefined,
    { timeout },
  );
}

/** The page's IndexedDB, as much of it as CARD_CACHED reads (the tests have no DOM library). */
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

/**
 * Whether the phone's own database (IndexedDB lianpian-field) holds the card of point `id`.
 * Runs in the page, passed as a function (the app's CSP forbids evaluating strings):
 * `page.waitForFunction(CARD_CACHED, id)`.
 */
export const CARD_CACHED = (id: number) =>
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
