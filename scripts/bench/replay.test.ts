import { describe, expect, it } from "vitest";
import { percentile, replay, replayFor, summarise } from "./replay.ts";

describe("replay", () => {
  it("runs every item once and never more than the concurrency at a time", async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const seen: number[] = [];
    let inFlight = 0;
    let peak = 0;
    const { latenciesMs } = await replay(items, 8, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      seen.push(item);
      inFlight--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(items);
    expect(peak).toBe(8);
    expect(latenciesMs).toHaveLength(50);
  });

  it("fails when a task fails", async () => {
    await expect(
      replay([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error("tile 2 failed");
      }),
    ).rejects.toThrow("tile 2 failed");
  });
});

describe("replayFor", () => {
  it("keeps the concurrency busy for the window, counts what ends inside it, and goes on where it stopped", async () => {
    const items = ["a", "b", "c"];
    const seen: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const cursor = { next: 0 };
    const task = async (item: string) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(item);
      inFlight--;
    };
    const run = await replayFor(items, 4, 0.1, cursor, task);
    expect(peak).toBe(4);
    expect(run.seconds).toBe(0.1);
    // every started request ended (the loop stops by itself); those past the deadline are not counted
    expect(seen.length).toBe(cursor.next);
    expect(run.latenciesMs.length).toBeGreaterThan(4);
    expect(run.latenciesMs.length).toBeLessThanOrEqual(seen.length);
    expect(seen.length - run.latenciesMs.length).toBeLessThanOrEqual(4);
    // the list is cycled in order
    expect(seen.slice(0, 3).sort()).toEqual(items);
    const before = cursor.next;
    await replayFor(items, 4, 0.05, cursor, task);
    expect(cursor.next).toBeGreaterThan(before);
  });

  it("fails when a task fails", async () => {
    await expect(
      replayFor([1], 2, 1, { next: 0 }, async () => {
        throw new Error("tile failed");
      }),
    ).rejects.toThrow("tile failed");
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0.95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it("is NaN for no values", () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe("summarise", () => {
  it("pools the runs: requests over total seconds", () => {
    const stats = summarise([
      { latenciesMs: [1, 2, 3, 4], seconds: 1, cpuMs: 2 },
      { latenciesMs: [5, 6, 7, 8], seconds: 3, cpuMs: 6 },
    ]);
    expect(stats.requests).toBe(8);
    expect(stats.perSecond).toBe(2);
    expect(stats.p50Ms).toBe(4);
    expect(stats.maxMs).toBe(8);
    expect(stats.cpuMsPerRequest).toBe(1);
  });
});
