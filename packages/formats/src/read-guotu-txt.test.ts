import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readSourceFile } from "./read-source-file.ts";
import { canonical, gkParcel, minesInput } from "./test-support.ts";
import { writeTargetFile } from "./write-target-file.ts";

const TWO_BLOCKS = [
  "[属性描述]",
  "格式版本号=1.01版本",
  "数据产生单位=晋城市自然资源局",
  "数据产生日期=2024-05-20",
  "坐标系=2000国家大地坐标系",
  "几度分带=3",
  "投影类型=高斯克吕格",
  "计量单位=米",
  "带号=38",
  "精度=0.01",
  "转换参数=,,,,,,",
  "[地块坐标]",
  "9,1.5200,ZL-01,巴公废弃矿山治理区,面,J49G001001,生态修复,0602,@",
  "J1,1,3930000.000,38393000.000",
  "J2,1,3930000.000,38393200.000",
  "J3,1,3930150.000,38393200.000",
  "J4,1,3930150.000,38393000.000",
  "J1,1,3930000.000,38393000.000",
  "J5,2,3930050.000,38393050.000",
  "J6,2,3930100.000,38393050.000",
  "J7,2,3930100.000,38393100.000",
  "J5,2,3930050.000,38393050.000",
  "4,0.4000,ZL-02,河西采空区,面,,,,@",
  "J1,1,3931000.000,38394000.000",
  "J2,1,3931000.000,38394100.000",
  "J3,1,3931100.000,38394100.000",
  "J1,1,3931000.000,38394000.000",
].join("\r\n");

describe("国土 TXT", () => {
  it("reads a GBK file with two blocks and a hole: header as CRS description and EPSG, block fields as properties", async () => {
    const file = await readSourceFile(new Uint8Array(iconv.encode(TWO_BLOCKS, "gbk")), {
      fileName: "报盘.txt",
    });
    expect(file.format).toBe("txt");
    expect(file.encoding).toEqual({ used: "gb18030", detected: "gb18030", source: "detected" });
    const [layer] = file.layers;
    expect(layer?.crs).toEqual({
      epsg: 4526,
      description:
        "坐标系=2000国家大地坐标系; 几度分带=3; 投影类型=高斯克吕格; 计量单位=米; 带号=38; 转换参数=,,,,,,",
    });
    expect(layer?.metadata?.数据产生单位).toBe("晋城市自然资源局");
    expect(layer?.features.map((f) => f.properties)).toEqual([
      {
        界址点数: 9,
        地块面积: 1.52,
        地块编号: "ZL-01",
        地块名称: "巴公废弃矿山治理区",
        记录图形属性: "面",
        图幅号: "J49G001001",
        地块用途: "生态修复",
        地类编码: "0602",
      },
      {
        界址点数: 4,
        地块面积: 0.4,
        地块编号: "ZL-02",
        地块名称: "河西采空区",
        记录图形属性: "面",
        图幅号: null,
        地块用途: null,
        地类编码: null,
      },
    ]);
    expect(layer?.features[0]?.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [38393000, 3930000],
          [38393200, 3930000],
          [38393200, 3930150],
          [38393000, 3930150],
          [38393000, 3930000],
        ],
        [
          [38393050, 3930050],
          [38393050, 3930100],
          [38393100, 3930100],
          [38393050, 3930050],
        ],
      ],
    });
  });

  it("keeps a block with an unreadable corner, with the reason, and refuses text that is not 国土 TXT", async () => {
    const broken = TWO_BLOCKS.replace("J2,1,3931000.000,38394100.000", "J2,1,三九三,38394100.000");
    const file = await readSourceFile(new TextEncoder().encode(broken), { fileName: "b.txt" });
    expect(file.layers[0]?.features[1]?.geometry).toBeNull();
    expect(file.layers[0]?.features[1]?.problems?.[0]).toMatchObject({
      field: "X",
      code: "unreadable_coordinate",
    });
    await expect(
      readSourceFile(new TextEncoder().encode("hello"), { fileName: "x.txt" }),
    ).rejects.toMatchObject({
      code: "corrupt_file",
    });
  });

  it.each([4547, 4526])(
    "writes polygons in EPSG:%i that read back to the same rings, zone and EPSG",
    async (srid) => {
      const prefix = srid === 4526 ? 38_000_000 : 0;
      const input = minesInput(srid, "gbk", prefix);
      const written = await writeTargetFile("txt", input);
      const text = iconv.decode(Buffer.from(written.bytes), "gbk");
      expect(text).toContain("带号=38");
      expect(text).toMatch(
        /\r\n10,0\.9270,1,晋城市泽州县巴公煤矿,面,,,,@\r\nJ1,1,3930000\.000,(38)?393000\.000\r\n/,
      );
      const back = await readSourceFile(written.bytes, { fileName: "m.txt" });
      expect(back.layers[0]?.crs?.epsg).toBe(srid === 4526 ? 4526 : 4547);
      expect(canonical(back.layers[0]?.features[1]?.geometry ?? null)).toEqual(
        canonical(gkParcel(500, prefix)),
      );
    },
  );

  it("refuses to write outside a Gauss-Krüger zone", async () => {
    await expect(
      writeTargetFile("txt", { ...minesInput(), crs: { epsg: 4490, wkt: "" } }),
    ).rejects.toMatchObject({
      code: "unsupported_format",
    });
  });
});
