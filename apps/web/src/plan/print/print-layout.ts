/** Paper sizes (ISO 216) in millimetres, portrait. */
const PAPERS = { A4: [210, 297], A3: [297, 420] } as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = "portrait" | "landscape";

/** CSS pixels per millimetre (96 dpi). */
export const PX_PER_MM = 96 / 25.4;
const EARTH_RADIUS = 6378137;
/** The page margin and the room kept beside the map frame for the tick labels and the title. */
export const PAGE_MARGIN_MM = 12;
const FRAME_ALLOWANCE = { width: 24, height: 80 } as const;

/** The page in millimetres, width × height, for the paper and orientation. */
export function pageSize(paper: Paper, orientation: Orientation): [number, number] {
  const [w, h] = PAPERS[paper];
  return orientation === "portrait" ? [w, h] : [h, w];
}

/** The map frame in millimetres on the first page: the page less its margins and the room for labels. */
export function frameSize(paper: Paper, orientation: Orientation): [number, number] {
  const [w, h] = pageSize(paper, orientation);
  return [w - 2 * PAGE_MARGIN_MM - FRAME_ALLOWANCE.width, h - 2 * PAGE_MARGIN_MM - FRAME_ALLOWANCE.height];
}

/** Ground metres per CSS pixel at a scale of 1:N on paper. */
export const metresPerPixel = (scale: number) => (scale * 25.4) / 96 / 1000;

/**
 * The MapLibre zoom (512-pixel world) at which one CSS pixel covers the
 * ground it covers on paper at 1:N, at latitude `lat` (Web Mercator).
 */
export function zoomForScale(scale: number, lat: number): number {
  const worldAtZ0 = (2 * Math.PI * EARTH_RADIUS * Math.cos((lat * Math.PI) / 180)) / 512;
  return Math.log2(worldAtZ0 / metresPerPixel(scale));
}

/** Map scales offered, and the denominator a fitted scale is rounded up to. */
export const SCALES = [
  500, 1000, 2000, 2500, 5000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
] as const;

/** The smallest offered 1:N at which a zone of the given ground size (metres) fits the frame (mm). */
export function fitScale(groundWidth: number, groundHeight: number, frame: [number, number]): number {
  const needed = Math.max(groundWidth / (frame[0] * 0.9), groundHeight / (frame[1] * 0.9)) * 1000;
  return SCALES.find((s) => s >= needed) ?? Math.ceil(needed / 100_000) * 100_000;
}

/** The largest 1, 2 or 5 × 10^k not above `value`. */
function niceNumber(value: number): number {
  const k = 10 ** Math.floor(Math.log10(value));
  const lead = value / k;
  return (lead >= 5 ? 5 : lead >= 2 ? 2 : 1) * k;
}

/** A scale bar at most `maxMm` long at 1:N: its ground length, label and length on paper. */
export function scaleBar(scale: number, maxMm = 40): { metres: number; label: string; mm: number } {
  const metres = niceNumber((scale * maxMm) / 1000);
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, label, mm: (metres * 1000) / scale };
}

/** A grid interval (metres) giving about `count` lines over a ground length. */
export const gridInterval = (groundLength: number, count = 4) => niceNumber(groundLength / count);

/** The multiples of `step` within [from, to]. */
export function gridValues(from: number, to: number, step: number): number[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

/** A GK coordinate as printed: thousands split by thin spaces, the zone number before an easting. */
export function gkLabel(value: number, zone?: number): string {
  const digits = Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return zone === undefined ? digits : `${zone} ${digits}`;
}
