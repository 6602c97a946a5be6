import { describe, expect, it } from "vitest";
import { pointInPolygon } from "./contains.ts";
import { validateGeometry, validateLinear, validatePoint, validatePolygonal } from "./validation.ts";

type Ring = number[][];
const ring = (...pts: [number, number][]): Ring => [...pts, pts[0] as [number, number]];
const SQUARE = ring([112, 35], [112.1, 35], [112.1, 35.1], [112, 35.1]);
const HOLE = ring([112.02, 35.02], [112.02, 35.05], [112.05, 35.05], [112.05, 35.02]);
// Rings are loosely typed on purpose: some cases carry malformed positions.
const poly = (...rings: unknown[][]) => ({ type: "Polygon", coordinates: rings });
const reasonOf = (r: ReturnType<typeof validatePolygonal>) => (r.ok ? "ok" : r.reason);

describe("validatePolygonal accepts", () => {
  it("a simple square", () => expect(validatePolygonal(poly(SQUARE))).toEqual({ ok: true }));
  it("a square with a hole", () => expect(reasonOf(validatePolygonal(poly(SQUARE, HOLE)))).toBe("ok"));
  it("repeated consecutive points", () => {
    const r = [
      [112, 35],
      [112.1, 35],
      [112.1, 35],
      [112.1, 35.1],
      [112, 35.1],
      [112, 35],
    ];
    expect(reasonOf(validatePolygonal(poly(r)))).toBe("ok");
  });
  it("a multi-part polygon with an island inside another part's hole", () => {
    const island = ring([112.03, 35.03], [112.04, 35.03], [112.04, 35.04], [112.03, 35.04]);
    const far = ring([113, 35], [113.1, 35], [113.1, 35.1]);
    const g = { type: "MultiPolygon", coordinates: [[SQUARE, HOLE], [island], [far]] };
    expect(reasonOf(validatePolygonal(g))).toBe("ok");
  });
  it("3D positions", () => {
    expect(reasonOf(validatePolygonal(poly(SQUARE.map(([x, y]) => [x as number, y as number, 800]))))).toBe(
      "ok",
    );
  });
});

describe("validatePolygonal rejects", () => {
  const cases: [string, unknown, string][] = [
    ["not an object", "POLYGON((0 0))", "not_geometry"],
    ["no coordinates", { type: "Polygon" }, "not_geometry"],
    ["a point", { type: "Point", coordinates: [112, 35] }, "wrong_type"],
    ["a polygon with no rings", poly(), "empty"],
    ["an empty multipolygon", { type: "MultiPolygon", coordinates: [] }, "empty"],
    [
      "an open ring",
      poly([
        [112, 35],
        [112.1, 35],
        [112.1, 35.1],
        [112, 35.1],
      ]),
      "ring_not_closed",
    ],
    [
      "a ring of three positions",
      poly([
        [112, 35],
        [112.1, 35],
        [112, 35],
      ]),
      "too_few_points",
    ],
    [
      "a ring of one repeated point",
      poly([
        [112, 35],
        [112, 35],
        [112, 35],
        [112, 35],
      ]),
      "too_few_points",
    ],
    [
      "a flat ring (all points on one line)",
      poly(ring([112, 35], [112.1, 35], [112.2, 35])),
      "self_intersection",
    ],
    [
      "a non-number",
      poly([
        [112, 35],
        [112.1, "35"],
        [112.1, 35.1],
        [112, 35],
      ]),
      "bad_coordinate",
    ],
    [
      "NaN",
      poly([
        [112, 35],
        [112.1, Number.NaN],
        [112.1, 35.1],
        [112, 35],
      ]),
      "bad_coordinate",
    ],
    ["a one-number position", poly([[112, 35], [112.1], [112.1, 35.1], [112, 35]]), "bad_coordinate"],
    ["a latitude beyond 90", poly(ring([112, 35], [112.1, 95], [112.1, 35.1])), "out_of_range"],
    ["a bow tie", poly(ring([112, 35], [112.1, 35.1], [112.1, 35], [112, 35.1])), "self_intersection"],
    [
      "a spike",
      poly(ring([112, 35], [112.1, 35], [112.2, 35], [112.1, 35], [112.1, 35.1])),
      "self_intersection",
    ],
    [
      "a ring touching itself at a vertex",
      poly(ring([112, 35], [112.1, 35], [112.05, 35.05], [112.1, 35.1], [112, 35.1], [112.05, 35.05])),
      "self_intersection",
    ],
    [
      "a hole crossing its shell",
      poly(SQUARE, ring([112.05, 35.05], [112.2, 35.05], [112.2, 35.08])),
      "self_intersection",
    ],
    [
      "a hole outside its shell",
      poly(SQUARE, ring([112.3, 35.3], [112.4, 35.3], [112.4, 35.4])),
      "hole_outside",
    ],
    [
      "overlapping parts",
      {
        type: "MultiPolygon",
        coordinates: [[SQUARE], [ring([112.02, 35.02], [112.03, 35.02], [112.03, 35.03])]],
      },
      "overlap",
    ],
  ];
  for (const [name, geometry, reason] of cases) {
    it(name, () => {
      const r = validatePolygonal(geometry);
      expect(reasonOf(r)).toBe(reason);
      if (!r.ok) {
        expect(r.message_zh.length).toBeGreaterThan(0);
        expect(r.message_en.length).toBeGreaterThan(0);
      }
    });
  }

  it("a position outside the given bbox", () => {
    const r = validatePolygonal(poly(SQUARE), { bbox: [111.9, 35.2, 113.65, 36.1] });
    expect(reasonOf(r)).toBe("out_of_bounds");
  });

  it("more vertices than the cap", () => {
    const n = 200;
    const circle = Array.from({ length: n }, (_, i) => [
      112 + 0.1 * Math.cos((2 * Math.PI * i) / n),
      35 + 0.1 * Math.sin((2 * Math.PI * i) / n),
    ]) as [number, number][];
    expect(reasonOf(validatePolygonal(poly(ring(...circle)), { maxVertices: 100 }))).toBe(
      "too_many_vertices",
    );
    expect(reasonOf(validatePolygonal(poly(ring(...circle)), { maxVertices: 1000 }))).toBe("ok");
  });

  it("says where the problem is, in both languages", () => {
    const r = validatePolygonal({
      type: "MultiPolygon",
      coordinates: [
        [SQUARE],
        [
          [
            [113, 35],
            [113.1, 35],
            [113.1, 35.1],
            [113, 35.2],
          ],
        ],
      ],
    });
    expect(r).toMatchObject({ ok: false, reason: "ring_not_closed" });
    if (!r.ok) {
      expect(r.message_zh).toContain("第2个多边形");
      expect(r.message_en).toContain("polygon 2");
    }
  });
});

