import type { Label } from "@lianpian/domain";
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Locale } from "../../i18n/locale.ts";
import type { LayerGroupId } from "../layer-catalog.ts";

/** What a layer group's style depends on. */
export interface StyleContext {
  locale: Locale;
  /** Id of the vector source the layers draw from: the face's composite source (one for all layers). */
  source: string;
}

/** How a legend row is drawn; the same colour constants feed the map style. */
export type LegendSwatch =
  | { shape: "fill"; fill: string; stroke?: string; hatch?: boolean; opacity?: number }
  | { shape: "line"; stroke: string; width: number; dash?: boolean; casing?: string }
  | { shape: "circle"; fill: string; stroke: string; radius: number; strokeWidth?: number }
  | { shape: "ring"; stroke: string; radius: number }
  | { shape: "gradient"; stops: readonly string[] };

interface LegendItem {
  label: Label;
  swatch: LegendSwatch;
}

export interface LegendSection {
  title?: Label;
  items: readonly LegendItem[];
}

/** Metadata key carrying a style layer's layer-list group, so the controller can toggle it. */
const GROUP_KEY = "lianpian:group";

export type GroupedLayer = LayerSpecification & { metadata: { [GROUP_KEY]: LayerGroupId } };

/** Tags each style layer with its group. */
export function inGroup(group: LayerGroupId, layers: readonly LayerSpecification[]): GroupedLayer[] {
  return layers.map((layer) => ({ ...layer, metadata: { [GROUP_KEY]: group } }) as GroupedLayer);
}

export function groupOf(layer: { metadata?: unknown }): LayerGroupId | undefined {
  const metadata = layer.metadata as Record<string, unknown> | undefined;
  return metadata?.[GROUP_KEY] as LayerGroupId | undefined;
}
