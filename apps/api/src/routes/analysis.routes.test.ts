import { gk, rect, SHAPES } from "@lianpian/db/testing";
import { geodesicArea, geodesicDistance } from "@lianpian/geo";
import type { MultiPolygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { loginAs } from "../../../../test/support/test-app.ts";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

const h = useAnalysisTestApp();

const post = (url: string, payload: unknown, headers: Record<string, string> = h.planner) =>
  h.app.inject({ method: "POST", url, headers, payload: payload as object });

function near(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.001);
}

describe("buffer", () => {
  it("buffers a hazard point by 500 m on the ground and the report then counts the hazard", async () => {
    const res = await post("/api/analysis/buffer", {
      features: [{ layer: "hazards", id: h.f.hazards.collapseMedium }],
      distance_m: 500,
    });
    expect(res.statusCode).toBe(200);
    const { geometry, area_m2 } = res.json() as { geometry: MultiPolygon; area_m2: number };
    // a 64-gon of circumradius 500 m (quad_segs 16)
    near(area_m2, 32 * 500 ** 2 * Math.sin((2 * Math.PI) / 64));
    near(geodesicArea(geometry), area_m2);
    const centre = gk(300, 300);
    for (const p of geometry.coordinates[0]?.[0] ?? []) near(geodesicDistance(centre, p as Position), 500);
    const report = (await post("/api/analysis/report", { geometry })).json();
    expect(report.hazards.items.map((x: { id: number }) => x.id)).toEqual([h.f.hazards.collapseMedium]);
    expect(report.hazards.threatened_people).toBe(120);
  });

  it("shrinks with a negative distance", async () => {
    const res = await post("/api/analysis/buffer", {
      geometries: [rect(0, 0, 1000, 1000)],
      distance_m: -100,
    });
    near(res.json().area_m2, geodesicArea(rect(100, 100, 900, 900)));
  });

  it("refuses absurd distances, unknown layers, missing features and empty selections", async () => {
    const far = await post("/api/analysis/buffer", { geometries: [SHAPES.zone], distance_m: 1e7 });
    expect(far.json().error.code).toBe("bad_distance");
    expect(far.json().error.details).toMatchObject({
      field: "/distance_m",
      message_zh: "缓冲距离须在 -5000 m 到 20000 m 之间",
    });
    const zero = await post("/api/analysis/buffer", { geometries: [SHAPES.zone], distance_m: 0 });
    expect(zero.json().error.code).toBe("bad_distance");
    const layer = await post("/api/analysis/buffer", {
      features: [{ layer: "secrets", id: 1 }],
      distance_m: 10,
    });
    expect(layer.statusCode).toBe(400);
    expect(layer.json().error.details[0].field).toBe("body/features/0/layer");
    const missing = await post("/api/analysis/buffer", {
      features: [{ layer: "mines", id: 99_999_999 }],
      distance_m: 10,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.details.missing).toEqual([{ layer: "mines", id: "99999999" }]);
    const none = await post("/api/analysis/buffer", { distance_m: 10 });
    expect(none.json().error.code).toBe("no_operands");
    const many = await post("/api/analysis/union", {
      features: Array.from({ length: 201 }, (_, i) => ({ layer: "mines", id: i + 1 })),
    });
    expect(many.statusCode).toBe(400);
  });
});

describe("union, subtract, close gaps", () => {
  it("merges a selection of features into one multipolygon", async () => {
    const res = await post("/api/analysis/union", {
      features: [
        { layer: "mines", id: h.f.mineB },
        { layer: "mines", id: h.f.pit },
      ],
    });
    near(res.json().area_m2, geodesicArea(SHAPES.mineB) + geodesicArea(SHAPES.pit));
    expect(res.json().geometry.coordinates).toHaveLength(2);
  });

  it("subtracts the protected area from a zone", async () => {
    const res = await post("/api/analysis/subtract", {
      base: { geometries: [SHAPES.zone] },
      subtract: { features: [{ layer: "protected_areas", id: h.f.protectedArea }] },
    });
    near(res.json().area_m2, geodesicArea(SHAPES.zone) - geodesicArea(rect(1500, 0, 2000, 300)));
  });

  it("closes a 100 m gap between two squares", async () => {
    const res = await post("/api/analysis/close-gaps", {
      geometries: [rect(0, 0, 1000, 1000), rect(1100, 0, 2100, 1000)],
      gap_m: 200,
    });
    expect(res.json().geometry.coordinates).toHaveLength(1);
    near(res.json().area_m2, geodesicArea(rect(0, 0, 2100, 1000)));
  });

  it("refuses a gap over 2000 m with the rule's own words and the field", async () => {
    const res = await post("/api/analysis/close-gaps", { geometries: [rect(0, 0, 1000, 1000)], gap_m: 2001 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: "bad_distance",
      details: {
        field: "/gap_m",
        message_zh: "闭合间隙距离不超过 2000 m",
        message_en: "the gap to close is at most 2000 m",
      },
    });
  });

  it("says when nothing with an area is left", async () => {
    const res = await post("/api/analysis/union", {
      features: [{ layer: "hazards", id: h.f.hazards.outside }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("empty_result");
  });
});

describe("lasso selection and fund shares", () => {
  it("selects the features of the chosen layers inside a polygon", async () => {
    const res = await post("/api/analysis/select", { geometry: SHAPES.zone, layers: ["mines", "villages"] });
    const ids = res.json().features.map((x: { layer: string; id: string }) => `${x.layer}:${x.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([`mines:${h.f.mineA}`, `mines:${h.f.mineB}`, `mines:${h.f.pit}`]),
    );
    expect(ids.filter((i: string) => i.startsWith("villages:"))).toHaveLength(1);
  });

  it("gives the fund shares of a drawn outline summing to 100", async () => {
    const res = await post("/api/analysis/fund-shares", { geometry: SHAPES.zone });
    const parties = res.json().parties as { share_pct: number }[];
    expect(parties).toHaveLength(3);
    expect(parties.reduce((sum, p) => sum + p.share_pct, 0)).toBeCloseTo(100, 6);
  });
});

describe("roles", () => {
  it("keeps analysis from field monitors and the public", async () => {
    const field = await loginAs(h.app, "field");
    expect((await post("/api/analysis/report", { geometry: SHAPES.zone }, field)).statusCode).toBe(403);
    expect((await post("/api/analysis/report", { geometry: SHAPES.zone }, {})).statusCode).toBe(401);
  });
});
