import type { MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { parseAngle } from "./angle.ts";
import { cornerTable } from "./corner-table.ts";
import { fromProjected } from "./crs.ts";

/** A square ring of GK corners (northing, easting) in EPSG:4547, as [lng, lat]. */
function ring(n: number, e: number, size: number, srid = 4547): Position[] {
  const corners: [number, number][] = [
    [n, e],
    [n, e + size],
    [n + size, e + size],
    [n + size, e],
  ];
  const lngLat = corners.map(([x, y]) => fromProjected([y, x], srid));
  return [...lngLat, lngLat[0] as Position];
}

const withHole: Polygon = {
  type: "Polygon",
  coordinates: [ring(3930000, 400000, 1000), ring(3930200, 400200, 100)],
};

describe("cornerTable", () => {
  it("lists a polygon with a hole ring by ring, numbered on through the hole, each ring closed", () => {
    const t = cornerTable(withHole, 4547);
    expect(t.rows).toHaveLength(10);
    expect(t.rows.map((r) => `${r.ring}:${r.pointNo}`)).toEqual([
      "1:J1",
      "1:J2",
      "1:J3",
      "1:J4",
      "1:J1",
      "2:J5",
      "2:J6",
      "2:J7",
      "2:J8",
      "2:J5",
    ]);
    expect(t.rings).toEqual([
      { part: 1, ring: 1, firstRow: 0, lastRow: 4, points: 4 },
      { part: 1, ring: 2, firstRow: 5, lastRow: 9, points: 4 },
    ]);
  });

  it("gives X as northing and Y as easting to 0.01 m, and DMS to 0.01″", () => {
    const t = cornerTable(withHole, 4547);
    expect(t.rows[0]).toMatchObject({ x: 3930000, y: 400000 });
    expect(t.rows[1]).toMatchObject({ x: 3930000, y: 401000 });
    expect(t.rows[5]).toMatchObject({ x: 3930200, y: 400200 });
    const first = t.rows[0];
    expect(first?.lon).toMatch(/^112°\d{2}′\d{2}\.\d{2}″$/);
    expect(first?.lat).toMatch(/^35°\d{2}′\d{2}\.\d{2}″$/);
    const lng = parseAngle(first?.lon ?? "");
    // 0.005″ of rounding is about 0.15 m.
    expect(lng.ok && Math.abs(lng.degrees - (first?.lngDegrees ?? 0)) * 3600).toBeLessThanOrEqual(0.005);
  });

  it("puts the zone number in the easting for a prefixed SRID", () => {
    const t = cornerTable(withHole, 4526);
    expect(t.rows[0]?.y).toBe(38_400_000);
    expect(t.rows[0]?.x).toBe(3930000);
  });

  it("numbers a multipolygon continuously across its parts", () => {
    const mp: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [withHole.coordinates, [ring(3940000, 410000, 500)]],
    };
    const t = cornerTable(mp, 4547);
    expect(t.rows).toHaveLength(15);
    expect(t.rings.map((r) => [r.part, r.ring, r.firstRow, r.lastRow])).toEqual([
      [1, 1, 0, 4],
      [1, 2, 5, 9],
      [2, 1, 10, 14],
    ]);
    expect(t.rows.slice(10).map((r) => r.pointNo)).toEqual(["J9", "J10", "J11", "J12", "J9"]);
    expect(t.rows[14]).toMatchObject({ part: 2, ring: 1, x: 3940000, y: 410000 });
  });

  it("drops repeated consecutive points and accepts an unclosed ring", () => {
    const r = ring(3930000, 400000, 1000);
    const messy: Polygon = { type: "Polygon", coordinates: [[r[0], r[0], r[1], r[2], r[3]] as Position[]] };
    const t = cornerTable(messy, 4547);
    expect(t.rows.map((x) => x.pointNo)).toEqual(["J1", "J2", "J3", "J4", "J1"]);
  });

  it("refuses a geographic SRID and a degenerate ring", () => {
    expect(() => cornerTable(withHole, 4490)).toThrow(RangeError);
    const r = ring(3930000, 400000, 1000);
    expect(() =>
      cornerTable({ type: "Polygon", coordinates: [[r[0], r[1], r[0]] as Position[]] }, 4547),
    ).toThrow(RangeError);
  });
});
