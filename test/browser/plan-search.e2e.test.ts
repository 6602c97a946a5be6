import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { logInAsDemoPlanner, plannerSession, runBrowserTests } from "../support/browser.ts";
import { openPlanMap, waitForMapTiles } from "../support/map-page.ts";

const POLL = { timeout: 30_000 };
interface SearchMap {
  getCenter(): { lng: number; lat: number };
  isMoving(): boolean;
  getSource(id: string): { serialize(): { data: { features: unknown[] } } } | undefined;
}

describe.skipIf(!runBrowserTests)("the /plan search box in Chromium", () => {
  let mine: { mine_name: string; license_no: string; x0: number; y0: number; x1: number; y1: number };
  const session = plannerSession({
    context: { viewport: { width: 1400, height: 900 } },
    prepare: async (server) => {
      const { rows } = await sql<typeof mine>`
      SELECT mine_name, license_no, ST_XMin(geom) AS x0, ST_YMin(geom) AS y0, ST_XMax(geom) AS x1, ST_YMax(geom) AS y1
      FROM mines WHERE license_no IS NOT NULL AND length(mine_name) >= 6 ORDER BY id LIMIT 1`.execute(
        server.t.db.kysely,
      );
      mine = rows[0] as typeof mine;
    },
  });
  // every test starts on /plan afresh with its map loaded, whatever ran before
  beforeEach(() => openPlanMap(session.page, session.server.origin));

  const center = () =>
    session.page.evaluate(() => {
      const map = (globalThis as unknown as { __lianpianMap?: SearchMap }).__lianpianMap as SearchMap;
      return map.isMoving() ? null : map.getCenter();
    });
  const highlighted = () =>
    session.page.evaluate(() => {
      const map = (globalThis as unknown as { __lianpianMap?: SearchMap }).__lianpianMap as SearchMap;
      return map.getSource("plan-search-hit")?.serialize().data.features.length ?? 0;
    });
  const onMine = async () => {
    await expect
      .poll(async () => {
        const c = await center();
        return Boolean(c && c.lng >= mine.x0 && c.lng <= mine.x1 && c.lat >= mine.y0 && c.lat <= mine.y1);
      }, POLL)
      .toBe(true);
    expect(await highlighted()).toBeGreaterThan(0);
  };

  it("logs in as the planner", async () => {
    await session.page.context().clearCookies();
    await logInAsDemoPlanner(session.page, session.server.origin);
    await waitForMapTiles(session.page);
  });

  it("finds a mine by its licence number; Enter flies there and highlights it", async () => {
    const box = session.page.getByTestId("plan-search").getByRole("combobox");
    await box.fill(mine.license_no);
    const option = session.page.getByRole("option", { name: new RegExp(mine.mine_name) });
    await option.first().waitFor(POLL);
    await box.press("ArrowDown");
    await box.press("Enter");
    await onMine();
    await box.press("Escape");
    await expect.poll(() => session.page.getByRole("listbox").count()).toBe(0);
  });

  it("keeps the highlight through a language switch, and Esc takes it off", async () => {
    const box = session.page.getByTestId("plan-search").getByRole("combobox");
    await box.fill(mine.license_no);
    await session.page
      .getByRole("option", { name: new RegExp(mine.mine_name) })
      .first()
      .waitFor(POLL);
    await box.press("Enter");
    await onMine();
    // the language switch rebuilds the map's style, which drops every source it does not list
    await session.page.getByTestId("locale-toggle").click();
    await expect.poll(() => session.page.locator("html").getAttribute("lang"), POLL).toBe("en");
    await waitForMapTiles(session.page);
    await expect.poll(highlighted, POLL).toBeGreaterThan(0);
    await session.page.getByTestId("locale-toggle").click();
    await expect.poll(() => session.page.locator("html").getAttribute("lang"), POLL).toBe("zh-CN");
    // back in the box (which opens its list again), Esc closes the list, and a second Esc takes the highlight off
    await box.press("Escape");
    await expect.poll(() => session.page.getByRole("listbox").count(), POLL).toBe(0);
    expect(await highlighted()).toBeGreaterThan(0);
    await box.press("Escape");
    await expect.poll(highlighted, POLL).toBe(0);
  });

  it("finds it by part of its name and by a click, and lists a typed lon/lat under 坐标", async () => {
    const box = session.page.getByTestId("plan-search").getByRole("combobox");
    await box.fill(mine.mine_name.slice(1, 5));
    await session.page
      .getByRole("option", { name: new RegExp(mine.mine_name) })
      .first()
      .click(POLL);
    await onMine();
    await box.fill(`${((mine.x0 + mine.x1) / 2).toFixed(6)}, ${((mine.y0 + mine.y1) / 2).toFixed(6)}`);
    await expect.poll(() => session.page.getByTestId("plan-search").textContent(), POLL).toContain("坐标");
  });
});
