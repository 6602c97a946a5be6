import { describe, expect, it } from "vitest";
import { basemapOptions, xyzTemplate } from "./basemap-catalog.ts";

const upload = {
  id: 7,
  name: "县域 0.5 m 正射影像",
  format: "pmtiles",
  tile_type: "jpg",
  min_zoom: 10,
  max_zoom: 18,
  bounds: [112, 37, 113, 38],
  attribution: "",
  tiles: "/basemaps/7/{z}/{x}/{y}.jpg",
};

describe("basemapOptions", () => {
  it("offers Tianditu without any URL while no key is set, saying why", () => {
    const options = basemapOptions(
      { map_review_number: null, basemap_tile_url: null, tianditu_key: null },
      [],
    );
    expect(options.map((o) => o.id)).toEqual(["tianditu-vec", "tianditu-img", "tianditu-ter"]);
    for (const o of options) {
      expect(o.layers).toEqual([]);
      expect(o.unavailable?.zh).toContain("密钥");
    }
    expect(JSON.stringify(options)).not.toContain("tianditu.gov.cn");
  });

  it("with a key, gives each Tianditu map its Web Mercator layer and annotation, keyed by tk", () => {
    const [vec, img, ter] = basemapOptions(
      { map_review_number: "GS(2024)0650号", basemap_tile_url: null, tianditu_key: "abc&1" },
      [],
    );
    expect(vec?.layers.map((l) => l.tiles[0]?.split("/")[3])).toEqual(["vec_w", "cva_w"]);
    expect(img?.layers.map((l) => l.tiles[0]?.split("/")[3])).toEqual(["img_w", "cia_w"]);
    expect(ter?.layers.map((l) => l.tiles[0]?.split("/")[3])).toEqual(["ter_w", "cta_w"]);
    expect(vec?.layers[0]?.tiles).toHaveLength(8);
    expect(vec?.layers[0]?.tiles[3]).toMatch(
      /^https:\/\/t3\.tianditu\.gov\.cn\/vec_w\/wmts\?.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}&tk=abc%261$/,
    );
    expect(vec?.needsReviewNumber).toBe(true);
    expect(vec?.unavailable).toBeUndefined();
  });

  it("adds the admin's XYZ or WMTS URL and the uploads, which need no review number", () => {
    const options = basemapOptions(
      {
        map_review_number: null,
        basemap_tile_url: "https://tiles.example.cn/wmts/img/{TileMatrix}/{TileRow}/{TileCol}.png",
        tianditu_key: null,
      },
      [upload],
    );
    expect(options[0]).toMatchObject({ id: "upload-7", needsReviewNumber: false });
    expect(options[0]?.layers[0]).toMatchObject({ minzoom: 10, maxzoom: 18, bounds: [112, 37, 113, 38] });
    const configured = options.find((o) => o.id === "configured");
    expect(configured?.layers[0]?.tiles).toEqual(["https://tiles.example.cn/wmts/img/{z}/{y}/{x}.png"]);
    expect(configured?.needsReviewNumber).toBe(true);
    expect(xyzTemplate("https://a.example/{z}/{x}/{y}.png")).toBe("https://a.example/{z}/{x}/{y}.png");
  });
});
