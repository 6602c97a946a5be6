import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";

/** The zone's print report carries its 拐点坐标表: the corner table export, row for row. */
describe.skipIf(!runBrowserTests)("a zone's print report in Chromium", () => {
  const session = plannerSession({ context: { viewport: { width: 1200, height: 900 } } });

  it("prints the corner table of the zone's outline in its GK zone, with its header", async () => {
    const { server: testApp, page } = session;
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM treatment_zones ORDER BY id LIMIT 1`.execute(testApp.t.db.kysely);
    const id = rows[0]?.id as number;
    const expected = await page.evaluate(async (zoneId) => {
      const res = await fetch(`/api/zones/${zoneId}/export?format=corners.json&crs=auto-gk`);
      return (await res.json()) as { corners: { pointNo: string; x: number; y: number }[] };
    }, id);
    expect(expected.corners.length).toBeGreaterThan(3);

    await page.goto(`${testApp.origin}/plan?print=${id}`);
    const table = page.getByTestId("print-corners");
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator("thead th").allTextContents()).toContain("点号");
    const printed = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
    expect(printed.map((r) => [r[0], r[2], r[3]])).toEqual(
      expected.corners.map((c) => [c.pointNo, c.x.toFixed(2), c.y.toFixed(2)]),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.pdf({ path: join(ARTIFACTS, "zone-print.pdf"), format: "A4" });
  });
});
