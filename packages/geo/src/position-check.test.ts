import { describe, expect, it } from "vitest";
import { toProjected } from "./crs.ts";
import { customDatumCrs } from "./old-datums.ts";
import { checkPositions, positionsOfRows, type SourcePosition } from "./position-check.ts";

const JINCHENG: [number, number][] = [
  [112.2, 35.6],
  [112.4, 35.7],
  [112.3, 35.5],
];

function rowsIn(srid: number): SourcePosition[] {
  return JINCHENG.map((p, i) => {
    const [e, n] = toProjected(p, srid);
    return { row: i + 1, x: e, y: n };
  });
}

describe("checkPositions", () => {
  it("says nothing about good rows in any form of the zone", () => {
    expect(checkPositions(rowsIn(4546), 4546)).toEqual([]);
    expect(checkPositions(rowsIn(4525), 4525)).toEqual([]);
    expect(checkPositions(rowsIn(4508), 4508)).toEqual([]);
    const lngLat = JINCHENG.map(([x, y], i) => ({ row: i + 1, x, y }));
    expect(checkPositions(lngLat, 4490)).toEqual([]);
    expect(checkPositions(lngLat, 4326)).toEqual([]);
  });

  it("finds X and Y exchanged, without and with the zone prefix", () => {
    const swap = (ps: SourcePosition[]) => ps.map((p) => ({ row: p.row, x: p.y, y: p.x }));
    const plain = checkPositions([...swap(rowsIn(4546)).slice(0, 2), ...rowsIn(4546).slice(2)], 4546);
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatchObject({ code: "swapped_xy", count: 2, rows: [1, 2] });
    expect(plain[0]?.message_zh).toContain("颠倒");
    expect(plain[0]?.message_en).toContain("2 row(s), e.g. row 1, 2");
    expect(checkPositions(swap(rowsIn(4525)), 4525)).toEqual([
      expect.objectContaining({ code: "swapped_xy", count: 3, rows: [1, 2, 3] }),
    ]);
  });

  it("finds latitude and longitude exchanged", () => {
    const swapped = JINCHENG.map(([x, y], i) => ({ row: i + 1, x: y, y: x }));
    expect(checkPositions(swapped, 4490)).toEqual([
      expect.objectContaining({ code: "swapped_lat_lon", count: 3 }),
    ]);
  });

  it("finds eastings with a zone prefix the CRS does not have, or the wrong one", () => {
    expect(checkPositions(rowsIn(4525), 4546)).toEqual([
      expect.objectContaining({ code: "zone_mismatch", count: 3 }),
    ]);
    expect(checkPositions(rowsIn(4546), 4525)).toEqual([expect.objectContaining({ code: "zone_mismatch" })]);
    const zone38 = rowsIn(4525).map((p) => ({ ...p, x: p.x + 1_000_000 }));
    expect(checkPositions(zone38, 4525)).toEqual([expect.objectContaining({ code: "zone_mismatch" })]);
  });

  it("finds rows outside Shanxi after reprojection, counting rows once and listing the first ten", () => {
    const many: SourcePosition[] = [];
    for (let row = 1; row <= 15; row++) {
      many.push({ row, x: 116.4, y: 39.9 }, { row, x: 116.5, y: 39.9 });
    }
    many.push({ row: 16, x: 112.5, y: 37.8 });
    const [w] = checkPositions(many, 4326);
    expect(w).toMatchObject({ code: "outside_shanxi", count: 15, rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    // Just inside and just outside the box edges.
    expect(checkPositions([{ row: 1, x: 110.2, y: 34.5 }], 4490)).toEqual([]);
    expect(checkPositions([{ row: 1, x: 110.19, y: 35 }], 4490)).toHaveLength(1);
    // In the CM 111°E zone, Beijing projects far outside.
    const [e, n] = toProjected([116.4, 39.9], 4546);
    expect(checkPositions([{ row: 7, x: e, y: n }], 4546)).toEqual([expect.objectContaining({ rows: [7] })]);
    expect(checkPositions([{ row: 3, x: Number.NaN, y: 1 }], 4546)[0]).toMatchObject({ rows: [3] });
  });

  it("takes a proj4 text (seven-parameter Xi'an 80) as the CRS", () => {
    const def = customDatumCrs({
      datum: "xian80",
      centralMeridian: 111,
      falseEasting: 37_500_000,
      params: { dx: 0, dy: 0, dz: 0, rx: 0, ry: 0, rz: 0, ppm: 0 },
    });
    expect(checkPositions(rowsIn(4525), def)).toEqual([]);
    expect(checkPositions(rowsIn(4546), def)).toEqual([expect.objectContaining({ code: "zone_mismatch" })]);
  });
});

describe("positionsOfRows", () => {
  it("lists every position of every row's geometry", () => {
    const ps = positionsOfRows([
      { row: 1, geometry: { type: "Point", coordinates: [1, 2] } },
      { row: 2, geometry: null },
      {
        row: 3,
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
        },
      },
    ]);
    expect(ps).toHaveLength(5);
    expect(ps[0]).toEqual({ row: 1, x: 1, y: 2 });
    expect(ps[4]).toEqual({ row: 3, x: 0, y: 0 });
  });
});
