import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, filterQuery } from "./review-api.ts";

describe("filterQuery", () => {
  it("sends only the fields set, and the end day inclusive", () => {
    expect(filterQuery(EMPTY_FILTER)).toBe("");
    const q = new URLSearchParams(
      filterQuery({
        ...EMPTY_FILTER,
        hazardId: "12",
        from: "2026-07-01",
        to: "2026-07-01",
        review: "pending",
      }),
    );
    expect(q.get("hazard_id")).toBe("12");
    expect(q.get("review")).toBe("pending");
    const from = Date.parse(q.get("from") ?? "");
    expect(Date.parse(q.get("to") ?? "") - from).toBe(24 * 3600_000);
    expect(filterQuery({ ...EMPTY_FILTER, hazardId: "abc" })).toBe("");
  });
});
