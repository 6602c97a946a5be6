import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { plannerSession, runBrowserTests } from "../support/browser.ts";
import { loginAs } from "../support/test-app.ts";

const POLL = { timeout: 30_000 };

/**
 * Messages that help (issue 13, item 7): a refusal is said by the server's
 * or the rule's own words next to the control, nothing typed is lost, and a
 * stale edit shows what the other version changed before the planner
 * chooses. Each test makes its own zone through the API and opens it.
 */
describe.skipIf(!runBrowserTests)("the planner's messages in Chromium", { timeout: 120_000 }, () => {
  let auth: { authorization: string };
  // an outline around a mine that has a company, so the zone has fund shares of two or more parties
  let outline: { type: "Polygon"; coordinates: number[][][] };
  let n = 0;
  const session = plannerSession({
    context: { viewport: { width: 1440, height: 900 } },
    prepare: async (server) => {
      auth = await loginAs(server.app, "planner");
      const { rows } = await sql<{ g: string }>`
      SELECT ST_AsGeoJSON(ST_Envelope(ST_Buffer(ST_Envelope(m.geom), 0.004)), 9) AS g
      FROM mines m WHERE m.company_id IS NOT NULL AND ST_Area(m.geom::geography) > 50000
      ORDER BY m.id LIMIT 1`.execute(server.t.db.kysely);
      outline = JSON.parse(rows[0]?.g ?? "null");
    },
  });

  const api = (method: "POST" | "PATCH" | "GET", url: string, payload?: object) =>
    session.server.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });

  async function newZone(extra: Record<string, unknown> = {}) {
    n += 1;
    const res = await api("POST", "/api/zones", {
      geometry: outline,
      name_zh: `消息测试片区${n}`,
      zone_type: "contiguous_mine",
      code: `MSG-${Date.now().toString(36).toUpperCase()}-${n}`,
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: number; code: string; version: number; area_m2: number };
  }

  /** A fresh /plan in zh-CN with the zone open in the draw tab. */
  async function openInPage(id: number) {
    await session.page.goto(`${session.server.origin}/plan`);
    await session.page.getByTestId("planner").waitFor();
    if (
      (await session.page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang,
      )) !== "zh-CN"
    )
      await session.page.getByTestId("locale-toggle").click();
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId(`open-zone-${id}`).click();
    await session.page.getByTestId("zone-form").waitFor();
    await expect.poll(() => session.page.getByTestId("zone-name").inputValue(), POLL).toMatch(/消息测试片区/);
  }

  it("says the server's own refusal next to the code and keeps everything typed", async () => {
    const taken = await newZone();
    const zone = await newZone();
    await openInPage(zone.id);
    await session.page.getByTestId("zone-name").fill("我改过的名字");
    await session.page.getByTestId("zone-budget").fill("321");
    await session.page.getByTestId("zone-code").fill(taken.code);
    await session.page.getByTestId("save-zone").click();
    const refusal = session.page.getByTestId("refusal-code");
    await expect.poll(() => refusal.textContent(), POLL).toBe("片区编号已被使用");
    // said beside the code input, inside the same label
    expect(
      await session.page.locator("label", { has: session.page.getByTestId("zone-code") }).textContent(),
    ).toContain("片区编号已被使用");
    expect(await session.page.getByTestId("zone-name").inputValue()).toBe("我改过的名字");
    expect(await session.page.getByTestId("zone-budget").inputValue()).toBe("321");
    expect(await session.page.getByTestId("zone-code").inputValue()).toBe(taken.code);
    expect((await api("GET", `/api/zones/${zone.id}`)).json().version).toBe(1);

    // the rule the API runs refuses a one-character name in the form first, in the same words
    await session.page.getByTestId("zone-name").fill("名");
    expect(await session.page.getByTestId("refusal-name_zh").textContent()).toBe("片区名称至少 2 个字");
    await session.page.getByTestId("locale-toggle").click();
    await expect
      .poll(() => session.page.getByTestId("refusal-name_zh").textContent(), POLL)
      .toBe("the zone name needs at least 2 characters");
    await session.page.getByTestId("locale-toggle").click();

    // a save that goes through clears the refusal and says so
    await session.page.getByTestId("zone-name").fill("我改过的名字");
    await session.page.getByTestId("zone-code").fill(zone.code);
    await session.page.getByTestId("save-zone").click();
    await expect
      .poll(() => session.page.getByTestId("notice").textContent(), POLL)
      .toContain(`已保存 ${zone.code} · 版本 2`);
    expect(await session.page.getByTestId("refusal-code").count()).toBe(0);
    // the notice is in the language it was made in: switching clears it
    await session.page.getByTestId("locale-toggle").click();
    await expect.poll(() => session.page.getByTestId("notice").count(), POLL).toBe(0);
    await session.page.getByTestId("locale-toggle").click();
  });

  it("refuses a gap over 2000 m beside its input in the API's words, sends nothing, and closes 200 m", async () => {
    const zone = await newZone();
    await openInPage(zone.id);
    const gap = session.page.getByTestId("gap-distance");
    await gap.fill("2001");
    expect(await session.page.getByTestId("refusal-gap_m").textContent()).toBe("闭合间隙距离不超过 2000 m");
    const sent: string[] = [];
    const track = (r: { url(): string }) => {
      if (r.url().includes("/api/analysis/close-gaps")) sent.push(r.url());
    };
    session.page.on("request", track);
    await session.page.getByTestId("op-close-gaps").click();
    expect(await gap.inputValue()).toBe("2001");
    await gap.fill("200");
    expect(await session.page.getByTestId("refusal-gap_m").count()).toBe(0);
    const closed = session.page.waitForResponse((r) => r.url().includes("/api/analysis/close-gaps"));
    await session.page.getByTestId("op-close-gaps").click();
    expect((await closed).status()).toBe(200);
    session.page.off("request", track);
    expect(sent).toHaveLength(1);
    // the API says the same words for the same input
    const refused = await api("POST", "/api/analysis/close-gaps", { geometries: [outline], gap_m: 2001 });
    expect(refused.json().error.details.message_zh).toBe("闭合间隙距离不超过 2000 m");
  });

  it("refuses shares that do not sum to 100 % in the form, sends nothing and keeps them", async () => {
    const zone = await newZone();
    await openInPage(zone.id);
    await session.page.getByTestId("shares-override").click();
    const inputs = session.page.getByTestId("share-input");
    expect(await inputs.count()).toBeGreaterThanOrEqual(2);
    const first = Number(await inputs.first().inputValue());
    const typed = String(Math.round((first + 1.5) * 1000) / 1000);
    await inputs.first().fill(typed);
    const sent: string[] = [];
    const track = (r: { url(): string; method(): string }) => {
      if (r.url().includes("/parties")) sent.push(r.method());
    };
    session.page.on("request", track);
    await session.page.getByTestId("shares-save").click();
    await expect
      .poll(() => session.page.getByTestId("refusal-shares").textContent(), POLL)
      .toMatch(/^各方比例合计须为100%，现为101\.5%$/);
    session.page.off("request", track);
    expect(sent).toEqual([]);
    expect(await inputs.first().inputValue()).toBe(typed);
    expect((await api("GET", `/api/zones/${zone.id}`)).json().version).toBe(1);
  });

  it("shows what a stale edit's other version changed, and keeps mine on top of theirs", async () => {
    const zone = await newZone({ budget_wan: 100 });
    await openInPage(zone.id);
    await session.page.getByTestId("zone-name").fill("页面里的新名字");

    // behind the page's back: another planner renames, changes the budget and grows the outline
    const ring = outline.coordinates[0] as number[][];
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const grown = {
      type: "Polygon",
      coordinates: [
        [
          [x0, y0],
          [x1 + 0.003, y0],
          [x1 + 0.003, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    };
    const theirs = await api("PATCH", `/api/zones/${zone.id}`, {
      version: 1,
      name_zh: "接口改的名字",
      budget_wan: 500,
      geometry: grown,
    });
    expect(theirs.statusCode).toBe(200);
    const theirArea = theirs.json().area_m2 as number;

    await session.page.getByTestId("save-zone").click();
    const panel = session.page.getByTestId("zone-conflict");
    await panel.waitFor(POLL);
    const name = panel.locator('tr[data-field="name_zh"]');
    expect(await name.locator("td").allTextContents()).toEqual([
      `消息测试片区${n}`,
      "接口改的名字",
      "页面里的新名字",
    ]);
    expect(await panel.locator('tr[data-field="budget_wan"] td').allTextContents()).toEqual([
      "100",
      "500",
      "100",
    ]);
    expect(await panel.locator('tr[data-field="geometry"]').count()).toBe(1);
    const diff = Math.round(theirArea - zone.area_m2);
    const area = (await session.page.getByTestId("conflict-area").textContent()) ?? "";
    const shown = Number(/\+([\d,]+) m²/.exec(area)?.[1]?.replaceAll(",", ""));
    expect(Math.abs(shown - diff)).toBeLessThanOrEqual(Math.max(2, diff * 1e-4));
    // their outline is drawn on the map beside the one opened
    await expect
      .poll(
        () =>
          session.page.evaluate(() => {
            type Src = { serialize(): { data: { features: { properties: { role: string } }[] } } };
            const map = (
              globalThis as unknown as { __lianpianMap?: { getSource(id: string): Src | undefined } }
            ).__lianpianMap;
            const features = map?.getSource("plan-overlay")?.serialize().data.features ?? [];
            return features.map((f) => f.properties.role).filter((r) => r.startsWith("compare"));
          }),
        POLL,
      )
      .toEqual(["compare-old", "compare-new"]);
    // nothing typed is lost while the planner reads
    expect(await session.page.getByTestId("zone-name").inputValue()).toBe("页面里的新名字");

    await session.page.getByTestId("conflict-keep-mine").click();
    await expect.poll(() => session.page.getByTestId("notice").textContent(), POLL).toContain("版本 3");
    expect(await session.page.getByTestId("zone-conflict").count()).toBe(0);
    const saved = (await api("GET", `/api/zones/${zone.id}`)).json();
    expect(saved).toMatchObject({ version: 3, name_zh: "页面里的新名字", budget_wan: 500 });
    expect(Math.abs(saved.area_m2 - theirArea)).toBeLessThan(1e-6 * theirArea);
  });
});
