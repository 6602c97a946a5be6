import { type GkZone, gkSridFor, gkZoneBySrid, type ProjectedSrid, toProjected } from "@lianpian/geo";
import { gkLabel, gridInterval, gridValues } from "./print-layout.ts";

type LngLat = [number, number];

/** The frame's corners in lon/lat for a Web Mercator view (512-pixel world) of w × h CSS pixels. */
export function frameCorners(center: LngLat, zoom: number, w: number, h: number) {
  const world = 512 * 2 ** zoom;
  const cx = ((center[0] + 180) / 360) * world;
  const rad = (center[1] * Math.PI) / 180;
  const cy = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * world;
  const at = (px: number, py: number): LngLat => {
    const x = cx - w / 2 + px;
    const y = cy - h / 2 + py;
    const lng = (x / world) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
    return [lng, lat];
  };
  return { nw: at(0, 0), ne: at(w, 0), sw: at(0, h), se: at(w, h) };
}

/** A tick on the frame's edge: where (pixels along the edge) and its printed coordinate. */
interface GridTick {
  edge: "top" | "bottom" | "left" | "right";
  at: number;
  label: string;
}

/** The GK grid of a frame: its 3° zone, EPSG code, interval and the ticks on each edge. */
export interface FrameGrid {
  zone: number;
  srid: number;
  interval: number;
  ticks: GridTick[];
}

/**
 * Tick marks of the CGCS2000 3° Gauss-Krüger grid on the frame's edges, in
 * the zone of the frame's centre: eastings (Y, with the zone number) on the
 * top and bottom, northings (X) on the left and right, placed by linear
 * interpolation between the edge's projected corners (the frame is a few
 * kilometres, where grid lines are straight to well under a pixel).
 */
export function frameGrid(center: LngLat, zoom: number, w: number, h: number): FrameGrid {
  const srid = gkSridFor(center[0], { width: 3, prefix: false }) as ProjectedSrid;
  const { zone } = gkZoneBySrid(srid) as GkZone;
  const c = frameCorners(center, zoom, w, h);
  const [nw, ne, sw, se] = [c.nw, c.ne, c.sw, c.se].map((p) => toProjected(p, srid)) as [
    [number, number],
    [number, number],
    [number, number],
    [number, number],
  ];
  const interval = gridInterval(Math.min(ne[0] - nw[0], nw[1] - sw[1]));
  const ticks: GridTick[] = [];
  const along = (a: number, b: number, v: number, length: number) => ((v - a) / (b - a)) * length;
  for (const [edge, a, b] of [
    ["top", nw, ne],
    ["bottom", sw, se],
  ] as const)
    for (const e of gridValues(a[0], b[0], interval))
      ticks.push({ edge, at: along(a[0], b[0], e, w), label: gkLabel(e, zone) });
  for (const [edge, a, b] of [
    ["left", nw, sw],
    ["right", ne, se],
  ] as const)
    for (const n of gridValues(b[1], a[1], interval))
      ticks.push({ edge, at: along(a[1], b[1], n, h), label: gkLabel(n) });
  return { zone, srid, interval, ticks };
}
