import { describe, expect, it } from "vitest";
import { damBody, damProblems, draftOf, EMPTY_DAM } from "./check-dam-draft.ts";

const filled = {
  ...EMPTY_DAM,
  code: "YDB-9",
  name_zh: "试验沟淤地坝",
  storage_wan_m3: "12.5",
  control_area_km2: "3",
  responsible_unit: "沁水县水利局",
  lng: "112.3",
  lat: "35.7",
};

describe("the check-dam form's draft", () => {
  it("becomes the API's body and passes the shared rule when complete", () => {
    expect(damBody(filled)).toMatchObject({ storage_wan_m3: 12.5, built_year: null, lng: 112.3 });
    expect(damProblems(filled)).toEqual([]);
  });

  it("names each missing or bad field, as the API would", () => {
    const fields = damProblems({ ...EMPTY_DAM, lng: "100" }).map((p) => p.field);
    expect(fields).toEqual([
      "code",
      "name_zh",
      "storage_wan_m3",
      "control_area_km2",
      "responsible_unit",
      "position",
    ]);
  });

  it("round-trips a register row for an edit", () => {
    const body = damBody(filled);
    expect(damBody(draftOf({ ...body, position: [body.lng, body.lat] }))).toEqual(body);
  });
});
