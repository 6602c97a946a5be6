import {
  alertLevel,
  corridorType,
  dangerGrade,
  mineral,
  mineStatus,
  protectedKind,
  subsidenceStatus,
  transportKind,
  zoneStatus,
} from "@lianpian/domain";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { NO_COUNTY_LABELS } from "../county-labels.ts";
import { defaultVisibility } from "../layer-catalog.ts";
import { buildStyle, TILE_SOURCE } from "./build-style.ts";
import { CORRIDOR_COLOR } from "./corridors.style.ts";
import { ALERT_RING, DANGER_FILL } from "./hazards.style.ts";
import { MINE_STATUS_FILL, MINERAL_OUTLINE } from "./mines.style.ts";
import { PROTECTED_COLOR } from "./protected-areas.style.ts";
import { STYLE_IMAGES } from "./style-images.ts";
import { groupOf } from "./style-types.ts";
import { SUBSIDENCE_STATUS_FILL } from "./subsidence.style.ts";
import { TRANSPORT_LOOK } from "./transport.style.ts";
import { ZONE_STATUS_COLOR } from "./zones.style.ts";

const input = {
  origin: "http://127.0.0.1:3000",
  locale: "zh" as const,
  visibility: defaultVisibility(),
  countyLabels: NO_COUNTY_LABELS,
  face: "plan" as const,
};

describe("buildStyle", () => {
  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(buildStyle(input))).toEqual([]);
    expect(validateStyleMin(buildStyle({ ...input, locale: "en" }))).toEqual([]);
  });

  it("needs nothing from the internet: own tiles only, one composite source for the face, no glyphs, no sprite", () => {
    const style = buildStyle(input);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const vector = Object.entries(style.sources).filter(([, s]) => s.type === "vector");
    expect(vector).toEqual([[TILE_SOURCE, { type: "vector", url: "http://127.0.0.1:3000/tiles/plan.json" }]]);
    for (const layer of style.layers) {
      if ("source" in layer && layer.source !== "county-labels")
        expect(layer.source, layer.id).toBe(TILE_SOURCE);
    }
  });

  it("draws every label above every shape", () => {
    const types = buildStyle(input).layers.map((l) => l.type);
    expect(types.lastIndexOf("fill")).toBeLessThan(types.indexOf("symbol"));
    expect(types.lastIndexOf("circle")).toBeLessThan(types.indexOf("symbol"));
  });

  it("draws the heat map from the hazards of the tiles, under the hazard points, without written-off points", () => {
    const layers = buildStyle(input).layers;
    const ids = layers.map((l) => l.id);
    const heat = layers.find((l) => l.type === "heatmap");
    expect(heat).toMatchObject({ id: "hazard-heat", source: TILE_SOURCE, "source-layer": "hazards" });
    expect(groupOf(heat as { metadata?: unknown })).toBe("hazard_heat");
    expect(JSON.stringify(heat?.filter)).toContain("written_off");
    expect(JSON.stringify(heat?.paint)).toContain("threatened_people");
    expect(ids.indexOf("hazard-heat")).toBeLessThan(ids.indexOf("hazards-alert-ring"));
    const hidden = buildStyle({ ...input, visibility: { ...input.visibility, hazard_heat: false } });
    expect(hidden.layers.find((l) => l.id === "hazard-heat")?.layout?.visibility).toBe("none");
  });

  it("hides exactly the layers of a switched-off group", () => {
    const style = buildStyle({ ...input, visibility: { ...input.visibility, mines: false } });
    for (const layer of style.layers) {
      if (layer.type === "background") continue;
      const hidden = layer.layout?.visibility === "none";
      expect(hidden, layer.id).toBe(groupOf(layer) === "mines");
    }
  });

  it("switches map labels to English with a Chinese fallback", () => {
    const label = (locale: "zh" | "en") =>
      JSON.stringify(buildStyle({ ...input, locale }).layers.find((l) => l.id === "counties-label")?.layout);
    expect(label("zh")).toContain("name_zh");
    expect(label("zh")).not.toContain("name_en");
    expect(label("en")).toContain('["coalesce",["get","name_en"],["get","name_zh"]]');
  });

  it("has an image for every pattern the style names", () => {
    const names = JSON.stringify(buildStyle(input).layers).match(/hatch-[a-z_-]+/g) ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(STYLE_IMAGES[name], name).toBeDefined();
  });
});

describe("style colour tables", () => {
  it("give every vocabulary value a colour (so the legend lists them all)", () => {
    const cases: [readonly string[], Record<string, unknown>][] = [
      [mineStatus.values, MINE_STATUS_FILL],
      [mineral.values, MINERAL_OUTLINE],
      [subsidenceStatus.values, SUBSIDENCE_STATUS_FILL],
      [dangerGrade.values, DANGER_FILL],
      [alertLevel.values.filter((v) => v !== "none"), ALERT_RING],
      [corridorType.values, CORRIDOR_COLOR],
      [zoneStatus.values, ZONE_STATUS_COLOR],
      [protectedKind.values, PROTECTED_COLOR],
      [transportKind.values, TRANSPORT_LOOK],
    ];
    for (const [values, table] of cases) expect(Object.keys(table).sort()).toEqual([...values].sort());
  });
});
