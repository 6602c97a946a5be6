import { describe, expect, it } from "vitest";
import { dangerGrade, hazardType, mineStatus } from "../enums.ts";
import { autoMapping, readMapping } from "./auto-mapping.ts";
import { IMPORT_LAYER_NAMES, importLayer } from "./import-layers.ts";
import { duplicateKeys, parseDateCell, validateRow } from "./validate-row.ts";
import { mapVocabularyValue } from "./value-maps.ts";

const layer = (name: string) => {
  const l = importLayer(name);
  if (!l) throw new Error(name);
  return l;
};

describe("the import layer registry", () => {
  it("has every layer once, each with its natural key among its fields", () => {
    for (const name of IMPORT_LAYER_NAMES) {
      const l = layer(name);
      expect(l.fields.map((f) => f.name)).toContain(l.key);
      expect(new Set(l.fields.map((f) => f.name)).size).toBe(l.fields.length);
    }
    expect(importLayer("users")).toBeUndefined();
  });
});

describe("automatic column matching", () => {
  it("matches the usual Chinese names, a unit in brackets and a DBF name cut to 10 bytes", () => {
    const m = autoMapping(layer("mines"), [
      "矿山名称",
      "采矿权人",
      "采矿许可证",
      "统一社会信用代码",
      "开采矿种",
      "生产规模(万吨/年)",
      "备 注",
    ]);
    expect(m).toMatchObject({
      mine_name: "矿山名称",
      company_name: "采矿权人",
      license_no: "采矿许可证",
      credit_code: "统一社会信用代码",
      mineral: "开采矿种",
      production_scale: "生产规模(万吨/年)",
      remarks: "备 注",
      status: null,
    });
    const h = autoMapping(layer("hazards"), [
      "统一编号",
      "隐患点名称",
      "威胁人数",
      "威胁户数",
      "威胁财产（万元）",
      "灾害类型",
      "险情等级",
    ]);
    expect(h).toMatchObject({
      unified_code: "统一编号",
      name_zh: "隐患点名称",
      threatened_people: "威胁人数",
      threatened_households: "威胁户数",
      threatened_property_wan: "威胁财产（万元）",
      hazard_type: "灾害类型",
      danger_grade: "险情等级",
    });
    expect(autoMapping(layer("zones"), ["片区编号"]).code).toBe("片区编号");
  });

  it("reads a client's mapping either way round and drops unknown fields and columns", () => {
    const l = layer("hazards");
    const columns = ["编号", "名字"];
    expect(
      readMapping(l, columns, { unified_code: "编号", name_zh: "名字", nonsense: "编号" }),
    ).toMatchObject({
      unified_code: "编号",
      name_zh: "名字",
    });
    expect(readMapping(l, columns, { 编号: "unified_code", 名字: "name_zh", 别的: "x" })).toMatchObject({
      unified_code: "编号",
      name_zh: "名字",
    });
    expect(readMapping(l, columns, { unified_code: "不在文件里" }).unified_code).toBeNull();
  });
});

describe("value mapping onto the vocabularies", () => {
  it("takes codes, zh and en labels, usual synonyms, a unique containing label and the user's map", () => {
    expect(mapVocabularyValue("生产", mineStatus)).toBe("producing");
    expect(mapVocabularyValue("producing", mineStatus)).toBe("producing");
    expect(mapVocabularyValue("在产", mineStatus)).toBe("producing");
    expect(mapVocabularyValue("生产矿山", mineStatus)).toBe("producing");
    expect(mapVocabularyValue("崩塌", hazardType)).toBe("collapse");
    expect(mapVocabularyValue("Landslide", hazardType)).toBe("landslide");
    expect(mapVocabularyValue("中型", dangerGrade)).toBe("medium");
    expect(mapVocabularyValue("塌方", hazardType)).toBeNull();
    expect(mapVocabularyValue("塌方", hazardType, { 塌方: "collapse" })).toBe("collapse");
    expect(mapVocabularyValue("塌方", hazardType, { 塌方: "not_a_value" })).toBeNull();
  });
});

describe("row validation", () => {
  const hazards = layer("hazards");
  const mapping = autoMapping(hazards, ["统一编号", "隐患点名称", "灾害类型", "险情等级", "威胁人数"]);

  it("converts a good row to the layer's values", () => {
    const out = validateRow(
      hazards,
      1,
      {
        统一编号: 140525000001,
        隐患点名称: "东沟崩塌",
        灾害类型: "崩塌",
        险情等级: "小型",
        威胁人数: "1,200",
      },
      mapping,
    );
    expect(out.errors).toEqual([]);
    expect(out.mapped).toMatchObject({
      unified_code: "140525000001",
      hazard_type: "collapse",
      danger_grade: "small",
      threatened_people: 1200,
    });
  });

  it("lists each bad field with row, field and code in both languages", () => {
    const out = validateRow(
      hazards,
      7,
      { 统一编号: "ABC", 隐患点名称: "", 灾害类型: "塌方", 险情等级: "小型", 威胁人数: "2.5" },
      mapping,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, "unified_code", "bad_format"],
      [7, "name_zh", "missing_required"],
      [7, "hazard_type", "unknown_value"],
      [7, "threatened_people", "not_an_integer"],
    ]);
    for (const e of out.errors) {
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message_en).toMatch(/[a-z]/);
    }
  });

  it("asks a licensed mine for its licence and holder, not a historic pit", () => {
    const mines = layer("mines");
    const m = autoMapping(mines, ["矿山名称", "开采矿种", "开采方式", "生产状态"]);
    const licensed = validateRow(
      mines,
      1,
      { 矿山名称: "某煤矿", 开采矿种: "煤炭", 开采方式: "井工", 生产状态: "生产" },
      m,
    );
    expect(licensed.errors.map((e) => e.field)).toEqual(["license_no", "company_name"]);
    const pit = validateRow(
      mines,
      2,
      { 矿山名称: "某废弃矿坑", 开采矿种: "建筑石料", 开采方式: "露天", 生产状态: "历史遗留" },
      m,
    );
    expect(pit.errors).toEqual([]);
  });

  it("finds duplicate natural keys within the file", () => {
    const rows = [
      { row: 1, mapped: { unified_code: "1" } },
      { row: 2, mapped: { unified_code: "2" } },
      { row: 3, mapped: { unified_code: "1" } },
    ];
    expect(duplicateKeys(hazards, rows).map((e) => [e.row, e.code, e.details?.first_row])).toEqual([
      [3, "duplicate_key", 1],
    ]);
  });

  it("reads dates as bureaus write them", () => {
    expect(parseDateCell("2021/3/5")).toBe("2021-03-05");
    expect(parseDateCell("2021年3月5日")).toBe("2021-03-05");
    expect(parseDateCell("20210305")).toBe("2021-03-05");
    expect(parseDateCell(44260)).toBe("2021-03-05");
    expect(parseDateCell("2021-02-30")).toBeNull();
  });
});
