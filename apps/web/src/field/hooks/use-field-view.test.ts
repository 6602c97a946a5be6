import { describe, expect, it } from "vitest";
import { fieldHash, parseFieldView } from "./use-field-view.ts";

describe("parseFieldView", () => {
  it("reads every view back from its hash", () => {
    for (const view of [
      { name: "nearby" },
      { name: "outbox" },
      { name: "offline" },
      { name: "tasks" },
      { name: "day" },
      { name: "map", focus: null },
      { name: "map", focus: 7 },
      { name: "card", id: 12 },
      { name: "inspect", id: 12 },
    ] as const) {
      expect(parseFieldView(fieldHash(view))).toEqual(view);
    }
  });

  it("falls back to the nearby list for unknown or malformed hashes", () => {
    expect(parseFieldView("")).toEqual({ name: "nearby" });
    expect(parseFieldView("#card/abc")).toEqual({ name: "nearby" });
    expect(parseFieldView("#card/-1")).toEqual({ name: "nearby" });
  });
});
