import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, pageSession, runBrowserTests } from "../support/browser.ts";
import { type PageGlobals, waitForMapTiles } from "../support/map-page.ts";

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
  const pageErrors: string[] = [];
  const session = pageSession({
    context: { viewport: { width: 1400, height: 900 } },
    onPage: (page) => page.on("pageerror", (error) => pageErrors.push(error.message)),
    screenshots: "admin-e2e",
  });

  async function logInAt(path: string, username: string, password: string) {
    await session.browser.context.clearCookies();
    await session.page.goto(`${session.server.origin}${path}`);
    const form = session.page.getByTestId("planner-login");
    await form.waitFor();
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="password"]').fill(password);
    await form.getByRole("button", { name: "登录" }).click();
  }

  async function changePassword(current: string, next: string) {
    const form = session.page.getByTestId("password-change");
    await form.waitFor();
    await form.locator('input[name="current-password"]').fill(current);
    await form.locator('input[name="new-password"]').fill(next);
    await form.getByRole("button", { name: "修改密码" }).click();
  }

  async function createUser(username: string, name: string, role: string, password: string) {
    const form = session.page.getByTestId("user-create");
    await form.locator('input[name="new-username"]').fill(username);
    await form.locator('input[name="new-display-name"]').fill(name);
    await form.locator('select[name="new-role"]').selectOption(role);
    await form.locator('input[name="new-password"]').fill(password);
    await form.getByRole("button", { name: "新建用户" }).click();
    await session.page.locator(`tr[data-username="${username}"]`).waitFor(POLL);
  }

  async function openZone(zoneId: number) {
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId(`open-zone-${zoneId}`).click();
    await session.page.getByTestId("zone-decisions").waitFor(POLL);
  }

  it("runs from account creation to the approved zone's audit trail", async () => {
    // 1. The admin creates a planner and a reviewer.
    await logInAt("/admin", "admin", "admin-demo-2026");
    await session.page.getByTestId("admin-users").waitFor(POLL);
    await createUser("e2e-planner", "测试规划员", "planner", INITIAL.planner);
    await createUser("e2e-reviewer", "测试审核人", "reviewer", INITIAL.reviewer);
    expect(await session.page.locator('tr[data-username="e2e-reviewer"]').textContent()).toContain(
      "待改密码",
    );

    // 2. The planner chooses a password, draws a draft, saves it and submits it (→ 已规划).
    await logInAt("/plan", "e2e-planner", INITIAL.planner);
    await changePassword(INITIAL.planner, OWN.planner);
    await session.page.getByTestId("planner").waitFor(POLL);
    await waitForMapTiles(session.page);
    // A small zone: zoom in near the city before drawing.
    await session.page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap as unknown as {
        jumpTo(o: { center: [number, number]; zoom: number }): void;
      };
      map.jumpTo({ center: [112.85, 35.49], zoom: 13 });
    });
    await waitForMapTiles(session.page);
    await session.page.locator('[data-tool="polygon"]').click();
    const box = await session.page.getByTestId("plan-map").boundingBox();
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
      await session.page.mouse.move(x, y, { steps: 4 });
      await session.page.mouse.click(x, y);
    }
    await session.page.getByTestId("zone-report").waitFor({ timeout: 30_000 });
    await session.page.getByTestId("zone-name").fill("审批流程测试片区");
    await session.page.getByTestId("save-zone").click();
    await expect
      .poll(() => session.page.getByTestId("notice").textContent(), POLL)
      .toMatch(/已保存 LP-\d{4}-\d{3}/);
    const code = /LP-\d{4}-\d{3}/.exec((await session.page.getByTestId("notice").textContent()) ?? "")?.[0];
    const rows = await session.server.t.db.kysely
      .selectFrom("treatment_zones")
      .select("id")
      .where("code", "=", code ?? "")
      .execute();
    const zoneId = rows[0]?.id as number;
    expect(zoneId).toBeGreaterThan(0);
    await session.page.getByTestId("status-planned").click();
    await expect.poll(() => session.page.getByTestId("zone-form").textContent(), POLL).toContain("已规划");
    // A planner is not offered the approval.
    expect(await session.page.getByTestId("decision-form").count()).toBe(0);

    // 3. The reviewer approves it with the decision document, after confirming.
    await logInAt("/plan", "e2e-reviewer", INITIAL.reviewer);
    await changePassword(INITIAL.reviewer, OWN.reviewer);
    await session.page.getByTestId("planner").waitFor(POLL);
    await openZone(zoneId);
    const decision = session.page.getByTestId("decision-form");
    await decision.getByTestId("decision-doc-no").fill(DOC_NO);
    await decision.getByTestId("decision-doc-date").fill("2026-03-02");
    expect(await decision.getByTestId("decision-submit").isDisabled()).toBe(true);
    await decision.getByTestId("decision-confirm").check();
    await decision.getByTestId("decision-submit").click();
    await expect.poll(() => session.page.getByTestId("zone-decisions").textContent(), POLL).toContain(DOC_NO);
    expect(await session.page.getByTestId("zone-decision").first().textContent()).toContain("e2e-reviewer");

    // 4. The planner finds the zone locked.
    await logInAt("/plan", "e2e-planner", OWN.planner);
    await session.page.getByTestId("planner").waitFor(POLL);
    await openZone(zoneId);
    await expect.poll(() => session.page.getByTestId("zone-locked").textContent(), POLL).toContain("已锁定");
    expect(await session.page.getByTestId("zone-form").textContent()).toContain("已批准");

    // 5. The admin finds every step in the audit log filtered by the zone.
    await logInAt("/admin", "admin", "admin-demo-2026");
    await session.page.getByTestId("admin-users").waitFor(POLL);
    await session.page.locator('[data-tab="audit"]').click();
    const filter = session.page.getByTestId("audit-filter");
    await filter.locator('input[name="audit-entity"]').fill("zone");
    await filter.locator('input[name="audit-entity_id"]').fill(String(zoneId));
    await filter.getByRole("button", { name: "查询" }).click();
    const table = session.page.getByTestId("audit-entries");
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
    await session.page.screenshot({ path: join(ARTIFACTS, "admin-audit.png") });
    expect(pageErrors).toEqual([]);
  }, 420_000);
});
