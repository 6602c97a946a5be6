import type { restorationState } from "@lianpian/domain";
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Locale } from "../../i18n/locale.ts";
import { defaultVisibility, type Visibility } from "../../map/layer-catalog.ts";
import { TILE_SOURCE } from "../../map/style/build-style.ts";
import { matchProperty } from "../../map/style/expressions.ts";
import type { ProgressState } from "../public-api.ts";
import type { PublicLayer } from "../url-state.ts";

/**
 * The public map is the base style (map/style/build-style.ts) with a few
 * rewrites: drafts and written-off points hidden, only historic pits among
 * the mines (coloured by restoration state), zones and subsidence coloured by
 * where they stood at the end of the slider's year, the county filter as a
 * mask, Changzhi's sketched outline and the report's picked point on top.
 */

/** Time-slider colours, from not started (grey) to done (green); the legend reads the same table. */
export const PROGRESS_COLOR: Record<ProgressState, string> = {
  later: "#9e9e9e",
  planned: "#e8710a",
  in_progress: "#d4a106",
  done: "#1e8e3e",
};

/** Fill opacity of each state: what does not exist yet at that year is only hinted at. */
const PROGRESS_OPACITY: Record<ProgressState, number> = {
  later: 0.08,
  planned: 0.35,
  in_progress: 0.45,
  done: 0.55,
};

/** Outline opacity of each state: what is not yet planned at that year stays faint. */
const PROGRESS_LINE_OPACITY: Record<ProgressState, number> = {
  later: 0.3,
  planned: 1,
  in_progress: 1,
  done: 1,
};

/**
 * At the city-wide view a zone or subsidence area is a few pixels across, so
 * a change of fill alone is not seen: there the outline is drawn wide (5 px
 * at zoom 7, narrowing to the base style's width by zoom 11), which makes
 * each area a dot in its year's colour.
 */
function cityWideWidth(baseWidth: unknown): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["zoom"],
    7,
    5,
    9,
    4,
    11,
    baseWidth ?? 1,
  ] as unknown as ExpressionSpecification;
}

type Restoration = (typeof restorationState.values)[number];
export const PIT_COLOR: Record<Restoration, string> = {
  not_started: "#c0392b",
  in_progress: "#e67e22",
  restored: "#27ae60",
  accepted: "#1b5e20",
};

export const CHANGZHI_COLOR = "#5b4a70";
const PICK_COLOR = "#d81b60";

export interface PublicStyleInput {
  locale: Locale;
  layers: readonly PublicLayer[];
  /** State per feature id at the slider's year; null until the first answer. */
  progress: {
    zones: ReadonlyMap<number, ProgressState>;
    subsidence: ReadonlyMap<number, ProgressState>;
  } | null;
  county: string | null;
  /** Regions with their own outline (Changzhi), as GeoJSON features. */
  regions: readonly { id: string; geometry: unknown; name: string }[];
  pick: readonly [number, number] | null;
}

/** Base-map groups each public layer switches; the context layers stay on, the heat map off. */
export function publicVisibility(layers: readonly PublicLayer[]): Visibility {
  const on = (l: PublicLayer) => layers.includes(l);
  return {
    ...defaultVisibility(),
    zones: on("zones"),
    subsidence: on("subsidence"),
    mines: on("pits"),
    corridors: on("corridors"),
    hazards: on("hazards"),
    hazard_heat: false,
  };
}

/** `match` on the feature id, one branch per state that has features. */
export function byProgress(
  states: ReadonlyMap<number, ProgressState>,
  table: Readonly<Record<ProgressState, string | number>>,
  fallback: string | number,
): ExpressionSpecification {
  const groups = new Map<ProgressState, number[]>();
  for (const [id, state] of states) groups.set(state, [...(groups.get(state) ?? []), id]);
  const branches = [...groups].flatMap(([state, ids]) => [ids.sort((a, b) => a - b), table[state]]);
  if (branches.length === 0) return ["literal", fallback] as unknown as ExpressionSpecification;
  return ["match", ["id"], ...branches, fallback] as unknown as ExpressionSpecification;
}

const withFilter = (layer: LayerSpecification, extra: FilterSpecification): LayerSpecification => {
  const current = (layer as { filter?: FilterSpecification }).filter;
  return {
    ...layer,
    filter: (current ? ["all", current, extra] : extra) as FilterSpecification,
  } as LayerSpecification;
};

/** The tile layer a style layer draws (all tile layers share one composite source). */
const sourceOf = (layer: LayerSpecification) => (layer as { "source-layer"?: string })["source-layer"];

