import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSourceFile, writeTargetFile } from "@lianpian/formats";
import { prjWkt, toProjected } from "@lianpian/geo";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ARTIFACTS, pageSession, runBrowserTests } from "../support/browser.ts";
import { openPlanMap, type PageGlobals } from "../support/map-page.ts";
import { loginAs } from "../support/test-app.ts";

const POLL = { timeout: 30_000 };

/**
 * A county bureau's hazard list as a zipped shapefile: four points near Jincheng in CGCS2000 GK
 * EPSG:4547 (114°E, no zone prefix), attribute text in GBK, the usual Chinese columns. Its 威胁人数
 * column has free text in rows 2 and 3 ("约20人"); the clean numbers are in 核实人数, which the
 * automatic matching does not pick: fixing the mapping clears both errors.
 * `tag` is one digit, so the 12-digit unified codes differ between files.
 */
async function bureauShapefile(tag: string) {
  const points: [number, number][] = [
    [112.861, 35.512],
    [112.874, 35.518],
    [112.868, 35.526],
    [112.855, 35.521],
  ];
  const names = points.map((_, i) => `导入测试隐患点${tag}${i + 1}`);
  const file = await writeTargetFile("shp", {
    name: `晋城市隐患点${tag}`,
    fields: [
      { name: "统一编号", type: "string" },
      { name: "名称", type: "string" },
      { name: "灾害类型", type: "string" },
      { name: "行政区代码", type: "string" },
      { name: "险情等级", type: "string" },
      { name: "威胁人数", type: "string" },
      { name: "核实人数", type: "integer" },
    ],
    features: points.map((lngLat, i) => ({
      geometry: { type: "Point", coordinates: toProjected(lngLat, 4547) },
      properties: {
        统一编号: `140502${tag}${String(i + 1).padStart(5, "0")}`,
        名称: names[i],
        灾害类型: i % 2 === 0 ? "滑坡" : "崩塌",
        行政区代码: "140502",
        险情等级: "小型",
        威胁人数: i === 1 || i === 2 ? "约20人" : String(10 + i),
        核实人数: 10 + i,
      },
    })),
    crs: { epsg: 4547, wkt: prjWkt(4547) },
    encoding: "gbk",
  });
  return {
    name: `晋城市隐患点${tag}.zip`,
    bytes: Buffer.from(file.bytes),
    names,
    bbox: [112.85, 35.5, 112.88, 35.53],
  };
}

