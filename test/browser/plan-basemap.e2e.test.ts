import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { centreTile, switchToBasemap, uploadBasemap } from "../support/basemap-upload.ts";
import { plannerSession, runBrowserTests } from "../support/browser.ts";
import { waitForMapTiles } from "../support/map-page.ts";
import { loginAs } from "../support/test-app.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
interface ImageryMap {
  getStyle(): { layers: { id: string; type: string }[] };
}

/** An MBTiles with a 5×5 block of tiles at zoom z around the XYZ tile (x, y). */
async function mbtiles(z: number, x: number, y: number): Promise<Buffer> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run("CREATE TABLE metadata (name text, value text)");
  db.run("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)");
  db.run("INSERT INTO metadata VALUES ('format', 'png'), ('attribution', '测试影像 test imagery')");
  for (let dx = -2; dx <= 2; dx++)
    for (let dy = -2; dy <= 2; dy++)
      db.run("INSERT INTO tiles VALUES (?, ?, ?, ?)", [z, x + dx, 2 ** z - 1 - (y + dy), PNG]);
  const bytes = Buffer.from(db.export());
  db.close();
  return bytes;
}

describe.skipIf(!runBrowserTests)("an uploaded MBTiles imagery base map on /plan", () => {
  const session = plannerSession({ context: { viewport: { width: 1400, height: 900 } } });

  it("is offered in the switcher once uploaded, and its tiles are fetched and drawn under the layers", async () => {
    const { server: testApp, page } = session;
    await waitForMapTiles(page);
    const { z, x, y } = await centreTile(page);
    const admin = await loginAs(testApp.app, "admin");
    const upload = await uploadBasemap(testApp, admin, {
      name: "测试影像",
      filename: "t.mbtiles",
      bytes: await mbtiles(z, x, y),
    });
    expect(upload.statusCode).toBe(201);

    await switchToBasemap(page, "测试影像");
    const order = await page.evaluate(() =>
      ((globalThis as unknown as { __lianpianMap?: ImageryMap }).__lianpianMap as ImageryMap)
        .getStyle()
        .layers.filter((l) => l.type !== "background")
        .map((l) => l.id),
    );
    expect(order[0]).toBe("plan-imagery");
    expect(await page.locator(".maplibregl-ctrl-attrib").textContent()).toContain("测试影像 test imagery");
  });
});