describe("validatePoint", () => {
  it("accepts a point and a multipoint", () => {
    expect(validatePoint({ type: "Point", coordinates: [112.8, 35.5] }).ok).toBe(true);
    expect(validatePoint({ type: "MultiPoint", coordinates: [[112.8, 35.5]] }).ok).toBe(true);
  });
  it("rejects an empty point, a bad position and a polygon", () => {
    expect(validatePoint({ type: "Point", coordinates: [] })).toMatchObject({ reason: "empty" });
    expect(validatePoint({ type: "Point", coordinates: [181, 35] })).toMatchObject({
      reason: "out_of_range",
    });
    expect(validatePoint(poly(SQUARE))).toMatchObject({ reason: "wrong_type" });
  });
});

describe("validateLinear", () => {
  it("accepts a line that crosses itself (valid in OGC terms)", () => {
    const line = {
      type: "LineString",
      coordinates: [
        [112, 35],
        [112.1, 35.1],
        [112.1, 35],
        [112, 35.1],
      ],
    };
    expect(validateLinear(line).ok).toBe(true);
  });
  it("rejects a line of one repeated point and an empty multiline", () => {
    expect(
      validateLinear({
        type: "LineString",
        coordinates: [
          [112, 35],
          [112, 35],
        ],
      }),
    ).toMatchObject({
      reason: "too_few_points",
    });
    expect(validateLinear({ type: "MultiLineString", coordinates: [] })).toMatchObject({ reason: "empty" });
  });
});

describe("validateGeometry", () => {
  it("dispatches on the kinds allowed", () => {
    expect(validateGeometry({ type: "Point", coordinates: [112, 35] }, ["point", "linear"]).ok).toBe(true);
    expect(validateGeometry(poly(SQUARE), ["point", "linear"])).toMatchObject({ reason: "wrong_type" });
    expect(
      validateGeometry(poly(ring([112, 35], [112.1, 35.1], [112.1, 35], [112, 35.1])), ["polygonal"]),
    ).toMatchObject({
      reason: "self_intersection",
    });
  });
});

describe("pointInPolygon", () => {
  const g = { type: "Polygon" as const, coordinates: [SQUARE, HOLE] };
  it("is true inside the shell and false in the hole or outside", () => {
    expect(pointInPolygon([112.08, 35.08], g)).toBe(true);
    expect(pointInPolygon([112.03, 35.03], g)).toBe(false);
    expect(pointInPolygon([112.2, 35.03], g)).toBe(false);
  });
});
