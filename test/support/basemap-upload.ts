import type { Page, Response } from "playwright-core";
import { expect } from "vitest";
import type { AppServer } from "./browser.ts";
import { waitForMapTiles } from "./map-page.ts";

type ViewGlobals = { __lianpianMap: { getCenter(): { lng: number; lat: number }; getZoom(): number } };

/** The XYZ tile under the centre of the page's map, at its zoom (rounded down, at least 1). */
export async function centreTile(page: Page): Promise<{ z: number; x: number; y: number }> {
  const view = await page.evaluate(() => {
    const map = (globalThis as unknown as ViewGlobals).__lianpianMap;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
  const z = Math.max(1, Math.floor(view.zoom));
  const x = Math.floor(((view.lng + 180) / 360) * 2 ** z);
  const rad = (view.lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
  return { z, x, y };
}

/** POST /api/basemaps as a form (the base map's `name`, the archive as `file` named `filename`); returns the reply. */
export function uploadBasemap(
  server: AppServer,
  headers: Record<string, string>,
  upload: { name: string; filename: string; bytes: Uint8Array },
) {
  const boundary = "----lianpian-basemap-e2e";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${upload.name}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${upload.filename}"\r\n\r\n`,
    ),
    Buffer.from(upload.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return server.app.inject({
    method: "POST",
    url: "/api/basemaps",
    payload,
    headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
  });
}

/**
 * Reloads the page (so its switcher lists the base maps uploaded since), picks the one labelled
 * `label` and waits until the page has received one of its tiles (200 from /basemaps/).
 */
export async function switchToBasemap(page: Page, label: string): Promise<void> {
  await page.reload();
  await waitForMapTiles(page);
  const served: number[] = [];
  const record = (r: Response) => {
    if (r.url().includes("/basemaps/")) served.push(r.status());
  };
  page.on("response", record);
  try {
    await page.getByTestId("basemap-switcher").locator("select").selectOption({ label });
    await expect.poll(() => served.filter((s) => s === 200).length, { timeout: 30_000 }).toBeGreaterThan(0);
  } finally {
    page.off("response", record);
  }
}
