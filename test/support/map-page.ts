import type { Page } from "playwright-core";

/** What the browser tests read of the MapLibre map exposed as window.__lianpianMap. */
export interface RenderedFeature {
  id?: number | string;
  sourceLayer?: string;
  layer?: { id: string };
  geometry: { type: string; coordinates: unknown };
}
export interface MapLike {
  loaded(): boolean;
  areTilesLoaded(): boolean;
  isMoving(): boolean;
  queryRenderedFeatures(point?: [number, number]): RenderedFeature[];
  querySourceFeatures(
    source: string,
    options?: { sourceLayer?: string },
  ): {
    id?: number | string;
    properties: Record<string, unknown>;
    geometry?: { type: string; coordinates: unknown[][] };
  }[];
  project(lngLat: [number, number]): { x: number; y: number };
  getLayersOrder(): string[];
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: number; animate: boolean },
  ): void;
  getLayoutProperty(layer: string, name: string): unknown;
  getCanvas(): {
    clientWidth: number;
    clientHeight: number;
    getBoundingClientRect(): { left: number; top: number };
  };
}
export type PageGlobals = { __lianpianMap?: MapLike };

/** A rendered hazard point that is the topmost feature at its own position, in page pixels; not one of `except`. */
export async function topmostHazard(
  page: Page,
  except: readonly (number | string)[] = [],
): Promise<{ id: number | string; x: number; y: number }> {
  const found = await page.evaluate((except) => {
    const map = (globalThis as unknown as PageGlobals).__lianpianMap as MapLike;
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    for (const f of map.queryRenderedFeatures()) {
      if (f.sourceLayer !== "hazards" || f.geometry.type !== "Point" || f.id === undefined) continue;
      if (except.includes(f.id)) continue;
      const p = map.project(f.geometry.coordinates as [number, number]);
      // Away from the edges, where the popup and the controls sit.
      if (p.x < 80 || p.y < 80 || p.x > canvas.clientWidth - 80 || p.y > canvas.clientHeight - 80) continue;
      const top = map.queryRenderedFeatures([p.x, p.y]).find((g) => g.sourceLayer !== undefined);
      if (top?.sourceLayer === "hazards" && top.id === f.id)
        return { id: f.id, x: rect.left + p.x, y: rect.top + p.y };
    }
    return null;
  }, except);
  if (!found) throw new Error("no clickable hazard point on screen");
  return found;
}

/**
 * Waits until the page's MapLibre map (window.__lianpianMap) exists and has loaded its style and
 * the tiles of its view; with `still`, also until no move is under way (a flight or an easing has ended).
 */
export async function waitForMapTiles(
  page: Page,
  { still = false, timeout = 45_000 }: { still?: boolean; timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    (still) => {
      const map = (globalThis as unknown as PageGlobals).__lianpianMap;
      return Boolean(map?.loaded() && map.areTilesLoaded() && !(still && map.isMoving()));
    },
    still,
    { timeout, polling: 250 },
  );
}

/** Opens /plan afresh (the session's cookie logs it in) and waits for the planner's face and its loaded map. */
export async function openPlanMap(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/plan`);
  await page.getByTestId("planner").waitFor();
  await waitForMapTiles(page);
}
