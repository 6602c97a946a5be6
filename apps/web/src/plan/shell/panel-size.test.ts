import { describe, expect, it } from "vitest";
import { clampWidth, PANEL, readPanelState, widthAfterKey } from "./panel-size.ts";

describe("the side panel's width", () => {
  it("stays between the minimum and 60 % of the window (at most PANEL.max)", () => {
    expect(clampWidth(100, 1440)).toBe(PANEL.min);
    expect(clampWidth(500, 1440)).toBe(500);
    expect(clampWidth(2000, 1024)).toBe(614);
    expect(clampWidth(2000, 2560)).toBe(PANEL.max);
    expect(clampWidth(500, 300)).toBe(PANEL.min);
  });

  it("steps with the arrow keys and jumps to the bounds with Home and End", () => {
    expect(widthAfterKey(420, "ArrowRight", 1440)).toBe(444);
    expect(widthAfterKey(420, "ArrowLeft", 1440)).toBe(396);
    expect(widthAfterKey(420, "Home", 1440)).toBe(PANEL.min);
    expect(widthAfterKey(420, "End", 1024)).toBe(614);
    expect(widthAfterKey(420, "Enter", 1440)).toBeNull();
  });

  it("is remembered as JSON; anything else gives the initial state", () => {
    expect(readPanelState(JSON.stringify({ width: 510, collapsed: true }))).toEqual({
      width: 510,
      collapsed: true,
    });
    expect(readPanelState(null)).toEqual({ width: PANEL.initial, collapsed: false });
    expect(readPanelState("{not json")).toEqual({ width: PANEL.initial, collapsed: false });
    expect(readPanelState(JSON.stringify({ width: "wide" }))).toEqual({
      width: PANEL.initial,
      collapsed: false,
    });
  });
});
