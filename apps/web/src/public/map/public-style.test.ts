import type { LayerSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { defaultVisibility } from "../../map/layer-catalog.ts";
import { buildStyle } from "../../map/style/build-style.ts";
import {
  byProgress,
  PROGRESS_COLOR,
  type PublicStyleInput,
  publicStyle,
  publicVisibility,
} from "./public-style.ts";

const base: StyleSpecification = buildStyle({
  origin: "http://127.0.0.1:3000",
  locale: "zh",
  visibility: defaultVisibility(),
  countyLabels: { type: "FeatureCollection", features: [] },
} as Parameters<typeof buildStyle>[0]);

const input: PublicStyleInput = {
  locale: "zh",
  layers: ["zones", "subsidence", "pits", "corridors", "hazards"],
  progress: {
    zones: new Map([
      [3, "done"],
      [1, "planned"],
      [2, "done"],
    ]),
    subsidence: new Map([[7, "in_progress"]]),
  },
  county: null,
  regions: [{ id: "140400", geometry: { type: "Point", coordinates: [113, 36.5] }, name: "长治市" }],
  pick: null,
};

const layer = (style: StyleSpecification, id: string) =>
  style.layers.find((l) => l.id === id) as LayerSpecification & {
    filter?: unknown;
    paint?: Record<string, unknown>;
  };

describe("publicStyle", () => {
  it("colours zones by their state at the slider's year, by feature id", () => {
    const style = publicStyle(base, input);
    expect(layer(style, "zones-fill").paint?.["fill-color"]).toEqual([
      "match",
      ["id"],
      [2, 3],
      PROGRESS_COLOR.done,
      [1],
      PROGRESS_COLOR.planned,
      PROGRESS_COLOR.later,
    ]);
    expect(JSON.stringify(layer(style, "subsidence-fill").paint?.["fill-color"])).toContain(
      PROGRESS_COLOR.in_progress,
    );
  });

  it("draws zone and subsidence outlines wide at the city-wide view, so the year's colour shows there", () => {
    const style = publicStyle(base, input);
    const width = layer(style, "zones-outline").paint?.["line-width"] as unknown[];
    // zoom 7 → 5 px, zoom 11 → the base width at 11 (1.8 + 1.7 × 3/5 = 2.82)
    expect(width.slice(0, 4)).toEqual(["interpolate", ["linear"], ["zoom"], 7]);
    expect(width[4]).toBe(5);
    expect(width[8]).toBeCloseTo(2.82, 5);
    expect(JSON.stringify(layer(style, "zones-outline").paint?.["line-opacity"])).toContain("0.3");
    const sub = layer(style, "subsidence-outline").paint?.["line-width"] as unknown[];
    expect(sub[4]).toBe(5);
    // the severity width stays the last stop (a data expression may end a zoom interpolation)
    expect(sub[8]).toEqual(layer(base, "subsidence-outline").paint?.["line-width"]);
    // before the first progress answer the base widths stay
    const none = publicStyle(base, { ...input, progress: null });
    expect(layer(none, "zones-outline").paint?.["line-width"]).toEqual(
      layer(base, "zones-outline").paint?.["line-width"],
    );
  });

  it("hides draft zones, written-off points and every mine but the historic pits", () => {
    const style = publicStyle(base, input);
    expect(JSON.stringify(layer(style, "zones-outline").filter)).toContain('"!=",["get","status"],"draft"');
    expect(JSON.stringify(layer(style, "hazards-circle").filter)).toContain("written_off");
    expect(JSON.stringify(layer(style, "mines-fill").filter)).toContain("historic_abandoned");
    expect(JSON.stringify(layer(style, "mines-fill").paint?.["fill-color"])).toContain("restoration_state");
  });

  it("adds the county mask only with a county filter, and the pick point on top", () => {
    expect(layer(publicStyle(base, input), "public-county-mask")).toBeUndefined();
    const style = publicStyle(base, { ...input, county: "140521", pick: [112.3, 35.7] });
    expect(JSON.stringify(layer(style, "public-county-mask").filter)).toContain("140521");
    expect(style.layers.at(-1)?.id).toBe("public-pick");
    expect(JSON.stringify(style.sources["public-pick"])).toContain("112.3");
    // every label still above every shape
    const firstLabel = style.layers.findIndex((l) => l.type === "symbol");
    expect(style.layers.slice(firstLabel).every((l) => l.type === "symbol" || l.id === "public-pick")).toBe(
      true,
    );
  });

  it("leaves the base colours alone until the first progress answer", () => {
    const style = publicStyle(base, { ...input, progress: null });
    expect(layer(style, "subsidence-fill").paint?.["fill-color"]).toEqual(
      layer(base, "subsidence-fill").paint?.["fill-color"],
    );
  });
});

describe("publicVisibility and byProgress", () => {
  it("switch base groups by the public layers and never show the heat map", () => {
    const v = publicVisibility(["zones", "pits"]);
    expect(v).toMatchObject({
      zones: true,
      mines: true,
      subsidence: false,
      hazards: false,
      hazard_heat: false,
      counties: true,
    });
  });

  it("is a constant when no feature has a state", () => {
    expect(byProgress(new Map(), PROGRESS_COLOR, "#000")).toEqual(["literal", "#000"]);
  });
});
