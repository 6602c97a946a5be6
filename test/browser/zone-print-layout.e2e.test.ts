import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, plannerSession, runBrowserTests } from "../support/browser.ts";
import { loginAs } from "../support/test-app.ts";

/**
 * Text as compared: whitespace removed and NFKC (the embedded CJK fonts map
 * some ideographs to Kangxi radicals, e.g. ⽚ for 片, and NFKC also makes
 * full-width colons and brackets ASCII).
 */
const norm = (text: string) => text.replace(/\s+/g, "").normalize("NFKC");

/** The text of each page of a PDF as pdf.js extracts it from the rendered pages. */
async function pdfPages(pdf: Uint8Array): Promise<{ text: string; width: number; height: number }[]> {
  const task = getDocument({ data: pdf });
  const doc = await task.promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const content = await p.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join("");
    const { width, height } = p.getViewport({ scale: 1 });
    pages.push({ text: norm(text), width, height });
  }
  await task.destroy();
  return pages;
}

describe.skipIf(!runBrowserTests)("a zone's print layout on A3 landscape, checked in the printed PDF", () => {
  const session = plannerSession({ context: { viewport: { width: 1600, height: 1000 } } });

  it("prints the map at 1:100 000 with scale bar, north arrow, legend, GK ticks, 审图号, page numbers and the corner table", async () => {
    const { server: testApp, page } = session;
    const admin = await loginAs(testApp.app, "admin");
    const set = await testApp.app.inject({
      method: "PUT",
      url: "/api/admin/settings/map.review_number",
      headers: admin,
      payload: { value: "晋S(2026)007号" },
    });
    expect(set.statusCode).toBe(200);
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM treatment_zones ORDER BY id LIMIT 1`.execute(testApp.t.db.kysely);
    const id = rows[0]?.id as number;

    await page.goto(`${testApp.origin}/plan?print=${id}&paper=A3&orientation=landscape`);
    await page.getByTestId("print-controls").waitFor({ timeout: 30_000 });
    await page.getByTestId("print-controls").locator("select").nth(2).selectOption("100000");
    await page.getByTestId("print-map-image").waitFor({ timeout: 60_000 });
    await page.getByTestId("print-corners").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("print-scale-bar").textContent()).toContain("1:100 000");

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "zone-print-a3-landscape.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTIFACTS, "zone-print-a3-landscape.pdf"), pdf);

    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThan(1);
    // A3 landscape: 420 × 297 mm = 1190.55 × 841.89 pt
    expect(Math.abs((pages[0]?.width ?? 0) - 1190.55)).toBeLessThan(2);
    expect(Math.abs((pages[0]?.height ?? 0) - 841.89)).toBeLessThan(2);
    const first = pages[0]?.text ?? "";
    // the north arrow's N, the scale bar's 0 and 2 km, the scale; the legend; GK ticks with the zone number
    expect(first).toContain("N02km");
    expect(first).toContain(norm("比例尺 1:100 000"));
    expect(first).toContain("图例");
    for (const entry of ["本片区范围", "地质灾害隐患点", "矿山", "采煤沉陷区", "淤地坝", "村庄", "行政区划"])
      expect(first).toContain(norm(entry));
    expect(first).toMatch(/3[78]\d{3}000/);
    expect(first).toContain("CGCS2000");
    expect(first).toContain(norm("审图号：晋S(2026)007号"));
    expect(first).toContain("数据来源");
    const total = pages.length;
    pages.forEach((p, i) => {
      expect(p.text).toMatch(new RegExp(`^第${i + 1}./共${total}.`));
    });
    // the corner table's header row is on every page that carries its rows
    const cornerPages = pages.filter((p) => /J\d+\d{7}\.\d{2}/.test(p.text));
    expect(cornerPages.length).toBeGreaterThan(0);
    for (const p of cornerPages) expect(p.text).toContain(norm("点号圈号X（北）/mY（东）/m"));
    expect(pages[total - 1]?.text).toContain(norm("编制单位："));
    expect(pages[total - 1]?.text).toContain(norm("审核："));

    await testApp.app.inject({
      method: "PUT",
      url: "/api/admin/settings/map.review_number",
      headers: admin,
      payload: { value: null },
    });
  });
});
