import { type AnalysisFixtures, gk, insertAnalysisFixtures, rect, SHAPES } from "@lianpian/db/testing";
import { geodesicArea, geodesicDistance } from "@lianpian/geo";
import type { MultiPolygon, Position } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let f: AnalysisFixtures;
let planner: { authorization: string };

beforeAll(async () => {
  h = await openTestApp();
  f = await insertAnalysisFixtures(h.t.db.kysely);
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => {
  await h?.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = planner) =>
  h.app.inject({ method: "POST", url, headers, payload: payload as object });

function near(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.001);
}

// The fixtures lie around here; proposals are asked for this box only.
const [w, s] = gk(-6000, -6000);
const [e, n] = gk(8000, 8000);
const FIXTURE_BBOX = [w, s, e, n];

describe("buffer", () => {
  it("buffers a hazard point by 500 m on the ground and the report then counts the hazard", async () => {
    const res = await post("/api/analysis/buffer", {
      features: [{ layer: "hazards", id: f.hazards.collapseMedium }],
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
    expect(report.hazards.items.map((x: { id: number }) => x.id)).toEqual([f.hazards.collapseMedium]);
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
    expect(far.json().error.code).toBe("validation_failed");
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
        { layer: "mines", id: f.mineB },
        { layer: "mines", id: f.pit },
      ],
    });
    near(res.json().area_m2, geodesicArea(SHAPES.mineB) + geodesicArea(SHAPES.pit));
    expect(res.json().geometry.coordinates).toHaveLength(2);
  });

  it("subtracts the protected area from a zone", async () => {
    const res = await post("/api/analysis/subtract", {
      base: { geometries: [SHAPES.zone] },
      subtract: { features: [{ layer: "protected_areas", id: f.protectedArea }] },
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

  it("says when nothing with an area is left", async () => {
    const res = await post("/api/analysis/union", {
      features: [{ layer: "hazards", id: f.hazards.outside }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("empty_result");
  });
});

describe("lasso selection and fund shares", () => {
  it("selects the features of the chosen layers inside a polygon", async () => {
    const res = await post("/api/analysis/select", { geometry: SHAPES.zone, layers: ["mines", "villages"] });
    const ids = res.json().features.map((x: { layer: string; id: string }) => `${x.layer}:${x.id}`);
    expect(ids).toEqual(expect.arrayContaining([`mines:${f.mineA}`, `mines:${f.mineB}`, `mines:${f.pit}`]));
    expect(ids.filter((i: string) => i.startsWith("villages:"))).toHaveLength(1);
  });

  it("gives the fund shares of a drawn outline summing to 100", async () => {
    const res = await post("/api/analysis/fund-shares", { geometry: SHAPES.zone });
    const parties = res.json().parties as { share_pct: number }[];
    expect(parties).toHaveLength(3);
    expect(parties.reduce((sum, p) => sum + p.share_pct, 0)).toBeCloseTo(100, 6);
  });
});

describe("proposals", () => {
  const ask = (extra: Record<string, unknown>) =>
    post("/api/analysis/proposals", { distance_m: 500, bbox: FIXTURE_BBOX, ...extra });

  type Candidate = {
    members: Record<string, number>;
    threatened_people: number;
    member_refs: { layer: string; id: number }[];
    protected_overlap_m2: number;
    geometry: unknown;
  };
  const hazardsOnly = (c: Candidate) => c.members.hazards === 1 && c.member_refs.length === 1;

  it("clusters the damage within 500 m, ranks it and keeps candidates out of protected areas", async () => {
    const res = await ask({ hazard_min_grade: "medium", rank_by: "threatened_people" });
    expect(res.statusCode).toBe(200);
    const proposals = res.json().proposals as Candidate[];
    // the big cluster, and two lone hazard points (2000 and 120 people), by threatened people
    expect(proposals.map((p) => p.threatened_people)).toEqual([2000, 300 + 40 + 600 + 12, 120]);
    const big = proposals[1] as Candidate;
    expect(big.members).toEqual({ historic_pits: 1, closed_mines: 1, subsidence: 2, hazards: 2 });
    expect(big.member_refs).toEqual(
      expect.arrayContaining([
        { layer: "mines", id: f.mineB },
        { layer: "mines", id: f.pit },
        { layer: "subsidence", id: f.subsidenceShared },
        { layer: "hazards", id: f.hazards.overriddenLarge },
      ]),
    );
    expect(big.member_refs).not.toContainEqual({ layer: "mines", id: f.mineA });
    expect(big.protected_overlap_m2).toBeGreaterThan(0);
    expect(proposals.filter(hazardsOnly)).toHaveLength(2);
    const report = (await post("/api/analysis/report", { geometry: big.geometry })).json();
    expect(report.protected_areas).toEqual([]);
    expect(report.mines.map((m: { id: number }) => m.id)).toEqual(expect.arrayContaining([f.mineB, f.pit]));
    const byDamage = (await ask({ hazard_min_grade: "medium", rank_by: "damage_area" })).json().proposals;
    expect(byDamage[0].members.subsidence).toBe(2);
  });

  it("crosses protected areas only when asked, and leaves lower grades out", async () => {
    const res = await ask({ hazard_min_grade: "large", allow_protected: true, rank_by: "damage_area" });
    const proposals = res.json().proposals as Candidate[];
    expect(proposals.map((p) => p.threatened_people)).toEqual([952, 2000]);
    const report = (await post("/api/analysis/report", { geometry: proposals[0]?.geometry })).json();
    expect(report.protected_areas.map((p: { id: number }) => p.id)).toEqual([f.protectedArea]);
    const noHazards = (await ask({ hazard_min_grade: null })).json().proposals as Candidate[];
    expect(noHazards).toHaveLength(1);
    expect(noHazards[0]?.members.hazards).toBe(0);
  });

  it("lets the planner adopt a candidate as a zone", async () => {
    const [best] = (await ask({})).json().proposals;
    const res = await post("/api/zones", {
      geometry: best.geometry,
      name_zh: "采纳的候选片区",
      zone_type: best.suggested_zone_type,
    });
    expect(res.statusCode).toBe(201);
    near(res.json().area_m2, best.area_m2);
  });

  it("refuses an oversized bbox and a distance out of range", async () => {
    expect((await ask({ bbox: [100, 30, 120, 40] })).json().error.code).toBe("bad_bbox");
    expect((await ask({ distance_m: 1 })).statusCode).toBe(400);
  });
});

describe("roles", () => {
  it("keeps analysis from field monitors and the public", async () => {
    const field = await loginAs(h.app, "field");
    expect((await post("/api/analysis/report", { geometry: SHAPES.zone }, field)).statusCode).toBe(403);
    expect((await post("/api/analysis/report", { geometry: SHAPES.zone }, {})).statusCode).toBe(401);
  });
});