describe.skipIf(!runBrowserTests)("importing and exporting data on /plan in Chromium", () => {
  const pageErrors: string[] = [];
  const session = pageSession({
    context: { viewport: { width: 1500, height: 950 } },
    onPage: async (page) => {
      page.on("pageerror", (error) => pageErrors.push(error.message));
      // every page opens in Chinese, whatever language a test switched to
      await page.addInitScript(() =>
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem("lianpian.locale", "zh"),
      );
    },
    screenshots: "import-e2e",
  });

  // every test starts logged in as the planner on a fresh /plan, whatever ran before it
  beforeEach(async () => {
    const login = await session.page.request.post(`${session.server.origin}/api/auth/login`, {
      data: { username: "planner", password: "planner-demo-2026" },
    });
    expect(login.status()).toBe(200);
    await openPlanMap(session.page, session.server.origin);
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === "fail" && pageErrors.length > 0) console.error("page errors:", pageErrors);
  });

  const renderedHazardNames = () =>
    session.page.evaluate(() => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap;
      return (map?.queryRenderedFeatures() ?? [])
        .filter((f) => f.sourceLayer === "hazards")
        .map((f) => String((f as unknown as { properties: { name_zh?: string } }).properties.name_zh ?? ""));
    });

  async function ogcNames(bbox: number[]): Promise<string[]> {
    const res = await session.server.app.inject({
      url: `/collections/hazard_points/items?bbox=${bbox.join(",")}&limit=100`,
    });
    expect(res.statusCode).toBe(200);
    return (res.json().features as { properties: { name_zh: string } }[]).map((f) => f.properties.name_zh);
  }

  it("imports a bureau's GBK shapefile in EPSG:4547: two bad rows listed, mapping fixed, committed, on the map and in the OGC API, then undone", async () => {
    const file = await bureauShapefile("7");
    await session.page.locator('[data-tab="import"]').click();
    await session.page.getByTestId("import-layer").selectOption("hazards");
    await session.page
      .getByTestId("import-file-input")
      .setInputFiles({ name: file.name, mimeType: "application/zip", buffer: file.bytes });
    await session.page.getByTestId("import-upload").click();

    // the GBK text decoded (as its .cpg says) and shown before anything is written; the CRS read from the .prj
    await session.page.getByTestId("import-preview").waitFor(POLL);
    expect(await session.page.getByTestId("import-preview").textContent()).toContain(file.names[0]);
    expect(await session.page.getByTestId("import-encoding").inputValue()).toMatch(/^gb/i);
    expect(await session.page.getByTestId("import-crs").inputValue()).toBe("EPSG:4547");

    // rows 2 and 3 are listed with their field and reason, and drawn red on the map
    const errors = session.page.getByTestId("import-errors").locator("tr");
    await expect.poll(() => errors.count(), POLL).toBe(2);
    expect(await errors.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row")))).toEqual([
      "2",
      "3",
    ]);
    expect(await errors.first().textContent()).toContain("威胁人数");
    const stagedErrorRows = () =>
      session.page.evaluate(() =>
        ((globalThis as unknown as PageGlobals).__lianpianMap?.querySourceFeatures("import-staged") ?? [])
          .filter((f) => f.properties.has_errors)
          .map((f) => f.properties.row),
      );
    await expect.poll(async () => new Set(await stagedErrorRows()).size, POLL).toBe(2);
    await errors.first().click();
    expect(await errors.first().getAttribute("aria-selected")).toBe("true");

    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "import-staged.png"), fullPage: true });

    // fix the mapping: the clean column goes to the field, the free-text one is left out
    const field = await session.page.getByTestId("map-威胁人数").inputValue();
    expect(field).not.toBe("");
    await session.page.getByTestId("map-威胁人数").selectOption("");
    await session.page.getByTestId("map-核实人数").selectOption(field);
    await session.page.getByTestId("mapping-apply").click();
    await expect.poll(() => errors.count(), POLL).toBe(0);

    await session.page.getByTestId("import-commit-button").click();
    await session.page.getByTestId("import-result").waitFor(POLL);
    expect(await session.page.getByTestId("import-result").textContent()).toMatch(/新增 4/);
    await session.page.screenshot({ path: join(ARTIFACTS, "import-committed.png"), fullPage: true });

    // the rows are in the OGC API, and on the map once it has gone to them
    expect((await ogcNames(file.bbox)).filter((n) => file.names.includes(n)).sort()).toEqual(file.names);
    await session.page.getByTestId("import-fly").click();
    await expect
      .poll(async () => (await renderedHazardNames()).filter((n) => file.names.includes(n)).length, POLL)
      .toBeGreaterThanOrEqual(1);

    // undo from the history: gone from the API and from the map
    const entry = session.page.getByTestId("import-history").locator('li[data-status="committed"]').first();
    await entry.getByRole("button", { name: "撤销导入" }).click();
    await expect
      .poll(
        () => session.page.getByTestId("import-history").locator("li").first().getAttribute("data-status"),
        POLL,
      )
      .toBe("undone");
    expect((await ogcNames(file.bbox)).filter((n) => file.names.includes(n))).toEqual([]);
    await session.page.evaluate(() =>
      (globalThis as unknown as EventTarget).dispatchEvent(new Event("focus")),
    );
    await expect
      .poll(async () => (await renderedHazardNames()).filter((n) => file.names.includes(n)).length, POLL)
      .toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("shows a file the server cannot read as a refusal beside the file picker, in the page's language", async () => {
    await session.page.locator('[data-tab="import"]').click();
    await session.page.getByTestId("import-file-input").setInputFiles({
      name: "损坏.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from("{ not json"),
    });
    await session.page.getByTestId("import-upload").click();
    const refusal = session.page.getByTestId("import-refusal-file");
    await refusal.waitFor(POLL);
    expect(await refusal.textContent()).toMatch(/[\u4e00-\u9fff]/);
    // the same refusal in English once the page is
    await session.page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => refusal.textContent(), POLL).toMatch(/^[\x20-\x7e]+$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.screenshot({ path: join(ARTIFACTS, "import-refusal-en.png") });
    // nothing was staged
    const auth = await loginAs(session.server.app, "planner");
    const list = await session.server.app.inject({ url: "/api/imports", headers: auth });
    expect(list.statusCode).toBe(200);
    const imports = list.json() as { imports?: { file_name: string }[] } | { file_name: string }[];
    const rows = Array.isArray(imports) ? imports : (imports.imports ?? []);
    expect(rows.some((r) => r.file_name === "损坏.geojson")).toBe(false);
  });

  it("exports an open zone's 拐点坐标表 as XLSX from the zone panel", async () => {
    const auth = await loginAs(session.server.app, "planner");
    const zones = await session.server.app.inject({ url: "/api/zones?limit=1", headers: auth });
    const zone = zones.json().zones[0] as { id: number; code: string };
    await session.page.locator('[data-tab="zones"]').click();
    await session.page.getByTestId(`open-zone-${zone.id}`).click();
    await session.page.getByTestId("zone-export").click();
    const dialog = session.page.getByTestId("export-dialog");
    await dialog.getByTestId("export-format").selectOption("corners.xlsx");
    await dialog.getByTestId("export-crs").selectOption("auto-gk");
    const [download] = await Promise.all([
      session.page.waitForEvent("download", POLL),
      dialog.getByTestId("export-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${zone.code}.*\\.xlsx$`));
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await dialog.waitFor({ state: "detached" });
  });

  it("exports a layer from the layer list as a GBK shapefile in a GK zone", async () => {
    await session.page.locator(".lp-planner-layers summary").click();
    await session.page.getByTestId("export-layer-mines").click();
    const dialog = session.page.getByTestId("export-dialog");
    await dialog.waitFor();
    await dialog.getByTestId("export-format").selectOption("shp");
    await dialog.getByTestId("export-crs").selectOption("EPSG:4547");
    await dialog.getByTestId("export-encoding").selectOption("gbk");
    await session.page.screenshot({ path: join(ARTIFACTS, "export-dialog.png") });
    const [download] = await Promise.all([
      session.page.waitForEvent("download", POLL),
      dialog.getByTestId("export-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    // read back by the project's own reader: the 114°E CGCS2000 zone, GBK named by a .cpg, Chinese names intact
    const shapefile = await readSourceFile(readFileSync(await download.path()), {
      fileName: download.suggestedFilename(),
    });
    const layer = shapefile.layers[0];
    expect(layer?.crs?.wkt).toMatch(/CGCS2000/);
    expect(layer?.crs?.wkt).toMatch(/central_meridian",\s*114/i);
    expect(shapefile.encoding.source).toBe("cpg");
    expect(shapefile.encoding.used).toMatch(/gbk|gb18030/i);
    const names = layer?.features.map((f) => Object.values(f.properties).join(" ")).join(" ") ?? "";
    expect(names).toMatch(/煤矿/);
  });
});
