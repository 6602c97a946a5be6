import { describe, expect, it } from "vitest";
import { classesQuery } from "./rectification-view.tsx";

describe("classesQuery", () => {
  it("puts only the chosen filters in the query", () => {
    expect(classesQuery({ county: "", klass: "", asOf: "" })).toBe("/api/rectification/mines");
    expect(classesQuery({ county: "140525", klass: "guided_exit", asOf: "2025-06-30" }, "csv")).toBe(
      "/api/rectification/mines?county=140525&class=guided_exit&as_of=2025-06-30&format=csv",
    );
  });
});
