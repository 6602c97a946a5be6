import { PLAN_YEARS } from "@lianpian/domain";
import type { Locale } from "../i18n/locale.ts";

/** The public page's panels: the map's legend, dashboards, a citizen report, a status lookup, staff triage. */
const PUBLIC_TABS = ["map", "charts", "report", "track", "triage"] as const;
export type PublicTab = (typeof PUBLIC_TABS)[number];

/** Layers the public map can show; each maps onto base-map groups (see public-style.ts). */
export const PUBLIC_LAYERS = ["zones", "subsidence", "pits", "corridors", "hazards"] as const;
export type PublicLayer = (typeof PUBLIC_LAYERS)[number];

/** Charts that can be embedded alone. */
export const PUBLIC_CHARTS = ["subsidence", "swc", "green", "zones", "hazards"] as const;
export type PublicChart = (typeof PUBLIC_CHARTS)[number];

/** Everything a shared link or an embed carries. */
export interface PublicView {
  tab: PublicTab;
  /** a county's 6-digit code, or null for all of Jincheng */
  county: string | null;
  /** null: the current year (the server decides) */
  year: number | null;
  layers: readonly PublicLayer[];
  /** an iframe-friendly page: no header, no tabs */
  embed: boolean;
  /** in an embed, one chart instead of the map */
  chart: PublicChart | null;
  locale: Locale | null;
  /** a tracking code to look up */
  code: string | null;
  /** the map's position and zoom (a shared link opens where it was shared); null: the whole city */
  at: MapAt | null;
}

/** A map position: centre in degrees (EPSG:4326) and zoom. */
export interface MapAt {
  lng: number;
  lat: number;
  zoom: number;
}

export const DEFAULT_VIEW: PublicView = {
  tab: "map",
  county: null,
  year: null,
  layers: PUBLIC_LAYERS,
  embed: false,
  chart: null,
  locale: null,
  code: null,
  at: null,
};

/** "lng,lat,zoom" → a position, or null when it is not a sane one. */
function parseAt(text: string | null): MapAt | null {
  if (!text) return null;
  const parts = text.split(",").map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lng, lat, zoom };
}

/** A position as "lng,lat,zoom": 5 decimals (about a metre) and zoom to 0.01. */
function formatAt(at: MapAt): string {
  return `${at.lng.toFixed(5)},${at.lat.toFixed(5)},${at.zoom.toFixed(2)}`;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/**
 * Reads the view from a query string; anything malformed falls back to the
 * default, so a mangled link still opens a page.
 * @example parseView("?county=140521&year=2025&layers=zones,hazards").layers // ["zones", "hazards"]
 */
export function parseView(search: string): PublicView {
  const q = new URLSearchParams(search);
  const year = Number(q.get("year"));
  const layersParam = q.get("layers");
  const layers =
    layersParam === null ? PUBLIC_LAYERS : PUBLIC_LAYERS.filter((l) => layersParam.split(",").includes(l));
  const county = q.get("county");
  const code = q.get("code");
  return {
    tab: oneOf(PUBLIC_TABS, q.get("tab")) ?? "map",
    county: county && /^[0-9]{6}$/.test(county) ? county : null,
    year: Number.isInteger(year) && year >= PLAN_YEARS.first && year <= PLAN_YEARS.last ? year : null,
    layers,
    embed: q.get("embed") === "1",
    chart: oneOf(PUBLIC_CHARTS, q.get("chart")),
    locale: oneOf(["zh", "en"] as const, q.get("lang")),
    code: code && code.length <= 40 ? code : null,
    at: parseAt(q.get("at")),
  };
}

/** The query string of a view, default values left out so links stay short. */
export function viewQuery(view: PublicView): string {
  const q = new URLSearchParams();
  if (view.tab !== "map") q.set("tab", view.tab);
  if (view.county) q.set("county", view.county);
  if (view.year !== null) q.set("year", String(view.year));
  if (view.layers.length !== PUBLIC_LAYERS.length) q.set("layers", view.layers.join(","));
  if (view.embed) q.set("embed", "1");
  if (view.chart) q.set("chart", view.chart);
  if (view.locale) q.set("lang", view.locale);
  if (view.code) q.set("code", view.code);
  if (view.at) q.set("at", formatAt(view.at));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The embed link of a view: the same filters, no private tab, as an iframe-friendly page. */
export function embedQuery(view: PublicView, chart: PublicChart | null): string {
  return viewQuery({ ...view, tab: "map", embed: true, chart, code: null });
}
