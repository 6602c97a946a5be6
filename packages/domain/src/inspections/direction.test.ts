import { describe, expect, it } from "vitest";
import {
  compassPoint,
  formatDistanceMeters,
  haversineDistanceMeters,
  initialBearingDegrees,
} from "./direction.ts";

describe("initialBearingDegrees", () => {
  it("points north, east, south and west on the cardinal directions", () => {
    expect(initialBearingDegrees([112, 35], [112, 35.1])).toBeCloseTo(0, 6);
    expect(initialBearingDegrees([112, 35], [112.1, 35])).toBeCloseTo(90, 0);
    expect(initialBearingDegrees([112, 35.1], [112, 35])).toBeCloseTo(180, 6);
    expect(initialBearingDegrees([112.1, 35], [112, 35])).toBeCloseTo(270, 0);
  });
});

describe("compassPoint", () => {
  it("rounds to the nearest of eight points, wrapping at north", () => {
    expect(compassPoint(0)).toBe("N");
    expect(compassPoint(22.4)).toBe("N");
    expect(compassPoint(22.6)).toBe("NE");
    expect(compassPoint(135)).toBe("SE");
    expect(compassPoint(350)).toBe("N");
    expect(compassPoint(-90)).toBe("W");
  });
});

describe("haversineDistanceMeters", () => {
  it("gives about 111.2 km for one degree of latitude", () => {
    expect(haversineDistanceMeters([112, 35], [112, 36])).toBeCloseTo(111195, -1);
  });
});

describe("formatDistanceMeters", () => {
  it("shows metres under 1 km and km above", () => {
    expect(formatDistanceMeters(0)).toBe("0 m");
    expect(formatDistanceMeters(347)).toBe("350 m");
    expect(formatDistanceMeters(996)).toBe("1.0 km");
    expect(formatDistanceMeters(1234)).toBe("1.2 km");
    expect(formatDistanceMeters(123456)).toBe("123 km");
    expect(formatDistanceMeters(Number.NaN)).toBe("—");
  });
});
