import { describe, expect, it } from "vitest";
import { cpuHalves, parentPidOf } from "./cpu-split.ts";

describe("cpuHalves", () => {
  it("gives each side one CPU of two", () => {
    expect(cpuHalves(2)).toEqual({ bench: "0", database: "1" });
  });

  it("gives the database the larger half of an odd count", () => {
    expect(cpuHalves(3)).toEqual({ bench: "0", database: "1-2" });
  });

  it("splits eight CPUs four and four", () => {
    expect(cpuHalves(8)).toEqual({ bench: "0-3", database: "4-7" });
  });
});

describe("parentPidOf", () => {
  it("reads the parent pid after the command name", () => {
    expect(parentPidOf("5400 (postgres) S 5328 5328 5328 0 -1 4194368 214 0 0 0")).toBe(5328);
  });

  it("is not fooled by spaces and parentheses in the command name", () => {
    expect(parentPidOf("77 (a (b) c) R 12 77 77 0 -1 0")).toBe(12);
  });
});
