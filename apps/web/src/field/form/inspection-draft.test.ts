import { describe, expect, it } from "vitest";
import { type DraftContext, draftToInspection, emptyDraft, parseMeasurement } from "./inspection-draft.ts";

const ctx: DraftContext = {
  clientKey: "5b0c3f0e-2f6d-4b8a-9a53-0c1f3c7d2e11",
  hazardId: 3,
  hazardVersion: 2,
  inspectedAt: new Date("2026-07-01T00:30:00Z"),
  location: null,
  photos: [],
};

describe("parseMeasurement", () => {
  it("reads blanks as null, a decimal comma as a point, and refuses junk or out-of-range values", () => {
    expect(parseMeasurement(" ", 0, 10)).toBeNull();
    expect(parseMeasurement("12,5", 0, 100)).toBe(12.5);
    expect(parseMeasurement("-3", -10, 10)).toBe(-3);
    expect(parseMeasurement("1e3", 0, 1e4)).toBeUndefined();
    expect(parseMeasurement("abc", 0, 10)).toBeUndefined();
    expect(parseMeasurement("11", 0, 10)).toBeUndefined();
  });
});

describe("draftToInspection", () => {
  it("builds the API body, dropping empty crack rows and naming unnamed ones", () => {
    const draft = {
      ...emptyDraft(),
      rainfall: "12.5",
      cracks: [
        { crackId: "L1", width: "", change: "" },
        { crackId: " ", width: "30", change: "2,5" },
      ],
      notes: "  ",
    };
    const result = draftToInspection(draft, ctx);
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        client_key: ctx.clientKey,
        hazard_version: 2,
        inspected_at: "2026-07-01T00:30:00.000Z",
        rainfall_mm: 12.5,
        cracks: [{ crack_id: "L2", width_mm: 30, change_mm: 2.5 }],
        displacement_mm: null,
        notes: null,
      }),
    });
  });

  it("names every field to fix", () => {
    const draft = { ...emptyDraft(), rainfall: "lots", cracks: [{ crackId: "L1", width: "", change: "3" }] };
    expect(draftToInspection(draft, ctx)).toEqual({
      ok: false,
      errors: { rainfall: "number", "cracks.0.width": "number" },
    });
  });
});
