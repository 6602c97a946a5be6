import type { HazardCard } from "@lianpian/domain";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { followStyle } from "../../map/follow-style.ts";

/**
 * The field face's own layers over the shared map style: the cached points
 * (so the map shows them offline even where no tile was kept) and the
 * evacuation route and shelter of the open card. The map controller
 * restyles by diff, which drops layers it does not know, so they are put
 * back after every style change.
 */
const SOURCE = "field-overlay";

export interface OverlayData {
  cards: readonly HazardCard[];
  focus: HazardCard | null;
  /** The words drawn beside the route and the shelter, in the face's language. */
  labels: { route: string; shelter: string };
}

function features(data: OverlayData): FeatureCollection {
  const out: Feature[] = data.cards.map((c) => ({
    type: "Feature",
    id: c.id,
    properties: { kind: "point", alert: c.current_alert, name: c.name_zh, focus: c.id === data.focus?.id },
    geometry: { type: "Point", coordinates: [c.lng, c.lat] },
  }));
  const f = data.focus;
  if (f?.evacuation_route)
    out.push({
      type: "Feature",
      properties: { kind: "route", label: data.labels.route },
      geometry: f.evacuation_route as Geometry,
    });
  if (f?.shelter)
    out.push({
      type: "Feature",
      properties: {
        kind: "shelter",
        label: f.shelter_name ? `${data.labels.shelter}\n${f.shelter_name}` : data.labels.shelter,
      },
      geometry: f.shelter as Geometry,
    });
  return { type: "FeatureCollection", features: out };
}

const LAYERS: LayerSpecification[] = [
  {
    id: "field-route",
    type: "line",
    source: SOURCE,
    filter: ["==", ["get", "kind"], "route"],
    paint: { "line-color": "#1565c0", "line-width": 4, "line-dasharray": [2, 1] },
  },
  {
    id: "field-points",
    type: "circle",
    source: SOURCE,
    filter: ["==", ["get", "kind"], "point"],
    paint: {
      "circle-radius": 6,
      "circle-stroke-width": 2,
      "circle-stroke-color": "#ffffff",
      "circle-color": [
        "match",
        ["get", "alert"],
        "red",
        "#d32f2f",
        "orange",
        "#ef6c00",
        "yellow",
        "#f9a825",
        "blue",
        "#1e88e5",
        "#6d4c41",
      ],
    },
  },
  {
    id: "field-shelter",
    type: "circle",
    source: SOURCE,
    filter: ["==", ["get", "kind"], "shelter"],
    paint: {
      "circle-radius": 9,
      "circle-color": "#2e7d32",
      "circle-stroke-width": 3,
      "circle-stroke-color": "#fff",
    },
  },
  // Labels: the open card's point by name, the route and the shelter by what they are.
  {
    id: "field-labels",
    type: "symbol",
    source: SOURCE,
    filter: [
      "any",
      ["all", ["==", ["get", "kind"], "point"], ["==", ["get", "focus"], true]],
      ["==", ["get", "kind"], "shelter"],
    ],
    layout: {
      "text-field": ["coalesce", ["get", "label"], ["get", "name"]],
      "text-size": 14,
      "text-anchor": "top",
      "text-offset": [0, 1],
      "text-allow-overlap": true,
    },
    paint: { "text-color": "#1a1a1a", "text-halo-color": "#ffffff", "text-halo-width": 2 },
  },
  {
    id: "field-route-label",
    type: "symbol",
    source: SOURCE,
    filter: ["==", ["get", "kind"], "route"],
    layout: { "symbol-placement": "line", "text-field": ["get", "label"], "text-size": 13 },
    paint: { "text-color": "#0d47a1", "text-halo-color": "#ffffff", "text-halo-width": 2 },
  },
];

/** Keeps the overlay on the map through restyles (followStyle); returns the setter of its data and the detach. */
export function attachOverlay(map: MapLibreMap): { set(data: OverlayData): void; detach(): void } {
  let data: OverlayData = { cards: [], focus: null, labels: { route: "", shelter: "" } };
  const detach = followStyle(map, () => {
    if (map.getSource(SOURCE)) return;
    map.addSource(SOURCE, { type: "geojson", data: features(data) });
    for (const layer of LAYERS) map.addLayer(layer);
  });
  return {
    set(next) {
      data = next;
      // without the source yet, the next styledata adds it with these data
      map.getSource<GeoJSONSource>(SOURCE)?.setData(features(data));
    },
    detach,
  };
}
