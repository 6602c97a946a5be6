import { describe, expect, it } from "vitest";
import { estimateBytes, formatAge, formatDuration, timeLeftMs } from "./pack-progress.ts";

describe("timeLeftMs", () => {
  it("goes by the rate of the tiles fetched in this run, not those kept from before", () => {
    expect(timeLeftMs(0, 100, 1000)).toBeNull();
    expect(timeLeftMs(25, 100, 5000)).toBe(15_000);
    // resumed at 50: 10 fetched in 2 s, 40 left → 8 s
    expect(timeLeftMs(60, 100, 2000, 50)).toBe(8000);
    expect(timeLeftMs(100, 100, 2000)).toBe(0);
  });
});

describe("formatDuration and formatAge", () => {
  it("say it in zh-CN and English", () => {
    expect(formatDuration(200_000, "zh")).toBe("3 分 20 秒");
    expect(formatDuration(45_000, "en")).toBe("45 s");
    const now = Date.parse("2026-12-04T10:00:00Z");
    expect(formatAge(now - 2 * 86_400_000 - 5000, now, "zh")).toBe("2 天前");
    expect(formatAge(now - 3 * 3_600_000, now, "en")).toBe("3 h ago");
    expect(formatAge(now - 10_000, now, "zh")).toBe("刚刚");
  });
});

describe("estimateBytes", () => {
  it("weighs each zoom's mean sample by its tile count, and counts held tiles at their size", () => {
    const counts = new Map([
      [10, 4],
      [12, 40],
      [14, 400],
    ]);
    const samples = new Map([
      [10, [20_000, 30_000]],
      [12, [5000]],
    ]);
    // zoom 14 has no sample: it takes the mean of all three samples (55 000 / 3)
    expect(estimateBytes(counts, samples, 1000)).toBe(
      Math.round(1000 + 4 * 25_000 + 40 * 5000 + (400 * 55_000) / 3),
    );
    expect(estimateBytes(counts, new Map())).toBe(0);
  });
});
