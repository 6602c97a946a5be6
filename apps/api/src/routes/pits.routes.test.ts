import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let reviewer: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  reviewer = await loginAs(h.app, "reviewer");
});
afterAll(async () => {
  await h?.close();
});

describe("GET /api/pits/priority", () => {
  it("ranks the demo's Chengqu pits nearest first, for planners and reviewers only", async () => {
    expect((await h.app.inject({ url: "/api/pits/priority" })).statusCode).toBe(401);
    const res = await h.app.inject({
      url: "/api/pits/priority?county=140502&visible_m=1500",
      headers: reviewer,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      visible_band_m: number;
      pits: { rank: number; distance_m: number; visible: boolean; line: { kind: string } }[];
      progress: { visible: number };
    };
    expect(body.visible_band_m).toBe(1500);
    expect(body.pits.length).toBeGreaterThan(0);
    const d = body.pits.map((p) => p.distance_m);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(body.pits.map((p) => p.rank)).toEqual(body.pits.map((_, i) => i + 1));
    for (const p of body.pits) expect(p.visible).toBe(p.distance_m <= 1500);
    expect(body.progress.visible).toBe(body.pits.filter((p) => p.visible).length);
  });

  it("exports CSV and refuses a negative band", async () => {
    const csv = await h.app.inject({ url: "/api/pits/priority?format=csv", headers: reviewer });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\r\n")[0]).toContain("序号 rank");
    const bad = await h.app.inject({ url: "/api/pits/priority?visible_m=-1", headers: reviewer });
    expect(bad.statusCode).toBe(400);
  });
});