function rewrite(layer: LayerSpecification, input: PublicStyleInput): LayerSpecification {
  const source = sourceOf(layer);
  const paint = { ...(layer as { paint?: Record<string, unknown> }).paint };
  const progress = input.progress;
  if (source === "mines") {
    const pits = withFilter(layer, ["==", ["get", "status"], "historic_abandoned"]);
    if (layer.id === "mines-fill")
      paint["fill-color"] = matchProperty("restoration_state", PIT_COLOR, "#999999");
    return { ...pits, paint } as LayerSpecification;
  }
  if (source === "hazards") return withFilter(layer, ["!=", ["get", "inventory_status"], "written_off"]);
  if (source === "zones") {
    const shown = withFilter(layer, ["!=", ["get", "status"], "draft"]);
    if (progress && layer.type === "fill") {
      paint["fill-color"] = byProgress(progress.zones, PROGRESS_COLOR, PROGRESS_COLOR.later);
      paint["fill-opacity"] = byProgress(progress.zones, PROGRESS_OPACITY, 0);
    }
    if (progress && layer.type === "line") {
      paint["line-color"] = byProgress(progress.zones, PROGRESS_COLOR, PROGRESS_COLOR.later);
      paint["line-opacity"] = byProgress(progress.zones, PROGRESS_LINE_OPACITY, PROGRESS_LINE_OPACITY.later);
      paint["line-width"] = cityWideWidth(atZoom(paint["line-width"], 11));
    }
    return { ...shown, paint } as LayerSpecification;
  }
  if (source === "subsidence" && progress) {
    if (layer.type === "fill") {
      paint["fill-color"] = byProgress(progress.subsidence, PROGRESS_COLOR, PROGRESS_COLOR.later);
      paint["fill-opacity"] = byProgress(progress.subsidence, PROGRESS_OPACITY, 0.08);
    }
    if (layer.type === "line") {
      paint["line-color"] = byProgress(progress.subsidence, PROGRESS_COLOR, PROGRESS_COLOR.later);
      paint["line-opacity"] = byProgress(
        progress.subsidence,
        PROGRESS_LINE_OPACITY,
        PROGRESS_LINE_OPACITY.later,
      );
      paint["line-width"] = cityWideWidth(atZoom(paint["line-width"], 11));
    }
    return { ...layer, paint } as LayerSpecification;
  }
  return layer;
}

/**
 * A width usable as an interpolation stop: a number or data expression as
 * is; a zoom interpolation (which cannot nest in another) read at `zoom`.
 */
function atZoom(width: unknown, zoom: number): unknown {
  if (!Array.isArray(width) || width[0] !== "interpolate" || JSON.stringify(width[2]) !== '["zoom"]')
    return width;
  const stops = (width.slice(3) as number[]).map(Number);
  const at = (i: number) => stops[i] ?? 0;
  for (let i = 0; i + 3 < stops.length; i += 2) {
    const [z0, v0, z1, v1] = [at(i), at(i + 1), at(i + 2), at(i + 3)];
    if (zoom <= z1) return zoom <= z0 ? v0 : v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return at(stops.length - 1);
}

/** The public map's layers that are not in the base style. */
function ownLayers(input: PublicStyleInput): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: "public-regions-outline",
      type: "line",
      source: "public-regions",
      paint: { "line-color": CHANGZHI_COLOR, "line-width": 2, "line-dasharray": [4, 3] },
    },
    {
      id: "public-regions-label",
      type: "symbol",
      source: "public-regions",
      layout: { "text-field": ["get", "name"], "text-size": 13, "symbol-placement": "point" },
      paint: { "text-color": CHANGZHI_COLOR, "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
    {
      id: "public-pick",
      type: "circle",
      source: "public-pick",
      paint: {
        "circle-radius": 9,
        "circle-color": PICK_COLOR,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 3,
      },
    },
  ];
  if (input.county) {
    layers.unshift({
      id: "public-county-mask",
      type: "fill",
      source: TILE_SOURCE,
      "source-layer": "counties",
      filter: ["all", ["==", ["get", "level"], "county"], ["!=", ["get", "code"], input.county]],
      paint: { "fill-color": "#ffffff", "fill-opacity": 0.6 },
    });
  }
  return layers;
}

/** Rewrites the base style for the public map; pure, so the controller can diff it. */
export function publicStyle(base: StyleSpecification, input: PublicStyleInput): StyleSpecification {
  const rewritten = base.layers.map((layer) => rewrite(layer, input));
  const firstLabel = rewritten.findIndex((l) => l.type === "symbol");
  const at = firstLabel < 0 ? rewritten.length : firstLabel;
  const own = ownLayers(input);
  const shapes = own.filter((l) => l.type !== "symbol" && l.id !== "public-pick");
  const labels = own.filter((l) => l.type === "symbol");
  const pick = own.filter((l) => l.id === "public-pick");
  return {
    ...base,
    sources: {
      ...base.sources,
      "public-regions": {
        type: "geojson",
        data: {
          type: "FeatureCollection",
          features: input.regions.map((r) => ({
            type: "Feature",
            id: r.id,
            geometry: r.geometry as GeoJSON.Geometry,
            properties: { name: r.name },
          })),
        },
      },
      "public-pick": {
        type: "geojson",
        data: {
          type: "FeatureCollection",
          features: input.pick
            ? [{ type: "Feature", geometry: { type: "Point", coordinates: [...input.pick] }, properties: {} }]
            : [],
        },
      },
    },
    layers: [...rewritten.slice(0, at), ...shapes, ...rewritten.slice(at), ...labels, ...pick],
  };
}
