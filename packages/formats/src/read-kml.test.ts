import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readSourceFile } from "./read-source-file.ts";
import { hasGdal, minesInput, ogrinfo, pointsInput } from "./test-support.ts";
import { writeTargetFile } from "./write-target-file.ts";

const polygon4326 = () => {
  const input = minesInput(4547);
  input.crs = { epsg: 4326, wkt: "" };
  input.features = input.features.map((f, i) => ({
    ...f,
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [112.8 + i, 35.5],
          [112.81 + i, 35.5],
          [112.81 + i, 35.51],
          [112.8 + i, 35.5],
        ],
      ],
    },
  }));
  return input;
};

describe("KML and KMZ", () => {
  it("round-trips placemarks with ExtendedData as properties, CRS 4326", async () => {
    const kml = await writeTargetFile("kml", pointsInput());
    const file = await readSourceFile(kml.bytes, { fileName: "points.kml" });
    const [layer] = file.layers;
    expect(layer?.crs).toEqual({ epsg: 4326 });
    expect(layer?.features.map((f) => f.properties.名称)).toEqual(["北义城镇滑坡", "南村崩塌", "无坐标点"]);
    expect(layer?.features[0]?.properties.威胁人数).toBe(30);
    expect(layer?.features[2]?.properties).toEqual({ 名称: "无坐标点" });
    expect(layer?.features[0]?.geometry).toEqual({ type: "Point", coordinates: [112.8512, 35.4521] });
    expect(layer?.features[2]?.geometry).toBeNull();
  });

  it("reads a KMZ's doc.kml", async () => {
    const kml = await writeTargetFile("kml", polygon4326());
    const kmz = zipSync({ "doc.kml": kml.bytes, "files/icon.png": new Uint8Array([1, 2, 3]) });
    const file = await readSourceFile(kmz, { fileName: "zones.kmz" });
    expect(file.format).toBe("kmz");
    expect(file.layers[0]?.features.map((f) => f.properties.矿山名称)).toEqual([
      "晋城市泽州县巴公煤矿",
      "高平市河西镇石料厂（闭坑）",
    ]);
    expect(file.layers[0]?.features[1]?.geometry?.type).toBe("Polygon");
  });

  it("refuses to write KML in another CRS, and broken KML or a KMZ without KML", async () => {
    await expect(writeTargetFile("kml", minesInput(4547))).rejects.toMatchObject({
      code: "unsupported_format",
    });
    await expect(
      readSourceFile(new TextEncoder().encode("<kml><Document>"), { fileName: "x.kml" }),
    ).rejects.toMatchObject({
      code: "corrupt_file",
    });
    const kmz = zipSync({ "a.txt": new Uint8Array([65]) });
    await expect(readSourceFile(kmz, { fileName: "x.kmz" })).rejects.toMatchObject({ code: "missing_part" });
  });
});

describe.skipIf(!hasGdal)("GDAL reads the KML written", () => {
  it("with EPSG:4326 and the Chinese text", async () => {
    const kml = await writeTargetFile("kml", polygon4326());
    const text = await ogrinfo(kml.fileName, kml.bytes);
    expect(text).toMatch(/ID\["EPSG",4326\]\]/);
    expect(text).toContain("矿山名称 (String) = 晋城市泽州县巴公煤矿");
    expect(text).toMatch(/POLYGON \(\(112\.8 35\.5/);
  });
});
