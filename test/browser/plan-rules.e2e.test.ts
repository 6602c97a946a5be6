import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  ARTIFACTS,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";
import type { PageGlobals } from "../support/map-page.ts";

describe.skipIf(!runBrowserTests)("/plan's plan-rules tab in Chromium", () => {
  let server: AppServer;
  let browser: ChromiumSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    page = browser.page;
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/plan`);
    await page
      .getByTestId("demo-accounts")
      .getByRole("button", { name: /planner/ })
      .click();
    await page.getByTestId("planner-login").getByRole("button", { name: "登录" }).click();
    await page.getByTestId("planner").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists the non-coal mines by class with reasons and draws them on the map", async () => {
    await page.locator('[data-tab="rules"]').click();
    const table = page.getByTestId("rectification-table");
    await table.waitFor({ timeout: 30_000 });
    const rows = await table.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.getByTestId("new-vs-closed").textContent()).toMatch(/\d+ \/ \d+/);
    await page.waitForFunction(
      () => {
        const map = (globalThis as unknown as PageGlobals).__lianpianMap as unknown as {
          getSource(id: string): unknown;
        };
        return Boolean(map?.getSource("plan-rules-theme"));
      },
      undefined,
      { timeout: 30_000 },
    );
    // Filter by the class of the first mine listed (the demo's mix of classes is not fixed).
    const rowsOf = '[data-testid="rectification-table"] tbody tr';
    const chosen = (await table.locator("tbody tr").first().getAttribute("data-class")) as string;
    expect(chosen).toBeTruthy();
    await page.getByLabel("执行类别").selectOption(chosen);
    await expect
      .poll(
        async () => {
          const classes = await page
            .locator(rowsOf)
            .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-class")));
          return classes.length > 0 && classes.every((c) => c === chosen);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.locator(rowsOf).count()).toBeGreaterThan(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "plan-rules.png") });
  });

  it("ranks the Chengqu pits nearest first", async () => {
    await page.getByRole("tab", { name: /历史遗留矿坑/ }).click();
    const table = page.getByTestId("pits-table");
    await table.waitFor({ timeout: 30_000 });
    const ranks = await table.locator("tbody tr td:first-child").allTextContents();
    expect(ranks.length).toBeGreaterThan(0);
    expect(ranks).toEqual(ranks.map((_, i) => String(i + 1)));
    expect(await page.getByTestId("pits-progress").textContent()).toContain("2025");
  });

  it("shows each Jincheng county's rates beside the plan's targets", async () => {
    await page.getByRole("tab", { name: /水保与绿色矿山/ }).click();
    const table = page.getByTestId("rates-table");
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    expect(await table.textContent()).toContain("74.61");
    expect(pageErrors).toEqual([]);
  });
});
