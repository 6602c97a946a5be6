import type { UploadedBasemap } from "./imagery-layer.ts";

type Text = { zh: string; en: string };

/** The run-time settings the base maps need (GET /api/settings/public). */
export interface MapSettings {
  map_review_number: string | null;
  basemap_tile_url: string | null;
  tianditu_key: string | null;
}

/** One raster layer of a base map (a base map may be imagery plus its annotation). */
interface BasemapLayer {
  tiles: string[];
  minzoom: number;
  maxzoom: number;
  bounds?: [number, number, number, number];
  attribution: string;
}

/** A choice in the base-map switcher: the layers it draws, or why it is not available. */
export interface BasemapOption {
  id: string;
  label: Text;
  layers: BasemapLayer[];
  /** Set when the option cannot be chosen; it is then shown disabled with this reason. */
  unavailable?: Text;
  /** An online map: the 审图号 must be shown while it is on. */
  needsReviewNumber: boolean;
}

const TIANDITU_ATTRIBUTION = "天地图 © 国家地理信息公共服务平台 Tianditu";
const TIANDITU = [
  { kind: "vec", note: "cva", label: { zh: "天地图 矢量", en: "Tianditu vector" }, maxzoom: 18 },
  { kind: "img", note: "cia", label: { zh: "天地图 影像", en: "Tianditu imagery" }, maxzoom: 18 },
  { kind: "ter", note: "cta", label: { zh: "天地图 地形", en: "Tianditu terrain" }, maxzoom: 14 },
] as const;

/** Tianditu's Web Mercator (`_w`) WMTS tiles of one layer over its eight hosts, keyed by `tk`. */
function tiandituTiles(layer: string, key: string): string[] {
  const tk = encodeURIComponent(key);
  return Array.from(
    { length: 8 },
    (_, i) =>
      `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
      `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`,
  );
}

/** An admin's XYZ URL as is; a WMTS (REST or KVP) template with its TileMatrix/TileRow/TileCol made {z}/{y}/{x}. */
export function xyzTemplate(url: string): string {
  return url
    .replace(/\{TileMatrix\}/gi, "{z}")
    .replace(/\{TileRow\}/gi, "{y}")
    .replace(/\{TileCol\}/gi, "{x}");
}

/** The host of a URL template for its attribution, or the template when it has none. */
function hostOf(url: string): string {
  return /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? url;
}

/**
 * Every base map the switcher offers after the offline vector base (which is
 * the default and needs nothing): Tianditu vector, imagery and terrain each
 * with its annotation layer — unavailable, with no URL at all, while no key
 * is set — the admin's configured XYZ/WMTS URL, and the uploaded imagery.
 */
export function basemapOptions(
  settings: MapSettings | null,
  uploads: readonly UploadedBasemap[],
): BasemapOption[] {
  const key = settings?.tianditu_key ?? null;
  const tianditu: BasemapOption[] = TIANDITU.map((t) => ({
    id: `tianditu-${t.kind}`,
    label: t.label,
    needsReviewNumber: true,
    ...(key
      ? {
          layers: [t.kind, t.note].map((layer) => ({
            tiles: tiandituTiles(layer, key),
            minzoom: 1,
            maxzoom: t.maxzoom,
            attribution: TIANDITU_ATTRIBUTION,
          })),
        }
      : {
          layers: [],
          unavailable: { zh: "管理员未设置天地图密钥", en: "no Tianditu key set by an admin" },
        }),
  }));
  const url = settings?.basemap_tile_url;
  const configured: BasemapOption[] = url
    ? [
        {
          id: "configured",
          label: { zh: `在线底图（${hostOf(url)}）`, en: `Online base map (${hostOf(url)})` },
          needsReviewNumber: true,
          layers: [{ tiles: [xyzTemplate(url)], minzoom: 0, maxzoom: 19, attribution: hostOf(url) }],
        },
      ]
    : [];
  const uploaded: BasemapOption[] = uploads.map((b) => ({
    id: `upload-${b.id}`,
    label: { zh: b.name, en: b.name },
    needsReviewNumber: false,
    layers: [
      {
        tiles: [b.tiles],
        minzoom: b.min_zoom,
        maxzoom: b.max_zoom,
        attribution: b.attribution || b.name,
        ...(b.bounds?.length === 4
          ? {
              bounds: [b.bounds[0], b.bounds[1], b.bounds[2], b.bounds[3]] as [
                number,
                number,
                number,
                number,
              ],
            }
          : {}),
      },
    ],
  }));
  return [...uploaded, ...tianditu, ...configured];
}
