import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, embedQuery, PUBLIC_LAYERS, parseView, viewQuery } from "./url-state.ts";

describe("public view in the URL", () => {
  it("round-trips every filter", () => {
    const view = {
      ...DEFAULT_VIEW,
      tab: "charts" as const,
      county: "140521",
      year: 2027,
      layers: ["zones", "hazards"] as const,
      locale: "en" as const,
    };
    expect(parseView(viewQuery(view))).toEqual(view);
    expect(viewQuery(view)).toBe("?tab=charts&county=140521&year=2027&layers=zones%2Chazards&lang=en");
  });

  it("keeps default values out of the link", () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe("");
    expect(parseView("")).toEqual(DEFAULT_VIEW);
  });

  it("falls back to defaults on mangled values", () => {
    const view = parseView("?tab=admin&county=14052&year=1999&layers=nope,zones&chart=pie&lang=fr&embed=yes");
    expect(view).toEqual({ ...DEFAULT_VIEW, layers: ["zones"] });
    expect(parseView("?layers=").layers).toEqual([]);
    expect(parseView("?year=2035").year).toBe(2035);
  });

  it("builds an embed link with the same filters and no lookup code", () => {
    const view = { ...DEFAULT_VIEW, tab: "track" as const, county: "140525", code: "LP-1" };
    expect(embedQuery(view, "swc")).toBe("?county=140525&embed=1&chart=swc");
    expect(parseView(embedQuery(view, null))).toMatchObject({
      embed: true,
      tab: "map",
      layers: PUBLIC_LAYERS,
    });
  });
});

describe("the map's position in a link", () => {
  it("round-trips position and zoom, and ignores a mangled one", () => {
    const view = { ...DEFAULT_VIEW, year: 2025, at: { lng: 112.85123, lat: 35.49876, zoom: 11.25 } };
    const query = viewQuery(view);
    expect(query).toContain("at=112.85123%2C35.49876%2C11.25");
    expect(parseView(query)).toEqual(view);
    expect(parseView("?at=112.8,35.5").at).toBeNull();
    expect(parseView("?at=112.8,95,9").at).toBeNull();
    expect(parseView("?at=a,b,c").at).toBeNull();
  });
});
