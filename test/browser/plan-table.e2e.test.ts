import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import { openPlanMap } from "../support/map-page.ts";

// The attribute table under /plan's map: filter a layer's rows on the server,
// select rows and find them highlighted on the map (its filter and its
// rendered features, not only the table's DOM).

const POLL = { timeout: 30_000 };

interface TableMap {
  loaded(): boolean;
  isMoving(): boolean;
  areTilesLoaded(): boolean;
  getFilter(layer: string): unknown;
  queryRenderedFeatures(options: { layers: string[] }): { id?: number | string }[];
  getBounds(): { getWest(): number; getEast(): number; getSouth(): number; getNorth(): number };
}

describe.skipIf(!runBrowserTests)("the /plan attribute table in Chromium", () => {
  let producing: number;
  const session = plannerSession({
    context: { viewport: { width: 1440, height: 900 } },
    screenshots: "plan-table",
    prepare: async (server) => {
      const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM mines WHERE status = 'producing'`.execute(server.t.db.kysely);
      producing = rows[0]?.n ?? 0;
    },
  });

  /** /plan afresh with its map loaded and the table open on the mines. */
  const openTable = async () => {
    await openPlanMap(session.page, session.server.origin);
    await session.page.getByTestId("table-toggle").click();
    const table = session.page.getByTestId("attribute-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBeGreaterThan(0);
    return table;
  };

  it("opens the mines' table with the registry's zh labels, filters by status as the database counts", async () => {
    const table = await openTable();
    await expect.poll(() => table.getByRole("columnheader", { name: /矿山名称/ }).count(), POLL).toBe(1);
    await table.getByTestId("table-filter-field").selectOption("status");
    await table.getByTestId("table-filter-value").selectOption("producing");
    await table.getByTestId("table-filter-add").click();
    await expect
      .poll(() => table.getByTestId("table-count").textContent(), POLL)
      .toContain(`/ ${producing} `);
    await expect.poll(() => table.getByTestId("table-filter-chip").textContent()).toMatch(/生产状态 = /);
    // every row shown is a producing mine (the popup's label of the code)
    const statuses = await table.locator("tbody tr").evaluateAll((rows) => rows.length);
    expect(statuses).toBe(Math.min(50, producing));
  });

  it("selects rows and the map highlights exactly them; a row click zooms to it and it is drawn highlighted", async () => {
    const table = await openTable();
    const rows = table.locator("tbody tr");
    const ids = [await rows.nth(0).getAttribute("data-id"), await rows.nth(1).getAttribute("data-id")].map(
      Number,
    );
    await rows.nth(0).getByRole("checkbox").check();
    await rows.nth(1).getByRole("checkbox").check();
    await expect.poll(() => table.getByTestId("table-export").textContent(), POLL).toContain("(2)");
    const filterIds = () =>
      session.page.evaluate(() => {
        const filter = (
          (globalThis as unknown as { __lianpianMap?: TableMap }).__lianpianMap as TableMap
        ).getFilter("selection-highlight-mines-line") as unknown[];
        return ((filter[1] as unknown[])[2] as unknown[])[1] as number[];
      });
    await expect.poll(filterIds, POLL).toEqual(ids);

    // A plain row click: that row alone is selected and the map fits it.
    await rows.nth(1).locator("td").nth(1).click();
    await expect.poll(filterIds, POLL).toEqual([ids[1]]);
    await expect.poll(() => table.locator("tbody tr[aria-selected=true]").count()).toBe(1);
    await expect
      .poll(
        () =>
          session.page.evaluate(() => {
            const map = (globalThis as unknown as { __lianpianMap?: TableMap }).__lianpianMap as TableMap;
            if (map.isMoving() || !map.areTilesLoaded()) return [];
            return map
              .queryRenderedFeatures({ layers: ["selection-highlight-mines-line"] })
              .map((f) => Number(f.id));
          }),
        { timeout: 45_000 },
      )
      .toContain(ids[1]);
    const drawn = await session.page.evaluate(() =>
      ((globalThis as unknown as { __lianpianMap?: TableMap }).__lianpianMap as TableMap)
        .queryRenderedFeatures({ layers: ["selection-highlight-mines-line"] })
        .map((f) => Number(f.id)),
    );
    expect(new Set(drawn)).toEqual(new Set([ids[1]]));
    await session.page.screenshot({ path: join(ARTIFACTS, "plan-workbench-table.png") });
  });

  it("limits the rows to the map's extent and pages through them", async () => {
    const table = await openTable();
    const total = Number((await table.getByTestId("table-count").textContent())?.match(/\/ (\d+)/)?.[1]);
    await table.getByTestId("table-scope").selectOption("extent");
    const bounds = await session.page.evaluate(() => {
      const b = (
        (globalThis as unknown as { __lianpianMap?: TableMap }).__lianpianMap as TableMap
      ).getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    });
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM mines
      WHERE ST_Intersects(geom, ST_MakeEnvelope(${bounds[0]}, ${bounds[1]}, ${bounds[2]}, ${bounds[3]}, 4326))`.execute(
      session.server.t.db.kysely,
    );
    const inView = rows[0]?.n ?? -1;
    await expect
      .poll(
        async () => Number((await table.getByTestId("table-count").textContent())?.match(/\/ (\d+)/)?.[1]),
        POLL,
      )
      .toBe(inView);
    expect(inView).toBeLessThanOrEqual(total);
    if (inView > 50) {
      await table.getByTestId("table-next").click();
      await expect.poll(() => table.getByTestId("table-count").textContent(), POLL).toMatch(/^51–/);
    }
  });
});
