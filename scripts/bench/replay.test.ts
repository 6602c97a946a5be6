import { describe, expect, it } from "vitest";
import { percentile, replay, summarise } from "./replay.ts";

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

  it("replays the list the given number of passes, in list order, keeping the concurrency full", async () => {
    const items = ["a", "b", "c", "d", "e"];
    const started: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const run = await replay(
      items,
      4,
      async (item) => {
        started.push(item);
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, item === "a" ? 20 : 1));
        inFlight--;
      },
      3,
    );
    expect(started).toEqual([...items, ...items, ...items]);
    expect(run.latenciesMs).toHaveLength(15);
    expect(peak).toBe(4);
    expect(run.seconds).toBeGreaterThan(0);
  });

  it("fails when a task fails", async () => {
    await expect(
      replay([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error("tile 2 failed");
      }),
    ).rejects.toThrow("tile 2 failed");
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
