import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { listLayers, readSourceFile } from "./read-source-file.ts";
import { canonical, epsgCodesIn, gkParcel, hasGdal, minesInput, ogrinfo } from "./test-support.ts";
import { FormatError } from "./types.ts";
import { writeTargetFile } from "./write-target-file.ts";

async function zippedMines(encoding: "utf-8" | "gbk", srid = 4547, prefix = 0) {
  return (await writeTargetFile("shp", minesInput(srid, encoding, prefix))).bytes;
}

/** The zip re-packed: entries renamed (or dropped when the rename gives null). */
function repack(zip: Uint8Array, rename: (path: string) => string | null): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    const to = rename(path);
    if (to) out[to] = bytes;
  }
  return zipSync(out);
}

describe("zipped shapefile", () => {
  it.each(["utf-8", "gbk"] as const)(
    "round-trips Chinese text in %s with its .cpg, geometry and .prj",
    async (encoding) => {
      const file = await readSourceFile(await zippedMines(encoding), { fileName: "mines.zip" });
      expect(file.format).toBe("shp");
      expect(file.encoding).toEqual({
        used: encoding === "gbk" ? "gb18030" : "utf-8",
        detected: encoding === "gbk" ? "gb18030" : "utf-8",
        source: "cpg",
      });
      const [layer] = file.layers;
      expect(layer?.name).toBe("mines");
      // 10 bytes: five Chinese characters in GBK, three in UTF-8.
      expect(layer?.fields).toEqual(
        encoding === "gbk"
          ? ["矿山名称", "采矿许可证", "威胁人数", "面积公顷", "在产"]
          : ["矿山名", "采矿许", "威胁人", "面积公", "在产"],
      );
      const name = layer?.fields[0] as string;
      expect(layer?.features.map((f) => f.properties[name])).toEqual([
        "晋城市泽州县巴公煤矿",
        "高平市河西镇石料厂（闭坑）",
      ]);
      expect(layer?.features[0]?.properties[layer.fields[2] as string]).toBe(12);
      expect(layer?.features[0]?.properties.在产).toBe(true);
      expect(canonical(layer?.features[0]?.geometry ?? null)).toEqual(canonical(gkParcel()));
      expect(layer?.crs?.wkt).toMatch(/^PROJCS\["CGCS2000_3_Degree_GK_CM_114E"/);
    },
  );

  it("detects GBK attribute text as GB18030 when there is no .cpg, in a subfolder with upper-case names", async () => {
    const zip = repack(await zippedMines("gbk"), (p) =>
      p.endsWith(".cpg") ? null : `数据/MINES.${p.split(".")[1]?.toUpperCase()}`,
    );
    const file = await readSourceFile(zip, { fileName: "县局.zip" });
    expect(file.encoding).toEqual({ used: "gb18030", detected: "gb18030", source: "detected" });
    expect(file.layers[0]?.name).toBe("MINES");
    expect(file.layers[0]?.features[1]?.properties.矿山名称).toBe("高平市河西镇石料厂（闭坑）");
  });

  it("detects UTF-8 text without .cpg from the records, not the binary header", async () => {
    const input = minesInput();
    input.features = Array.from({ length: 300 }, (_, i) => ({
      properties: { 矿山名称: `泽州县第${i}号矿`, 面积公顷: i / 7 },
      geometry: { type: "Point", coordinates: [393_000 + i, 3_930_000] },
    }));
    const zip = repack((await writeTargetFile("shp", input)).bytes, (p) => (p.endsWith(".cpg") ? null : p));
    const file = await readSourceFile(zip, { fileName: "u.zip" });
    expect(file.encoding).toEqual({ used: "utf-8", detected: "utf-8", source: "detected" });
    expect(file.layers[0]?.features[299]?.properties.矿山名).toBe("泽州县第299号矿");
  });

  it("lets the user's encoding win over the .cpg", async () => {
    const file = await readSourceFile(await zippedMines("utf-8"), { fileName: "m.zip", encoding: "GBK" });
    expect(file.encoding).toEqual({ used: "gb18030", detected: "utf-8", source: "override" });
    expect(file.layers[0]?.features[0]?.properties.矿山名称).not.toBe("晋城市泽州县巴公煤矿");
  });

  it("refuses an unknown encoding name", async () => {
    await expect(
      readSourceFile(await zippedMines("utf-8"), { fileName: "m.zip", encoding: "klingon" }),
    ).rejects.toMatchObject({
      code: "unknown_encoding",
    });
  });

  it("offers every shapefile of a zip as a layer", async () => {
    const a = unzipSync(await zippedMines("utf-8"));
    const b = unzipSync(await zippedMines("gbk", 4526, 38_000_000));
    const zip = zipSync({
      ...Object.fromEntries(Object.entries(a).map(([p, v]) => [`a/${p}`, v])),
      ...Object.fromEntries(Object.entries(b).map(([p, v]) => [`b/${p.replace("mines", "mines38")}`, v])),
    });
    expect(await listLayers(zip, { fileName: "two.zip" })).toEqual([
      { name: "mines", featureCount: 2, geometryType: "Polygon" },
      { name: "mines38", featureCount: 2, geometryType: "Polygon" },
    ]);
    const all = await readSourceFile(zip, { fileName: "two.zip" });
    expect(all.layers.map((l) => l.name)).toEqual(["mines", "mines38"]);
    const one = await readSourceFile(zip, { fileName: "two.zip", layer: "mines38" });
    expect(canonical(one.layers[0]?.features[0]?.geometry ?? null)).toEqual(
      canonical(gkParcel(0, 38_000_000)),
    );
    expect(one.layers[0]?.crs?.wkt).toContain("CGCS2000_3_Degree_GK_Zone_38");
    await expect(readSourceFile(zip, { fileName: "two.zip", layer: "roads" })).rejects.toMatchObject({
      code: "unknown_layer",
    });
  });

  it("writes one shapefile per geometry kind when the features mix them", async () => {
    const input = minesInput();
    input.features.push({
      properties: { 矿山名称: "井口" },
      geometry: { type: "Point", coordinates: [393_010, 3_930_010] },
    });
    const file = await writeTargetFile("shp", input);
    expect(Object.keys(unzipSync(file.bytes)).sort()).toEqual(
      ["cpg", "dbf", "prj", "shp", "shx"]
        .flatMap((ext) => [`mines_point.${ext}`, `mines_polygon.${ext}`])
        .sort(),
    );
    const read = await readSourceFile(file.bytes, { fileName: "mixed.zip" });
    expect(read.layers.map((l) => [l.name, l.features.length])).toEqual([
      ["mines_polygon", 2],
      ["mines_point", 1],
    ]);
  });

  it("cuts field names to 10 bytes in the encoding and keeps them unique", async () => {
    const input = minesInput(4547, "gbk");
    input.fields.push({ name: "采矿许可证有效期", type: "date" });
    input.features[0] = {
      ...input.features[0],
      properties: { ...input.features[0]?.properties, 采矿许可证有效期: "2030-06-30" },
    } as never;
    const file = await readSourceFile((await writeTargetFile("shp", input)).bytes, { fileName: "m.zip" });
    expect(file.layers[0]?.fields).toEqual([
      "矿山名称",
      "采矿许可证",
      "威胁人数",
      "面积公顷",
      "在产",
      "采矿许可_1",
    ]);
    expect(file.layers[0]?.features[0]?.properties.采矿许可_1).toBe("2030-06-30");
  });

  it("writes an empty layer and 20,000 polygons (in linear time) that read back", async () => {
    const empty = await writeTargetFile("shp", { ...minesInput(), features: [] });
    expect((await readSourceFile(empty.bytes, { fileName: "e.zip" })).layers[0]?.features).toEqual([]);
    const many = minesInput();
    const ring = (i: number) => [
      [i, 0],
      [i + 1, 0],
      [i + 1, 1],
      [i, 0],
    ];
    many.features = Array.from({ length: 20_000 }, (_, i) => ({
      properties: { 矿山名称: `矿${i}` },
      geometry: { type: "Polygon", coordinates: [ring(i)] },
    }));
    const started = performance.now();
    const file = await writeTargetFile("shp", many);
    const read = await readSourceFile(file.bytes, { fileName: "many.zip" });
    // Linear: about 3 s on a loaded 2-core machine; the quadratic writer took 48 s unloaded.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(read.layers[0]?.features).toHaveLength(20_000);
    expect(read.layers[0]?.features[19_999]?.properties.矿山名).toBe("矿19999");
  });

  it("refuses a truncated .shp as corrupt_file", async () => {
    const zip = repack(await zippedMines("utf-8"), (p) => p);
    const entries = unzipSync(zip);
    entries["mines.shp"] = (entries["mines.shp"] as Uint8Array).slice(0, 180);
    const error = await readSourceFile(zipSync(entries), { fileName: "m.zip" }).catch((e) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect(error.code).toBe("corrupt_file");
  });

  it("refuses a zip without .dbf as missing_part and one without shapefiles as no_layers", async () => {
    const noDbf = repack(await zippedMines("utf-8"), (p) => (p.endsWith(".dbf") ? null : p));
    await expect(readSourceFile(noDbf, { fileName: "m.zip" })).rejects.toMatchObject({
      code: "missing_part",
    });
    const none = zipSync({
      "readme.pdf": new TextEncoder().encode("hi"),
      "a.csv": new Uint8Array([65]),
      "b.csv": new Uint8Array([66]),
    });
    await expect(readSourceFile(none, { fileName: "m.zip" })).rejects.toMatchObject({ code: "no_layers" });
  });
});

describe.skipIf(!hasGdal)("GDAL reads the shapefiles written", () => {
  it.each([
    ["utf-8", 4547, 0],
    ["gbk", 4526, 38_000_000],
  ] as const)("in %s, EPSG:%i, with the Chinese text", async (encoding, srid, prefix) => {
    const text = await ogrinfo("mines.zip", await zippedMines(encoding, srid, prefix));
    expect(epsgCodesIn(text)).toEqual([srid]);
    expect(text).toContain(`${encoding === "gbk" ? "矿山名称" : "矿山名"} (String) = 晋城市泽州县巴公煤矿`);
    expect(text).toContain("高平市河西镇石料厂（闭坑）");
    expect(text).toContain("Feature Count: 2");
    expect(text).not.toMatch(/ERROR|Warning/);
    expect(text).toMatch(/POLYGON \(\(\d+ 3930000,.*\),\(/);
  });
});

describe.skipIf(!hasGdal)("GDAL reads the CRS of every shapefile and GeoPackage written", () => {
  it.each([4490, 4326, 4513, 4525, 4546, 4554, 4501, 4512])("EPSG:%i", async (srid) => {
    const input = { ...minesInput(srid), features: [] };
    const shp = await writeTargetFile("shp", input);
    expect(epsgCodesIn(await ogrinfo("m.zip", shp.bytes, ["-so"]))).toEqual([srid]);
    const gpkg = await writeTargetFile("gpkg", input);
    expect(epsgCodesIn(await ogrinfo("m.gpkg", gpkg.bytes, ["-so"]))).toEqual([srid]);
  });
});
