import { describe, expect, it } from "vitest";
import { downloadName, exportHref } from "./export-request.ts";

const base = { crs: "EPSG:4547", prefix: false, encoding: "gbk" } as const;

describe("exportHref", () => {
  it("asks for a layer's shapefile with its CRS and text encoding", () => {
    expect(exportHref({ kind: "layer", layer: "mines" }, { ...base, format: "shp" })).toBe(
      "/api/export/mines?format=shp&crs=EPSG%3A4547&encoding=gbk",
    );
  });

  it("sends the encoding only where the format has one, and no CRS for KML", () => {
    expect(exportHref({ kind: "layer", layer: "hazards" }, { ...base, format: "gpkg" })).toBe(
      "/api/export/hazards?format=gpkg&crs=EPSG%3A4547",
    );
    expect(exportHref({ kind: "layer", layer: "hazards" }, { ...base, format: "kml" })).toBe(
      "/api/export/hazards?format=kml",
    );
  });

  it("passes the prefix switch with the automatic GK zone, and selected ids", () => {
    const href = exportHref(
      { kind: "layer", layer: "mines", ids: [3, 9] },
      { ...base, format: "geojson", crs: "auto-gk", prefix: true },
    );
    expect(href).toBe("/api/export/mines?format=geojson&crs=auto-gk&prefix=true&ids=3%2C9");
  });

  it("exports one zone and its corner table", () => {
    expect(exportHref({ kind: "zone", zoneId: 12 }, { ...base, format: "corners.xlsx" })).toBe(
      "/api/zones/12/export?format=corners.xlsx&crs=EPSG%3A4547",
    );
  });
});

describe("downloadName", () => {
  it("prefers the UTF-8 name, then the plain one, then the fallback", () => {
    expect(downloadName("attachment; filename=\"a.zip\"; filename*=UTF-8''%E7%9F%BF%E5%B1%B1.zip", "x")).toBe(
      "矿山.zip",
    );
    expect(downloadName('attachment; filename="mines.gpkg"', "x")).toBe("mines.gpkg");
    expect(downloadName(null, "mines.kml")).toBe("mines.kml");
  });
});
