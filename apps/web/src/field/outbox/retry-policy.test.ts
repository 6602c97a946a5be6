import { describe, expect, it } from "vitest";
import { BACKOFF_MAX_MS, backoffMs, verdictOf } from "./retry-policy.ts";

describe("verdictOf", () => {
  it("sorts outcomes into stored, retry, retry soon, login and attention", () => {
    expect(verdictOf(201)).toBe("stored");
    expect(verdictOf(200)).toBe("stored");
    expect(verdictOf("network")).toBe("retry");
    expect(verdictOf(503)).toBe("retry");
    expect(verdictOf(429)).toBe("retry");
    expect(verdictOf(409)).toBe("retry_soon");
    expect(verdictOf(401)).toBe("login");
    expect(verdictOf(422)).toBe("attention");
    expect(verdictOf(413)).toBe("attention");
    expect(verdictOf(403)).toBe("attention");
  });
});

describe("backoffMs", () => {
  it("doubles from 2 s and stops at 5 minutes", () => {
    const top = () => 1;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, top))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(50, top)).toBe(BACKOFF_MAX_MS);
  });

  it("jitters within the upper half of the step", () => {
    expect(backoffMs(3, () => 0)).toBe(4000);
    expect(backoffMs(3, () => 0.5)).toBe(6000);
  });
});
