import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/plan-api.ts";
import { changedRows } from "./history-section.tsx";
import type { StagedFeatures, StagedImport } from "./import-types.ts";
import { targetFields } from "./mapping-section.tsx";
import { stagedMapData } from "./use-staged-layer.ts";

describe("changedRows", () => {
  it("lists the rows a refused undo names, by key, name and who changed them", () => {
    const refusal = new ApiFailure(409, "import_rows_changed", "已被修改", "changed", {
      rows: [
        { key: "140502000001", name_zh: "隐患点一", changed_by: "planner" },
        { id: 7, name: "Two" },
      ],
    });
    expect(changedRows(refusal)).toEqual(["140502000001 隐患点一 (planner)", "7 Two"]);
  });

  it("lists nothing for other failures", () => {
    expect(changedRows(new ApiFailure(409, "x", "", "", null))).toEqual([]);
    expect(changedRows(new Error("network"))).toEqual([]);
  });
});

describe("targetFields", () => {
  const staged = {
    mapping: { 名称: "name_zh", 编号: "unified_code", 备注: null },
  } as unknown as StagedImport;

  it("takes the layer's fields from the reply when listed, else the fields the mapping names", () => {
    expect(targetFields({ ...staged, target_fields: ["a", "b"] })).toEqual(["a", "b"]);
    expect(targetFields(staged)).toEqual(["name_zh", "unified_code"]);
  });
});

describe("stagedMapData", () => {
  it("keeps geometries with their row and whether they have errors, flat for MapLibre", () => {
    const fc: StagedFeatures = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [112.8, 35.5] },
          properties: { row: 1, errors: [] },
        },
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [112.9, 35.5] },
          properties: {
            row: 2,
            errors: [
              { row: 2, field: "name_zh", code: "required", message: "缺少名称", message_en: "name missing" },
            ],
          },
        },
        { type: "Feature", geometry: null, properties: { row: 3 } },
      ],
    };
    expect(stagedMapData(fc).features.map((f) => f.properties)).toEqual([
      { row: 1, has_errors: false },
      { row: 2, has_errors: true },
    ]);
  });
});
