import { describe, expect, it } from "vitest";
import { type TableQuery, tableUrl } from "./table-request.ts";

const base: TableQuery = {
  layer: "mines",
  filters: [],
  sort: null,
  scope: { kind: "all" },
  ids: null,
  offset: 0,
};
const params = (url: string) => new URL(url, "http://x").searchParams;

describe("tableUrl", () => {
  it("asks the layer's collection for a page of rows without geometry", () => {
    const url = tableUrl({ ...base, layer: "subsidence", offset: 100 });
    expect(url.startsWith("/collections/subsidence_areas/items?")).toBe(true);
    expect(params(url).get("skipGeometry")).toBe("true");
    expect(params(url).get("offset")).toBe("100");
  });

  it("sends filters as property parameters and the sort with its direction", () => {
    const url = tableUrl({
      ...base,
      filters: [
        { field: "mine_name", value: "*煤*" },
        { field: "status", value: " " },
      ],
      sort: { field: "area_km2", descending: true },
    });
    expect(params(url).get("mine_name")).toBe("*煤*");
    expect(params(url).has("status")).toBe(false);
    expect(params(url).get("sortby")).toBe("-area_km2");
  });

  it("scopes to the extent, the zone or a drawn outline, and to the selection's ids", () => {
    expect(
      params(tableUrl({ ...base, scope: { kind: "extent", bbox: [112.5, 35.2, 113.1, 35.9] } })).get("bbox"),
    ).toBe("112.500000,35.200000,113.100000,35.900000");
    expect(params(tableUrl({ ...base, scope: { kind: "zone", zoneId: 4 } })).get("zone")).toBe("4");
    const outline = {
      type: "Polygon" as const,
      coordinates: [
        [
          [112.123456789, 35],
          [112.2, 35],
          [112.2, 35.1],
          [112.123456789, 35],
        ],
      ],
    };
    const sent = JSON.parse(
      params(tableUrl({ ...base, scope: { kind: "outline", outline } })).get("intersects") ?? "",
    );
    expect(sent.coordinates[0][0]).toEqual([112.1234568, 35]);
    expect(params(tableUrl({ ...base, ids: ["3", "9"] })).get("ids")).toBe("3,9");
  });
});
