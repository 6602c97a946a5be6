import { describe, expect, it } from "vitest";
import { isPlannerPath, printZoneId } from "./planner-route.ts";

describe("planner routes", () => {
  it("claims /plan and below, not the base map at /", () => {
    expect(isPlannerPath("/plan")).toBe(true);
    expect(isPlannerPath("/plan/")).toBe(true);
    expect(isPlannerPath("/")).toBe(false);
    expect(isPlannerPath("/planx")).toBe(false);
  });

  it("reads the zone to print from the query", () => {
    expect(printZoneId("?print=12")).toBe(12);
    expect(printZoneId("?print=abc")).toBeNull();
    expect(printZoneId("")).toBeNull();
  });
});
