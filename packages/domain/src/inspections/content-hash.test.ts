import { describe, expect, it } from "vitest";
import { canonicalInspectionJson, normaliseInspection } from "./content-hash.ts";
import type { InspectionInput } from "./inspection.schema.ts";

const base: InspectionInput = {
  client_key: "5b0c3f0e-2f6d-4b8a-9a53-0c1f3c7d2e11",
  hazard_id: 7,
  hazard_version: 2,
  inspected_at: "2026-07-01T08:30:00+08:00",
  kind: "routine",
  rainfall_mm: 12.34,
  cracks: [
    { crack_id: "L2", width_mm: 3, change_mm: 0.5 },
    { crack_id: "L1", width_mm: 12.04, change_mm: -0 },
  ],
  displacement_mm: null,
  macro_signs: ["tree_tilt", "new_crack"],
  assessment: "abnormal",
  alert_level: "yellow",
  actions: ["report"],
  notes: "  坡脚有新裂缝 ",
  location: { lng: 112.851234567, lat: 35.49, accuracy_m: 8.4 },
  photos: [],
};

describe("canonicalInspectionJson", () => {
  it("is the same for the same content in another order and time zone", () => {
    const shuffled: InspectionInput = {
      ...base,
      inspected_at: "2026-07-01T00:30:00.000Z",
      cracks: [...base.cracks].reverse(),
      macro_signs: ["new_crack", "tree_tilt"],
      notes: "坡脚有新裂缝",
      client_key: "11111111-2222-4333-8444-555555555555",
    };
    expect(canonicalInspectionJson(shuffled)).toBe(canonicalInspectionJson(base));
  });

  it("differs when a measurement differs", () => {
    const other = { ...base, cracks: [{ crack_id: "L1", width_mm: 12.5, change_mm: 0 }] };
    expect(canonicalInspectionJson(other)).not.toBe(canonicalInspectionJson(base));
  });

  it("treats an absent and a null optional field alike", () => {
    const { notes: _n, location: _l, ...rest } = base;
    const absent = rest as InspectionInput;
    expect(canonicalInspectionJson({ ...absent, notes: null, location: null })).toBe(
      canonicalInspectionJson(absent),
    );
  });
});

describe("normaliseInspection", () => {
  it("rounds to the stored 0.1 mm, sorts cracks and sets, trims notes, keeps no -0", () => {
    const n = normaliseInspection(base);
    expect(n.rainfallMm).toBe(12.3);
    expect(n.cracks).toEqual([
      { crackId: "L1", widthMm: 12, changeMm: 0 },
      { crackId: "L2", widthMm: 3, changeMm: 0.5 },
    ]);
    expect(Object.is(n.cracks[0]?.changeMm, -0)).toBe(false);
    expect(n.macroSigns).toEqual(["new_crack", "tree_tilt"]);
    expect(n.notes).toBe("坡脚有新裂缝");
    expect(n.inspectedAt).toBe("2026-07-01T00:30:00.000Z");
    expect(n.location).toEqual({ lng: 112.8512346, lat: 35.49, accuracyM: 8 });
  });
});
