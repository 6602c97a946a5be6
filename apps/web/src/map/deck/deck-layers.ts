import type { Layer } from "@deck.gl/core";
import type { Visibility } from "../layer-catalog.ts";
import { type HazardHeatPoint, hazardHeatLayer } from "./hazard-heat.layer.ts";

/** Everything the deck.gl overlays are drawn from. */
export interface DeckState {
  visibility: Visibility;
  hazards: readonly HazardHeatPoint[];
}

/** The deck.gl layers: a pure function of the state. */
export function deckLayers(state: DeckState): Layer[] {
  return [hazardHeatLayer(state.hazards, state.visibility.hazard_heat && state.hazards.length > 0)];
}
