import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/plan-api.ts";
import { changedRows } from "./history-section.tsx";
import type { StagedFeatures } from "./import-types.ts";
import { stagedMapData } from "./use-staged-layer.ts";

describe("changedRows", () => {
  it("lists the rows a refused undo names", () => {
    const rows = [
      { row: 2, table: "hazard_points", id: "41", change: "edited" },
      { row: null, table: "hazard_points", id: "42", change: "deleted" },
    ];
    expect(changedRows(new ApiFailure(409, "import_rows_changed", "已被修改", "changed", { rows }))).toEqual(
      rows,
    );
  });

  it("lists nothing for other failures", () => {
    expect(changedRows(new ApiFailure(409, "x", "", "", null))).toEqual([]);
    expect(changedRows(new Error("network"))).toEqual([]);
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
              {
                row: 2,
                field: "name_zh",
                code: "missing_required",
                message: "缺少名称",
                message_en: "name missing",
              },
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
