import ExcelJS from "exceljs";
import type { Geometry } from "geojson";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { listLayers, readSourceFile } from "./read-source-file.ts";
import { minesInput, pointsInput } from "./test-support.ts";
import { writeTargetFile } from "./write-target-file.ts";

function coordinatesOf<T>(geometry: Geometry | null | undefined): T {
  if (!geometry || geometry.type === "GeometryCollection") throw new Error("no coordinates");
  return geometry.coordinates as T;
}

const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"));

describe("CSV", () => {
  it("reads a GBK CSV of DMS corners grouped by 地块编号 into polygons", async () => {
    const csv = [
      "地块编号,地块名称,点号,纬度,经度",
      "A1,巴公治理区,J1,35°30′00″,112°30′15.2″",
      "A1,巴公治理区,J2,35°30′00″,112°31′00″",
      "A1,巴公治理区,J3,35°31′00″,112°31′00″",
      "B2,河西治理区,J1,35°32′00″,112°40′00″",
      "B2,河西治理区,J2,35°32′00″,112°41′00″",
      "B2,河西治理区,J3,35°33′00″,112°41′00″",
      "B2,河西治理区,J4,35°33′00″,112°40′00″",
    ].join("\r\n");
    const file = await readSourceFile(gbk(csv), { fileName: "拐点.csv" });
    expect(file.encoding).toEqual({ used: "gb18030", detected: "gb18030", source: "detected" });
    const [layer] = file.layers;
    expect(layer?.crs).toBeNull();
    expect(layer?.fields).toEqual(["地块编号", "地块名称"]);
    expect(layer?.features.map((f) => [f.row, f.properties.地块名称])).toEqual([
      [1, "巴公治理区"],
      [4, "河西治理区"],
    ]);
    const ring = coordinatesOf<number[][][]>(layer?.features[0]?.geometry)[0];
    expect(ring).toHaveLength(4);
    expect(ring?.[0]?.[0]).toBeCloseTo(112 + 30 / 60 + 15.2 / 3600, 10);
    expect(ring?.[0]?.[1]).toBeCloseTo(35.5, 10);
    expect(ring?.[3]).toEqual(ring?.[0]);
  });

  it("keeps a point row whose coordinates cannot be read, with the reason, and reads ddd.mmss on request", async () => {
    const csv = "\uFEFF名称,经度,纬度\n甲,112.301520,35.3000\n乙,东经一百一十二度,35.5\n丙,,35.5\n";
    const file = await readSourceFile(new TextEncoder().encode(csv), {
      fileName: "p.csv",
      angleMode: "ddmmss",
    });
    expect(file.encoding.used).toBe("utf-8");
    const [a, b, c] = file.layers[0]?.features ?? [];
    expect(coordinatesOf<number[]>(a?.geometry)[0]).toBeCloseTo(112 + 30 / 60 + 15.2 / 3600, 10);
    expect(coordinatesOf<number[]>(a?.geometry)[1]).toBeCloseTo(35.5, 10);
    expect(b?.geometry).toBeNull();
    expect(b?.problems).toEqual([
      {
        field: "经度",
        code: "unreadable_coordinate",
        message: 'Row 2: 经度 "东经一百一十二度" is not a coordinate.',
      },
    ]);
    expect(c?.problems?.[0]?.code).toBe("missing_coordinate");
    expect(b?.properties.名称).toBe("乙");
  });

  it("reads a single parcel's corner table closed on J1 as one polygon, and open point lists as points", async () => {
    const rows = ["J1,3930000,38393000", "J2,3930000,38393200", "J3,3930150,38393200", "J1,3930000,38393000"];
    const closed = await readSourceFile(new TextEncoder().encode(["点号,X坐标,Y坐标", ...rows].join("\n")), {
      fileName: "c.csv",
    });
    expect(closed.layers[0]?.features).toHaveLength(1);
    expect(closed.layers[0]?.features[0]?.geometry?.type).toBe("Polygon");
    const open = await readSourceFile(
      new TextEncoder().encode(["点号,X坐标,Y坐标", ...rows.slice(0, 3)].join("\n")),
      {
        fileName: "o.csv",
      },
    );
    expect(open.layers[0]?.features.map((f) => f.geometry?.type)).toEqual(["Point", "Point", "Point"]);
  });

  it("writes UTF-8 with a BOM or GBK, points as x/y and polygons as WKT, and reads them back", async () => {
    const points = await writeTargetFile("csv", pointsInput());
    expect([...points.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await readSourceFile(points.bytes, { fileName: "p.csv" });
    expect(back.layers[0]?.features[0]?.geometry).toEqual({
      type: "Point",
      coordinates: [112.8512, 35.4521],
    });
    expect(back.layers[0]?.features[2]?.problems?.[0]?.code).toBe("missing_coordinate");
    const polygons = await writeTargetFile("csv", { ...minesInput(), encoding: "gbk" });
    const text = iconv.decode(Buffer.from(polygons.bytes), "gbk");
    expect(text.split("\r\n")[0]).toBe("矿山名称,采矿许可证号,威胁人数,面积公顷,在产,WKT");
    expect(text).toContain('"POLYGON((393000 3930000,393120.5 3930000,');
    const read = await readSourceFile(polygons.bytes, { fileName: "m.csv", encoding: "gbk" });
    expect(read.layers[0]?.fields).toEqual(["矿山名称", "采矿许可证号", "威胁人数", "面积公顷", "在产"]);
    expect(read.layers[0]?.features[0]?.geometry).toEqual(minesInput().features[0]?.geometry);
  });
});

describe("XLSX", () => {
  it("reads GK X/Y corners (X northing first) with 圈号 holes from the named sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明").addRow(["本表为拐点坐标"]);
    const sheet = workbook.addWorksheet("拐点坐标");
    sheet.addRow(["地块编号", "点号", "圈号", "X坐标", "Y坐标"]);
    const outer = [
      [3930000, 38393000],
      [3930000, 38393200],
      [3930150, 38393200],
      [3930150, 38393000],
    ];
    const hole = [
      [3930050, 38393050],
      [3930100, 38393050],
      [3930100, 38393100],
    ];
    for (const [i, [x, y]] of outer.entries()) sheet.addRow(["ZL-01", `J${i + 1}`, 1, x, y]);
    for (const [i, [x, y]] of hole.entries()) sheet.addRow(["ZL-01", `J${i + 5}`, 2, x, y]);
    sheet.addRow(["ZL-02", "J1", 1, "3931000.5", "38394000"]);
    sheet.addRow(["ZL-02", "J2", 1, "3931000.5", "38394100"]);
    sheet.addRow(["ZL-02", "J3", 1, "3931100", "38394100"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = await readSourceFile(bytes, { fileName: "zones.xlsx", layer: "拐点坐标" });
    const [layer] = file.layers;
    expect(layer?.name).toBe("拐点坐标");
    expect(layer?.fields).toEqual(["地块编号"]);
    expect(layer?.features).toHaveLength(2);
    const polygon = layer?.features[0]?.geometry as { type: string; coordinates: number[][][] };
    expect(polygon.type).toBe("Polygon");
    expect(polygon.coordinates[0]?.[1]).toEqual([38393200, 3930000]);
    expect(polygon.coordinates[1]).toHaveLength(4);
    expect(layer?.features[1]?.geometry?.type).toBe("Polygon");
    await expect(readSourceFile(bytes, { fileName: "z.xlsx", layer: "无此表" })).rejects.toMatchObject({
      code: "unknown_layer",
    });
    expect(await listLayers(bytes, { fileName: "z.xlsx" })).toEqual([
      { name: "说明", featureCount: 0, geometryType: null },
      { name: "拐点坐标", featureCount: 10, geometryType: null },
    ]);
    const first = await readSourceFile(bytes, { fileName: "z.xlsx" });
    expect(first.layers[0]?.name).toBe("说明");
  });

  it("writes a header row with WKT or x/y and reads it back", async () => {
    const file = await writeTargetFile("xlsx", minesInput());
    const back = await readSourceFile(file.bytes, { fileName: file.fileName });
    expect(back.layers[0]?.fields).toEqual(["矿山名称", "采矿许可证号", "威胁人数", "面积公顷", "在产"]);
    expect(back.layers[0]?.features[0]?.properties.威胁人数).toBe(12);
    expect(back.layers[0]?.features[1]?.geometry).toEqual(minesInput().features[1]?.geometry);
    const points = await writeTargetFile("xlsx", pointsInput());
    const read = await readSourceFile(points.bytes, { fileName: "p.xlsx" });
    expect(read.layers[0]?.features[1]?.geometry).toEqual({ type: "Point", coordinates: [112.9, 35.5] });
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(
      readSourceFile(new TextEncoder().encode("not a zip"), { fileName: "x.xlsx" }),
    ).rejects.toMatchObject({
      code: "corrupt_file",
    });
  });
});
