import type { LayerSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { CountyLabels } from "../county-labels.ts";
import type { LayerGroupId, TileFace, Visibility } from "../layer-catalog.ts";
import { checkDamsLayers } from "./check-dams.style.ts";
import { corridorsLayers } from "./corridors.style.ts";
import { BACKGROUND, COUNTY_LABEL_SOURCE, countiesLayers } from "./counties.style.ts";
import { hazardsLayers } from "./hazards.style.ts";
import { hazardHeatLayers } from "./heat.style.ts";
import { minesLayers } from "./mines.style.ts";
import { protectedAreasLayers } from "./protected-areas.style.ts";
import { riversLayers } from "./rivers.style.ts";
import { type GroupedLayer, groupOf, inGroup, type StyleContext } from "./style-types.ts";
import { subsidenceLayers } from "./subsidence.style.ts";
import { transportLayers } from "./transport.style.ts";
import { villagesLayers } from "./villages.style.ts";
import { zonesLayers } from "./zones.style.ts";

export interface StyleInput extends Omit<StyleContext, "source"> {
  /** The face whose composite tiles the map draws (one request per tile for all layers); default map. */
  face?: TileFace;
  /** Origin of the API (the page's own origin), e.g. "http://127.0.0.1:3000". */
  origin: string;
  visibility: Visibility;
  /** One label point per county, computed from the counties collection. */
  countyLabels: CountyLabels;
}

/** Id of the one vector source every tile layer draws from (the face's composite tiles). */
export const TILE_SOURCE = "lianpian";

/** The TileJSON URL of a tile layer or a face's composite; the API answers with absolute tile URLs on the same origin. */
export function tileJsonUrl(origin: string, set: string): string {
  return `${origin}/tiles/${set}.json`;
}

function split(layers: GroupedLayer[]) {
  const isLabel = (l: LayerSpecification) => l.type === "symbol";
  return { shapes: layers.filter((l) => !isLabel(l)), labels: layers.filter(isLabel) };
}

/**
 * The whole map style, offline: only the project's own vector tiles, no
 * sprite, no glyphs URL (labels are drawn from local fonts, see text.ts).
 * Pure: the same input gives the same style, so the controller can diff.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const ctx: StyleContext = { locale: input.locale, source: TILE_SOURCE };
  const g = (group: LayerGroupId, layers: LayerSpecification[]) => split(inGroup(group, layers));
  const counties = g("counties", countiesLayers(ctx));
  const protectedAreas = g("protected_areas", protectedAreasLayers(ctx));
  const zones = g("zones", zonesLayers(ctx));
  const subsidence = g("subsidence", subsidenceLayers(ctx));
  const rivers = g("rivers", riversLayers(ctx));
  const corridors = g("corridors", corridorsLayers(ctx));
  const transport = g("transport", transportLayers(ctx));
  const mines = g("mines", minesLayers(ctx));
  const villages = g("villages", villagesLayers(ctx));
  const hazards = g("hazards", hazardsLayers(ctx));
  const checkDams = g("check_dams", checkDamsLayers(ctx));
  const heat = inGroup("hazard_heat", hazardHeatLayers(ctx));

  // Areas first, then lines, then points; every label above every shape.
  const ordered: GroupedLayer[] = [
    ...counties.shapes.filter((l) => l.type === "fill"),
    ...protectedAreas.shapes,
    ...corridors.shapes.filter((l) => l.type === "fill"),
    // Mine fills under subsidence (which spreads around and beyond the licence), mine outlines above both.
    ...mines.shapes.filter((l) => l.type === "fill"),
    ...subsidence.shapes,
    ...mines.shapes.filter((l) => l.type !== "fill"),
    ...rivers.shapes,
    ...corridors.shapes.filter((l) => l.type !== "fill"),
    ...transport.shapes,
    ...zones.shapes,
    ...counties.shapes.filter((l) => l.type !== "fill"),
    ...villages.shapes,
    ...checkDams.shapes,
    // the heat map right under the hazard points it is drawn from
    ...heat,
    ...hazards.shapes,
    ...rivers.labels,
    ...corridors.labels,
    ...transport.labels,
    ...protectedAreas.labels,
    ...subsidence.labels,
    ...mines.labels,
    ...villages.labels,
    ...hazards.labels,
    ...checkDams.labels,
    ...zones.labels,
    ...counties.labels,
  ];
  const layers = ordered.map((layer) => withVisibility(layer, input.visibility));

  return {
    version: 8,
    name: "Lianpian offline",
    sources: {
      [TILE_SOURCE]: { type: "vector", url: tileJsonUrl(input.origin, input.face ?? "map") },
      [COUNTY_LABEL_SOURCE]: { type: "geojson", data: input.countyLabels },
    },
    layers: [{ id: "background", type: "background", paint: { "background-color": BACKGROUND } }, ...layers],
  };
}

function withVisibility(layer: GroupedLayer, visibility: Visibility): LayerSpecification {
  const group = groupOf(layer);
  const visible = group === undefined || visibility[group];
  return {
    ...layer,
    layout: { ...layer.layout, visibility: visible ? "visible" : "none" },
  } as LayerSpecification;
}
