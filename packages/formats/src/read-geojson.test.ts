import { describe, expect, it } from "vitest";
import { readSourceFile } from "./read-source-file.ts";
import { minesInput, pointsInput } from "./test-support.ts";
import { writeTargetFile } from "./write-target-file.ts";

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("GeoJSON", () => {
  it("writes RFC 7946 in 4326 and names the EPSG code in a crs member otherwise; reads both back", async () => {
    const wgs = await writeTargetFile("geojson", pointsInput());
    expect(JSON.parse(new TextDecoder().decode(wgs.bytes)).crs).toBeUndefined();
    const gk = await writeTargetFile("geojson", minesInput(4547));
    expect(JSON.parse(new TextDecoder().decode(gk.bytes)).crs).toEqual({
      type: "name",
      properties: { name: "urn:ogc:def:crs:EPSG::4547" },
    });
    const read = await readSourceFile(gk.bytes, { fileName: "mines.geojson" });
    expect(read.layers[0]?.crs).toEqual({ epsg: 4547 });
    expect(read.layers[0]?.features[0]?.properties.矿山名称).toBe("晋城市泽州县巴公煤矿");
    expect(read.layers[0]?.features[0]?.geometry).toEqual(minesInput().features[0]?.geometry);
    const points = await readSourceFile(wgs.bytes, { fileName: "p.json" });
    expect(points.layers[0]?.crs).toEqual({ epsg: 4326 });
    expect(points.layers[0]?.features[2]?.geometry).toBeNull();
  });

  it("reads a single Feature and a bare geometry, heights dropped", async () => {
    const feature = await readSourceFile(
      bytes({
        type: "Feature",
        properties: { a: { b: 1 } },
        geometry: { type: "Point", coordinates: [112, 35, 800] },
      }),
      { fileName: "f.geojson" },
    );
    expect(feature.layers[0]?.features[0]).toEqual({
      row: 1,
      properties: { a: '{"b":1}' },
      geometry: { type: "Point", coordinates: [112, 35] },
    });
    const bare = await readSourceFile(
      bytes({
        type: "LineString",
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      }),
      { fileName: "g.geojson" },
    );
    expect(bare.layers[0]?.features[0]?.geometry?.type).toBe("LineString");
  });

  it("refuses broken JSON, JSON that is not GeoJSON and a bad geometry", async () => {
    await expect(
      readSourceFile(new TextEncoder().encode('{"type":'), { fileName: "x.geojson" }),
    ).rejects.toMatchObject({
      code: "corrupt_file",
    });
    await expect(readSourceFile(bytes({ hello: 1 }), { fileName: "x.geojson" })).rejects.toMatchObject({
      code: "corrupt_file",
    });
    await expect(
      readSourceFile(bytes({ type: "Feature", geometry: { type: "Circle" } }), { fileName: "x.geojson" }),
    ).rejects.toMatchObject({ code: "corrupt_file" });
  });
});
