import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { listLayers, readSourceFile } from "./read-source-file.ts";
import {
  canonical,
  epsgCodesIn,
  gkParcel,
  hasGdal,
  minesInput,
  ogrinfo,
  pointsInput,
} from "./test-support.ts";
import { writeGeoPackageLayers } from "./write-geopackage.ts";
import { writeTargetFile } from "./write-target-file.ts";

async function twoLayers() {
  return (await writeGeoPackageLayers([minesInput(4547), pointsInput()], "county")).bytes;
}

describe("GeoPackage", () => {
  it("lists its feature tables and reads one or all, with the srs of each", async () => {
    const bytes = await twoLayers();
    expect(await listLayers(bytes, { fileName: "county.gpkg" })).toEqual([
      { name: "hazard_points", featureCount: 3, geometryType: "POINT" },
      { name: "mines", featureCount: 2, geometryType: "POLYGON" },
    ]);
    const mines = await readSourceFile(bytes, { fileName: "county.gpkg", layer: "mines" });
    const [layer] = mines.layers;
    expect(layer?.crs?.epsg).toBe(4547);
    expect(layer?.crs?.wkt).toMatch(/^PROJCS\["CGCS2000 \/ 3-degree Gauss-Kruger CM 114E"/);
    expect(layer?.fields).toEqual(["矿山名称", "采矿许可证号", "威胁人数", "面积公顷", "在产"]);
    expect(layer?.features[1]?.properties).toEqual({
      矿山名称: "高平市河西镇石料厂（闭坑）",
      采矿许可证号: "C1400002010031220056789",
      威胁人数: 0,
      面积公顷: 1.5,
      在产: false,
    });
    expect(canonical(layer?.features[0]?.geometry ?? null)).toEqual(canonical(gkParcel()));
    const all = await readSourceFile(bytes, { fileName: "county.gpkg" });
    expect(all.layers.map((l) => [l.name, l.crs?.epsg, l.features.length])).toEqual([
      ["hazard_points", 4326, 3],
      ["mines", 4547, 2],
    ]);
    expect(all.layers[0]?.features[2]?.geometry).toBeNull();
    expect(all.encoding.source).toBe("format");
  });

  it("is read from a zip that holds it", async () => {
    const zip = zipSync({ "export/county.gpkg": await twoLayers() });
    expect((await listLayers(zip, { fileName: "county.zip" })).map((l) => l.name)).toEqual([
      "hazard_points",
      "mines",
    ]);
    const file = await readSourceFile(zip, { fileName: "county.zip", layer: "mines" });
    expect(file.format).toBe("gpkg");
    expect(file.layers[0]?.features).toHaveLength(2);
  });

  it("refuses an unknown layer, a truncated file and a file that is not SQLite", async () => {
    const bytes = await twoLayers();
    await expect(readSourceFile(bytes, { fileName: "c.gpkg", layer: "roads" })).rejects.toMatchObject({
      code: "unknown_layer",
    });
    await expect(readSourceFile(bytes.subarray(0, 3000), { fileName: "c.gpkg" })).rejects.toMatchObject({
      code: "corrupt_file",
    });
    await expect(
      readSourceFile(new TextEncoder().encode("hello"), { fileName: "c.gpkg" }),
    ).rejects.toMatchObject({
      code: "corrupt_file",
    });
  });
});

describe.skipIf(!hasGdal)("GDAL reads the GeoPackages written", () => {
  it("two layers with their EPSG codes and Chinese text", async () => {
    const text = await ogrinfo("county.gpkg", await twoLayers());
    expect(text).not.toMatch(/ERROR|Warning/);
    expect(epsgCodesIn(text).sort()).toEqual([4326, 4547]);
    expect(text).toContain("矿山名称 (String) = 高平市河西镇石料厂（闭坑）");
    expect(text).toContain("名称 (String) = 北义城镇滑坡");
    expect(text).toMatch(/Extent: \(393000\.000000, 3930000\.000000\) - \(393620\.500000, 3930080\.250000\)/);
  });

  it("a layer in a GK zone with the zone prefix", async () => {
    const file = await writeTargetFile("gpkg", minesInput(4526, "utf-8", 38_000_000));
    const text = await ogrinfo(file.fileName, file.bytes);
    expect(epsgCodesIn(text)).toEqual([4526]);
    expect(text).toContain("Feature Count: 2");
  });
});
