import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  ARTIFACTS,
  type ChromiumSession,
  launchChromium,
  runBrowserTests,
  startAppServer,
} from "../support/browser.ts";
import type { PageGlobals } from "../support/map-page.ts";

const POLL = { timeout: 30_000 };
const INITIAL = { planner: "Chushi-planner-2026", reviewer: "Chushi-reviewer-2026" };
const OWN = { planner: "Qinshui-planner-77", reviewer: "Taihang-reviewer-88" };
const DOC_NO = "沁自然资发〔2026〕21号";

/**
 * One story, start to end (so its steps are one test): an admin creates a
 * planner and a reviewer; the planner drafts a zone and submits it; the
 * reviewer approves it with a document; the planner finds it locked; the
 * admin finds each step in the audit log filtered by that zone.
 */
describe.skipIf(!runBrowserTests)("governance in Chromium: admin, planner, reviewer", () => {
  let server: AppServer;
  let browser: ChromiumSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    page = browser.page;
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== "fail" || !page) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "admin-e2e-failure.png") }).catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function logInAt(path: string, username: string, password: string) {
    await browser.context.clearCookies();
    await page.goto(`${server.origin}${path}`);
    const form = page.getByTestId("planner-login");
    await form.waitFor();
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="password"]').fill(password);
    await form.getByRole("button", { name: "登录" }).click();
  }

  async function changePassword(current: string, next: string) {
    const form = page.getByTestId("password-change");
    await form.waitFor();
    await form.locator('input[name="current-password"]').fill(current);
    await form.locator('input[name="new-password"]').fill(next);
    await form.getByRole("button", { name: "修改密码" }).click();
  }

  async function createUser(username: string, name: string, role: string, password: string) {
    const form = page.getByTestId("user-create");
    await form.locator('input[name="new-username"]').fill(username);
    await form.locator('input[name="new-display-name"]').fill(name);
    await form.locator('select[name="new-role"]').selectOption(role);
    await form.locator('input[name="new-password"]').fill(password);
    await form.getByRole("button", { name: "新建用户" }).click();
    await page.locator(`tr[data-username="${username}"]`).waitFor(POLL);
  }

  async function mapReady() {
    await page.waitForFunction(
      () => {
        const map = (globalThis as unknown as PageGlobals).__lianpianMap;
        return Boolean(map?.loaded() && map.areTilesLoaded());
      },
      undefined,
      { timeout: 45_000, polling: 250 },
    );
  }

  async function openZone(zoneId: number) {
    await page.locator('[data-tab="zones"]').click();
    await page.getByTestId(`open-zone-${zoneId}`).click();
    await page.getByTestId("zone-decisions").waitFor(POLL);
  }

  it("runs from account creation to the approved zone's audit trail", async () => {
    // 1. The admin creates a planner and a reviewer.
    await logInAt("/admin", "admin", "admin-demo-2026");
    await page.getByTestId("admin-users").waitFor(POLL);
    await createUser("e2e-planner", "测试规划员", "planner", INITIAL.planner);
    await createUser("e2e-reviewer", "测试审核人", "reviewer", INITIAL.reviewer);
    expect(await page.locator('tr[data-username="e2e-reviewer"]').textContent()).toContain("待改密码");

    // 2. The planner chooses a password, draws a draft, saves it and submits it (→ 已规划).
    await logInAt("/plan", "e2e-planner", INITIAL.planner);
    await changePassword(INITIAL.planner, OWN.planner);
    await page.getByTestId("planner").waitFor(POLL);
    await mapReady();
    // A small zone: zoom in near the city before drawing.
    await page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as unknown as {
        jumpTo(o: { center: [number, number]; zoom: number }): void;
      };
      map.jumpTo({ center: [112.85, 35.49], zoom: 13 });
    });
    await mapReady();
    await page.locator('[data-tool="polygon"]').click();
    const box = await page.getByTestId("plan-map").boundingBox();
    if (!box) throw new Error("no map on the page");
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const corners: [number, number][] = [
      [cx - 80, cy - 60],
      [cx + 80, cy - 60],
      [cx + 80, cy + 60],
      [cx - 80, cy + 60],
      [cx - 80, cy - 60],
    ];
    for (const [x, y] of corners) {
      await page.mouse.move(x, y, { steps: 4 });
      await page.mouse.click(x, y);
    }
    await page.getByTestId("zone-report").waitFor({ timeout: 30_000 });
    await page.getByTestId("zone-name").fill("审批流程测试片区");
    await page.getByTestId("save-zone").click();
    await expect.poll(() => page.getByTestId("notice").textContent(), POLL).toMatch(/已保存 LP-\d{4}-\d{3}/);
    const code = /LP-\d{4}-\d{3}/.exec((await page.getByTestId("notice").textContent()) ?? "")?.[0];
    const rows = await server.t.db.kysely
      .selectFrom("treatment_zones")
      .select("id")
      .where("code", "=", code ?? "")
      .execute();
    const zoneId = rows[0]?.id as number;
    expect(zoneId).toBeGreaterThan(0);
    await page.getByTestId("status-planned").click();
    await expect.poll(() => page.getByTestId("zone-form").textContent(), POLL).toContain("已规划");
    // A planner is not offered the approval.
    expect(await page.getByTestId("decision-form").count()).toBe(0);

    // 3. The reviewer approves it with the decision document, after confirming.
    await logInAt("/plan", "e2e-reviewer", INITIAL.reviewer);
    await changePassword(INITIAL.reviewer, OWN.reviewer);
    await page.getByTestId("planner").waitFor(POLL);
    await openZone(zoneId);
    const decision = page.getByTestId("decision-form");
    await decision.getByTestId("decision-doc-no").fill(DOC_NO);
    await decision.getByTestId("decision-doc-date").fill("2026-03-02");
    expect(await decision.getByTestId("decision-submit").isDisabled()).toBe(true);
    await decision.getByTestId("decision-confirm").check();
    await decision.getByTestId("decision-submit").click();
    await expect.poll(() => page.getByTestId("zone-decisions").textContent(), POLL).toContain(DOC_NO);
    expect(await page.getByTestId("zone-decision").first().textContent()).toContain("e2e-reviewer");

    // 4. The planner finds the zone locked.
    await logInAt("/plan", "e2e-planner", OWN.planner);
    await page.getByTestId("planner").waitFor(POLL);
    await openZone(zoneId);
    await expect.poll(() => page.getByTestId("zone-locked").textContent(), POLL).toContain("已锁定");
    expect(await page.getByTestId("zone-form").textContent()).toContain("已批准");

    // 5. The admin finds every step in the audit log filtered by the zone.
    await logInAt("/admin", "admin", "admin-demo-2026");
    await page.getByTestId("admin-users").waitFor(POLL);
    await page.locator('[data-tab="audit"]').click();
    const filter = page.getByTestId("audit-filter");
    await filter.locator('input[name="audit-entity"]').fill("zone");
    await filter.locator('input[name="audit-entity_id"]').fill(String(zoneId));
    await filter.getByRole("button", { name: "查询" }).click();
    const table = page.getByTestId("audit-entries");
    await expect
      .poll(
        () => table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action"))),
        POLL,
      )
      .toEqual(["zone.approve", "zone.status", "zone.create"]);
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("e2e-reviewer");
    expect(text).toContain("e2e-planner");
    expect(text).toContain(DOC_NO);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "admin-audit.png") });
    expect(pageErrors).toEqual([]);
  }, 420_000);
});
