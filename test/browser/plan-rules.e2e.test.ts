import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import type { MapLike, PageGlobals } from "../support/map-page.ts";

const POLL = { timeout: 45_000, interval: 500 };

describe.skipIf(!runBrowserTests)("/plan's plan-rules tab in Chromium", () => {
  const pageErrors: string[] = [];
  const session = plannerSession({
    context: { viewport: { width: 1400, height: 900 } },
    onPage: (page) => page.on("pageerror", (error) => pageErrors.push(error.message)),
  });
  /** Each test opens the rules tab itself (logged in by the session's cookie), whatever ran before. */
  const openRulesTab = async () => {
    await session.page.goto(`${session.server.origin}/plan?tab=rules`);
    await session.page.getByTestId("planner").waitFor();
  };

  it("lists the non-coal mines by class with reasons and draws them on the map", async () => {
    await openRulesTab();
    const table = session.page.getByTestId("rectification-table");
    await table.waitFor({ timeout: 30_000 });
    const rows = await table.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    expect(await session.page.getByTestId("new-vs-closed").textContent()).toMatch(/\d+ \/ \d+/);
    await session.page.waitForFunction(
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
    await session.page.getByLabel("执行类别").selectOption(chosen);
    await expect
      .poll(
        async () => {
          const classes = await session.page
            .locator(rowsOf)
            .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-class")));
          return classes.length > 0 && classes.every((c) => c === chosen);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await session.page.locator(rowsOf).count()).toBeGreaterThan(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-rules.png") });
  });

  it("ranks the Chengqu pits nearest first", async () => {
    await openRulesTab();
    await session.page.getByRole("tab", { name: /历史遗留矿坑/ }).click();
    const table = session.page.getByTestId("pits-table");
    await table.waitFor({ timeout: 30_000 });
    const ranks = await table.locator("tbody tr td:first-child").allTextContents();
    expect(ranks.length).toBeGreaterThan(0);
    expect(ranks).toEqual(ranks.map((_, i) => String(i + 1)));
    expect(await session.page.getByTestId("pits-progress").textContent()).toContain("2025");
  });

  it("shows each Jincheng county's rates beside the plan's targets", async () => {
    await openRulesTab();
    await session.page.getByRole("tab", { name: /水保与绿色矿山/ }).click();
    const table = session.page.getByTestId("rates-table");
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    expect(await table.textContent()).toContain("74.61");
    expect(pageErrors).toEqual([]);
  });

  it("adds a check dam through the form and draws it in the map's check_dams layer", async () => {
    // logged in by the session (its cookie); the page opens on the rules tab by itself
    await session.page.goto(`${session.server.origin}/plan?tab=rules`);
    await session.page.getByTestId("rules-panel").waitFor({ timeout: 30_000 });
    await session.page.getByRole("tab", { name: /水保与绿色矿山/ }).click();
    await session.page.getByRole("button", { name: "新增", exact: true }).click();
    const form = session.page.getByTestId("check-dam-form");
    await form.waitFor();
    // the shared domain rule refuses an empty form before anything is sent
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => form.locator("em").count(), POLL).toBeGreaterThan(3);
    await form.getByLabel("编号").fill("E2E-YDB-1");
    await form.getByLabel("名称").fill("端到端沟淤地坝");
    await form.getByLabel("坝型").selectOption("key");
    await form.getByLabel("库容（万m³）").fill("42.5");
    await form.getByLabel("控制面积（km²）").fill("3.2");
    await form.getByLabel("风险等级").selectOption("high");
    await form.getByLabel("责任单位").fill("沁水县水利局");
    // the style is parsed and the counties are drawn (loaded() stays false while tiles load under load)
    await session.page.waitForFunction(
      () => {
        const map = (globalThis as unknown as PageGlobals).__lianpianMap;
        return (
          Boolean(map?.getLayersOrder().includes("check-dams-circle")) &&
          map?.queryRenderedFeatures().some((f) => f.sourceLayer === "counties")
        );
      },
      undefined,
      { timeout: 60_000 },
    );
    await form.getByRole("button", { name: "在地图上点选" }).click();
    const box = await session.page.getByTestId("plan-map").boundingBox();
    if (!box) throw new Error("no map on the page");
    await session.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => session.page.getByTestId("dam-position").textContent(), POLL)
      .toMatch(/^1\d\d\.\d+, 3\d\.\d+$/);
    await form.getByRole("button", { name: "保存" }).click();
    await expect
      .poll(() => session.page.getByTestId("dams-table").textContent(), POLL)
      .toContain("E2E-YDB-1");
    // the map flies to the dam; the tiles there carry its code
    await expect
      .poll(
        () =>
          session.page.evaluate(() => {
            const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
            return map
              .querySourceFeatures("lianpian", { sourceLayer: "check_dams" })
              .some((f) => f.properties.code === "E2E-YDB-1" && f.properties.risk_level === "high");
          }),
        POLL,
      )
      .toBe(true);
    const layers = await session.page.evaluate(() =>
      ((globalThis as unknown as PageGlobals).__lianpianMap as MapLike).getLayersOrder(),
    );
    expect(layers).toContain("check-dams-circle");
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-rules-check-dam.png") });
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("shows the soil-and-water and green-mine charts on the public dashboard, each naming its document", async () => {
    // a dam of its own, so this test draws the dams chart whatever ran before it
    await sql`INSERT INTO check_dams (code, name_zh, county_code, dam_type, storage_wan_m3, control_area_km2,
        condition, risk_level, responsible_unit, geom, data_source)
      VALUES ('E2E-PUB-1', '公开页沟淤地坝', '140522', 'medium', 8, 1.2, 'poor', 'medium', '阳城县水利局',
              ST_SetSRID(ST_MakePoint(112.4, 35.5), 4326), 'browser test')
      ON CONFLICT (code) DO NOTHING`.execute(session.server.t.db.kysely);
    await session.page.goto(`${session.server.origin}/public?tab=charts`);
    const swc = session.page.locator('[data-chart="swc-years"]');
    const green = session.page.locator('[data-chart="green-counties"]');
    const dams = session.page.locator('[data-chart="check-dams"]');
    await swc.waitFor({ timeout: 30_000 });
    await green.waitFor({ timeout: 30_000 });
    await dams.waitFor({ timeout: 30_000 });
    for (const card of [swc, green, dams]) {
      expect(await card.locator(".lp-pub-sources").textContent()).toContain("晋城市水土保持规划");
      expect(await card.textContent()).not.toContain("长治");
      expect(await card.locator("canvas, svg").count()).toBeGreaterThan(0);
    }
    expect(await green.locator("table").textContent()).toMatch(/\d+\/\d+/);
    // Changzhi's subsidence plan is on its own card, named as Changzhi's, with its document
    const changzhi = session.page.locator('[data-chart="plan-140400"]');
    expect(await changzhi.locator("h3").textContent()).toContain("长治市");
    expect(await changzhi.locator(".lp-pub-sources").textContent()).toContain(
      "长治市关于采煤沉陷区治理的答复",
    );
    expect(
      await session.page.locator('[data-chart="subsidence"] .lp-pub-sources').textContent(),
    ).not.toContain("长治");
    await session.page.screenshot({ path: join(ARTIFACTS, "public-registers.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
