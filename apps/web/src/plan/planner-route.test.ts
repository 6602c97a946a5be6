import { describe, expect, it } from "vitest";
import { isPlannerPath, openingTab, printZoneId } from "./planner-route.ts";

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

  it("opens the tab the query names, if there is one by that name", () => {
    const tabs = ["draw", "import"] as const;
    expect(openingTab("?tab=import", tabs, "draw")).toBe("import");
    expect(openingTab("?tab=nope", tabs, "draw")).toBe("draw");
    expect(openingTab("", tabs, "draw")).toBe("draw");
  });
});
