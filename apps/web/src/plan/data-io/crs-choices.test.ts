import { describe, expect, it } from "vitest";
import { crsLabel, gk3Epsg, IMPORT_CRS_GROUPS, isGk } from "./crs-choices.ts";

describe("CRS choices", () => {
  it("numbers CGCS2000 3° zones as EPSG does: 37/38 are 4525/4526 prefixed, 4546/4547 not", () => {
    expect(gk3Epsg(37, true)).toBe(4525);
    expect(gk3Epsg(38, true)).toBe(4526);
    expect(gk3Epsg(37, false)).toBe(4546);
    expect(gk3Epsg(38, false)).toBe(4547);
    expect(gk3Epsg(25, true)).toBe(4513);
    expect(gk3Epsg(45, false)).toBe(4554);
  });

  it("offers every 3° zone once each way, plus the geographic and web-map systems", () => {
    const values = IMPORT_CRS_GROUPS.flatMap((g) => g.choices.map((c) => c.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values.filter((v) => isGk(v))).toHaveLength(42);
    expect(values).toEqual(expect.arrayContaining(["EPSG:4490", "EPSG:4326", "GCJ02", "BD09", "EPSG:4547"]));
  });

  it("labels a listed CRS in the locale and shows an unlisted one as given", () => {
    expect(crsLabel("EPSG:4547", "zh")).toContain("114°E");
    expect(crsLabel("EPSG:4526", "en")).toContain("zone 38 (prefixed");
    expect(crsLabel("EPSG:4499", "en")).toBe("EPSG:4499");
    expect(crsLabel(null, "zh")).toBe("未识别");
  });
});
