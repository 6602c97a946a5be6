import { type Label, TILE_LAYER_NAMES } from "@lianpian/domain";

/** Vector tile layers served by the API; each name is also the MVT source-layer name. */
export const TILE_LAYERS = TILE_LAYER_NAMES;
export type TileLayer = (typeof TILE_LAYERS)[number];

/** OGC API Features collection that holds the full record of each tile layer's features. */
export const COLLECTION_OF: Record<TileLayer, string> = {
  counties: "counties",
  rivers: "rivers",
  transport: "transport_lines",
  villages: "villages",
  protected_areas: "protected_areas",
  mines: "mines",
  subsidence: "subsidence_areas",
  hazards: "hazard_points",
  corridors: "corridors",
  zones: "treatment_zones",
  check_dams: "check_dams",
};

/** Faces of the app; each draws all its tile layers from one composite source (/tiles/{face}.json). */
export type TileFace = "plan" | "map" | "public" | "field";

/** Analysis overlays drawn from the tiles by a style of their own (the heat map). */
type OverlayId = "hazard_heat";

/** One row of the layer list: a tile layer or a deck.gl overlay. */
export type LayerGroupId = TileLayer | OverlayId;

export type LayerKind = "thematic" | "analysis" | "base";

export interface LayerGroup {
  id: LayerGroupId;
  kind: LayerKind;
  title: Label;
  defaultVisible: boolean;
}

/** The layer list, in panel order (top of the list draws on top). */
export const LAYER_GROUPS: readonly LayerGroup[] = [
  {
    id: "hazards",
    kind: "thematic",
    title: { zh: "地质灾害隐患点", en: "Geo-hazard points" },
    defaultVisible: true,
  },
  { id: "mines", kind: "thematic", title: { zh: "矿山", en: "Mines" }, defaultVisible: true },
  {
    id: "subsidence",
    kind: "thematic",
    title: { zh: "采煤沉陷区", en: "Subsidence areas" },
    defaultVisible: true,
  },
  {
    id: "corridors",
    kind: "thematic",
    title: { zh: "生态廊道", en: "Ecological corridors" },
    defaultVisible: true,
  },
  {
    id: "zones",
    kind: "thematic",
    title: { zh: "综合治理片区", en: "Treatment zones" },
    defaultVisible: true,
  },
  {
    id: "check_dams",
    kind: "thematic",
    title: { zh: "淤地坝", en: "Check dams" },
    defaultVisible: true,
  },
  {
    id: "hazard_heat",
    kind: "analysis",
    title: { zh: "隐患威胁人口热力", en: "Heat of threatened people" },
    defaultVisible: true,
  },
  { id: "villages", kind: "base", title: { zh: "村庄", en: "Villages" }, defaultVisible: true },
  { id: "transport", kind: "base", title: { zh: "交通", en: "Transport" }, defaultVisible: true },
  { id: "rivers", kind: "base", title: { zh: "河流", en: "Rivers" }, defaultVisible: true },
  {
    id: "protected_areas",
    kind: "base",
    title: { zh: "保护地", en: "Protected areas" },
    defaultVisible: true,
  },
  { id: "counties", kind: "base", title: { zh: "行政区划", en: "Counties" }, defaultVisible: true },
];

export type Visibility = Readonly<Record<LayerGroupId, boolean>>;

export function defaultVisibility(): Visibility {
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, g.defaultVisible])) as Record<
    LayerGroupId,
    boolean
  >;
}

/** The visible layer groups as an address parameter (`layers=mines,zones`), e.g. for the print page. */
export function visibilityParam(visibility: Visibility): string {
  return LAYER_GROUPS.filter((g) => visibility[g.id])
    .map((g) => g.id)
    .join(",");
}

/** The visibility an address parameter names; without one, the defaults. Unknown names are ignored. */
export function visibilityFromParam(param: string | null): Visibility {
  if (param === null) return defaultVisibility();
  const named = new Set(param.split(","));
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, named.has(g.id)])) as Record<
    LayerGroupId,
    boolean
  >;
}

export function isTileLayer(value: unknown): value is TileLayer {
  return (TILE_LAYERS as readonly unknown[]).includes(value);
}
