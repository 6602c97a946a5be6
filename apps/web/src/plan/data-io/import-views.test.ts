import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../platform/api-client.ts";
import { needsDatumParams } from "./datum-params.tsx";
import { changedRows } from "./history-section.tsx";
import type { ImportIssue, StagedFeatures, StagedImport } from "./import-types.ts";
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

describe("needsDatumParams", () => {
  const refused = (reason: string): ImportIssue => ({
    row: null,
    field: "crs",
    code: "crs_refused",
    message: "西安80",
    message_en: "Xi'an 80",
    details: { reason },
  });
  const staged = (errors: ImportIssue[]) => ({ errors }) as StagedImport;

  it("asks for the seven parameters only for a refused Xi'an 80 or Beijing 54 file", () => {
    expect(needsDatumParams(staged([refused("xian80")]))).toBe(true);
    expect(needsDatumParams(staged([refused("beijing54")]))).toBe(true);
    expect(needsDatumParams(staged([refused("unknown_projection")]))).toBe(false);
    expect(needsDatumParams(staged([]))).toBe(false);
  });
});
