import { fromProjected, toProjected } from "@lianpian/geo";
import { describe, expect, it } from "vitest";
import { frameCorners, frameGrid } from "./print-grid.ts";
import { zoomForScale } from "./print-layout.ts";

describe("frameGrid", () => {
  const center: [number, number] = [112.55, 37.85];
  const zoom = zoomForScale(10_000, center[1]);
  const [w, h] = [1400, 760];

  it("frames the view around its centre", () => {
    const c = frameCorners(center, zoom, w, h);
    expect((c.nw[0] + c.ne[0]) / 2).toBeCloseTo(center[0], 9);
    expect(c.nw[1]).toBeGreaterThan(center[1]);
    expect(c.sw[1]).toBeLessThan(center[1]);
  });

  it("puts ticks of the zone-38 grid where the grid line crosses the edge, to a pixel", () => {
    const grid = frameGrid(center, zoom, w, h);
    expect(grid.zone).toBe(38);
    expect(grid.srid).toBe(4547);
    expect(grid.interval).toBe(500);
    const top = grid.ticks.filter((t) => t.edge === "top");
    const left = grid.ticks.filter((t) => t.edge === "left");
    expect(top.length).toBeGreaterThanOrEqual(3);
    expect(left.length).toBeGreaterThanOrEqual(2);
    expect(top[0]?.label).toMatch(/^38 \d{3} \d{3}$/);
    // the tick's easting, projected back, lies on the top edge at that pixel
    const c = frameCorners(center, zoom, w, h);
    const tick = top[0] as { at: number; label: string };
    const easting = Number(tick.label.slice(3).replace(/ /g, ""));
    const northingOfTop = toProjected(c.nw, 4547)[1];
    const [lng] = fromProjected([easting, northingOfTop], 4547);
    const px = ((lng - c.nw[0]) / (c.ne[0] - c.nw[0])) * w;
    expect(Math.abs(px - tick.at)).toBeLessThan(1.5);
  });
});
