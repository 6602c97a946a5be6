import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../platform/api-client.ts";
import { blockingErrors, controlOf, errorRows, stagedBounds } from "./import-rules.ts";
import type { ImportIssue, StagedFeatures } from "./import-types.ts";

const failure = (code: string, details: unknown = null) => new ApiFailure(400, code, "错", "bad", details);
const issue = (row: number | null, code: ImportIssue["code"]): ImportIssue => ({
  row,
  field: null,
  code,
  message: "错误",
  message_en: "error",
});

describe("controlOf", () => {
  it("puts a refusal beside the field the API names", () => {
    expect(controlOf(failure("validation", { field: "crs" }), "file")).toBe("crs");
    expect(controlOf(failure("validation", { field: "mapping" }), "file")).toBe("mapping");
  });

  it("reads the control from the code otherwise", () => {
    expect(controlOf(failure("unknown_encoding"), "file")).toBe("encoding");
    expect(controlOf(failure("crs_unsupported_datum"), "file")).toBe("crs");
    expect(controlOf(failure("zip_too_large"), "encoding")).toBe("file");
    expect(controlOf(failure("corrupt_file"), "crs")).toBe("file");
    expect(controlOf(failure("import_not_staged"), "commit")).toBe("commit");
  });
});

describe("rows and repairs", () => {
  it("lists each erring row once, in order", () => {
    expect(
      errorRows({
        errors: [
          issue(5, "not_a_number"),
          issue(2, "unknown_value"),
          issue(5, "bad_date"),
          issue(null, "crs_unknown"),
        ],
      }),
    ).toEqual([2, 5]);
  });

  it("counts what still stops a commit: file errors always, row errors unless skipped, invalid geometry unless repaired", () => {
    const errors = [issue(1, "geometry_invalid"), issue(2, "missing_required"), issue(null, "crs_unknown")];
    expect(blockingErrors(errors, { skip: false, repair: false })).toHaveLength(3);
    expect(blockingErrors(errors, { skip: false, repair: true }).map((e) => e.row)).toEqual([2, null]);
    expect(blockingErrors(errors, { skip: true, repair: false }).map((e) => e.code)).toEqual(["crs_unknown"]);
  });
});

describe("stagedBounds", () => {
  const fc: StagedFeatures = {
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: { row: 1 }, geometry: { type: "Point", coordinates: [112.5, 35.5] } },
      {
        type: "Feature",
        properties: { row: 2 },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [112, 35],
              [113, 35],
              [113, 36],
              [112, 35],
            ],
          ],
        },
      },
      { type: "Feature", properties: { row: 3 }, geometry: null },
    ],
  };

  it("spans every geometry, or one row's", () => {
    expect(stagedBounds(fc)).toEqual([
      [112, 35],
      [113, 36],
    ]);
    expect(stagedBounds(fc, 1)).toEqual([
      [112.5, 35.5],
      [112.5, 35.5],
    ]);
    expect(stagedBounds(fc, 3)).toBeNull();
  });
});
