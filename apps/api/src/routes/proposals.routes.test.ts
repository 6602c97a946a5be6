import { gk, rect } from "@lianpian/db/testing";
import { describe, expect, it } from "vitest";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

const h = useAnalysisTestApp();

const post = (url: string, payload: unknown) =>
  h.app.inject({ method: "POST", url, headers: h.planner, payload: payload as object });

// The fixtures lie around here; proposals are asked for this box only.
const [w, s] = gk(-6000, -6000);
const [e, n] = gk(8000, 8000);
const FIXTURE_BBOX = [w, s, e, n];

type Member = { layer: string; id: number; kind: string; name: string };
type Candidate = {
  rank: number;
  members: Record<string, number>;
  member_refs: { layer: string; id: number }[];
  member_features: Member[];
  threatened_people: number;
  damage_m2: number;
  area_m2: number;
  protected_overlap_m2: number;
  geometry: unknown;
  suggested_zone_type: string;
  dist_hsr_m: number | null;
  dist_expressway_m: number | null;
  nearest_line: { kind: string; distance_m: number } | null;
  rank_value: { key: string; value: number | null; unit: string; line: string | null };
  report: Report;
};
type Report = {
  area: { m2: number };
  fund_shares: {
    parties: { company_id: number | null; share_pct: number; damage_m2: number }[];
    total_damage_m2: number;
    damaged_ground_m2: number;
  };
  subsidence: { total_m2: number; items: { id: number; area_m2: number }[] };
  hazards: { count: number; threatened_people: number };
  mines: { id: number; overlap_m2: number }[];
  villages: { population: number };
  counties: { code: string; area_m2: number }[];
  protected_areas: unknown[];
  other_zones: unknown[];
};
type Reply = {
  proposals: Candidate[];
  left_out: { count: number; items: (Member & { zone_codes: string[]; share_in_zones: number })[] };
};

async function ask(extra: Record<string, unknown>): Promise<Reply> {
  const res = await post("/api/analysis/proposals", { distance_m: 500, bbox: FIXTURE_BBOX, ...extra });
  expect(res.statusCode).toBe(200);
  return res.json() as Reply;
}

const sameTo1e6 = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));

describe("proposals", () => {
  it("lists each candidate's members by kind and name, clustered within the distance", async () => {
    const { proposals } = await ask({ hazard_min_grade: "medium", rank_by: "threatened_people" });
    const big = proposals.find((c) => c.member_features.length > 2) as Candidate;
    expect(big.members).toEqual({ historic_pits: 1, closed_mines: 1, subsidence: 2, hazards: 2 });
    expect(big.member_features).toEqual(
      expect.arrayContaining([
        { layer: "mines", id: h.f.mineB, kind: "closed_mines", name: "乙测试矿" },
        { layer: "mines", id: h.f.pit, kind: "historic_pits", name: "测试废弃矿坑" },
        { layer: "subsidence", id: h.f.subsidenceShared, kind: "subsidence", name: "FZ-SUB-1" },
        { layer: "subsidence", id: h.f.subsidenceGovernment, kind: "subsidence", name: "FZ-SUB-2" },
        { layer: "hazards", id: h.f.hazards.landslideLarge, kind: "hazards", name: "测试隐患2" },
        { layer: "hazards", id: h.f.hazards.overriddenLarge, kind: "hazards", name: "测试隐患3" },
      ]),
    );
    expect(big.member_features).toHaveLength(6);
    // the producing mine is no damage to treat
    expect(big.member_refs).not.toContainEqual({ layer: "mines", id: h.f.mineA });
    expect(big.member_refs).toEqual(big.member_features.map((m) => ({ layer: m.layer, id: m.id })));
    expect(big.protected_overlap_m2).toBeGreaterThan(0);
    expect(big.report.protected_areas).toEqual([]);
  });

  it("leaves out damage a saved zone already covers and lists it with the zone", async () => {
    const { proposals, left_out } = await ask({ hazard_min_grade: "medium", rank_by: "threatened_people" });
    // the 2000-person hazard lies inside FZ-ZONE-OTHER; the pit only 37.5 % inside, so it stays
    expect(left_out.items).toEqual([
      {
        layer: "hazards",
        id: h.f.hazards.outside,
        kind: "hazards",
        name: "测试隐患4",
        zone_codes: ["FZ-ZONE-OTHER"],
        share_in_zones: 1,
      },
    ]);
    expect(left_out.count).toBe(1);
    const members = proposals.flatMap((c) => c.member_refs);
    expect(members).not.toContainEqual({ layer: "hazards", id: h.f.hazards.outside });
    expect(members).toContainEqual({ layer: "mines", id: h.f.pit });
    expect(proposals.map((c) => c.threatened_people)).toEqual([300 + 40 + 600 + 12, 120]);

    // a draft over most of FZ-SUB-2 takes it out of the next proposals
    const zone = await post("/api/zones", {
      geometry: rect(1150, 150, 1850, 560),
      name_zh: "覆盖二号塌陷区",
      zone_type: "subsidence",
    });
    expect(zone.statusCode).toBe(201);
    try {
      const again = await ask({ hazard_min_grade: "medium", rank_by: "threatened_people" });
      const gone = again.left_out.items.find((x) => x.layer === "subsidence");
      expect(gone).toMatchObject({
        id: h.f.subsidenceGovernment,
        name: "FZ-SUB-2",
        zone_codes: [zone.json().code],
      });
      expect(gone?.share_in_zones).toBeGreaterThan(0.5);
      expect(gone?.share_in_zones).toBeLessThan(1);
      expect(again.proposals.flatMap((c) => c.member_refs)).not.toContainEqual({
        layer: "subsidence",
        id: h.f.subsidenceGovernment,
      });
      expect(again.proposals[0]?.threatened_people).toBe(300 + 600 + 12);
    } finally {
      const del = await h.app.inject({
        method: "DELETE",
        url: `/api/zones/${zone.json().id}?version=1`,
        headers: h.planner,
      });
      expect(del.statusCode).toBe(204);
    }
  });

  it("shows the value it ranks by: people, damage, and for nearness the nearer line and which", async () => {
    const people = (await ask({ rank_by: "threatened_people" })).proposals;
    expect(people.map((c) => c.rank_value)).toEqual(
      people.map((c) => ({
        key: "threatened_people",
        value: c.threatened_people,
        unit: "people",
        line: null,
      })),
    );
    const damage = (await ask({ rank_by: "damage_area" })).proposals;
    expect(damage.map((c) => c.rank_value.value)).toEqual(damage.map((c) => c.damage_m2));
    const values = damage.map((c) => c.rank_value.value as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const near = (await ask({ rank_by: "nearness" })).proposals;
    expect(near.length).toBeGreaterThan(1);
    for (const c of near) {
      const hsr = c.dist_hsr_m ?? Number.POSITIVE_INFINITY;
      const exp = c.dist_expressway_m ?? Number.POSITIVE_INFINITY;
      expect(c.rank_value.unit).toBe("m");
      expect(c.rank_value.value).toBe(Math.min(hsr, exp));
      expect(c.rank_value.line).toBe(hsr <= exp ? "high_speed_rail" : "expressway");
      expect(c.nearest_line).toEqual({ kind: c.rank_value.line, distance_m: c.rank_value.value });
    }
    const metres = near.map((c) => c.rank_value.value as number);
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
  });

  it("gives each candidate the figures of the zone adopted from it, to 1e-6", async () => {
    const { proposals } = await ask({ hazard_min_grade: "medium" });
    const best = proposals.find((c) => c.member_features.length > 2) as Candidate;
    const res = await post("/api/zones", {
      geometry: best.geometry,
      name_zh: "采纳的候选片区",
      zone_type: best.suggested_zone_type,
    });
    expect(res.statusCode).toBe(201);
    const zone = res.json();
    try {
      const adopted = (
        await post("/api/analysis/report", { geometry: zone.geometry, exclude_zone_id: zone.id })
      ).json() as Report;
      const c = best.report;
      sameTo1e6(best.area_m2, adopted.area.m2);
      sameTo1e6(c.area.m2, adopted.area.m2);
      sameTo1e6(zone.area_m2, adopted.area.m2);
      sameTo1e6(c.fund_shares.damaged_ground_m2, adopted.fund_shares.damaged_ground_m2);
      sameTo1e6(c.fund_shares.total_damage_m2, adopted.fund_shares.total_damage_m2);
      expect(c.fund_shares.parties.map((p) => [p.company_id, p.share_pct])).toEqual(
        adopted.fund_shares.parties.map((p) => [p.company_id, p.share_pct]),
      );
      c.fund_shares.parties.forEach((p, i) => {
        sameTo1e6(p.damage_m2, adopted.fund_shares.parties[i]?.damage_m2 as number);
      });
      expect(
        zone.parties.map((p: { company_id: number | null; share_pct: number }) => [
          p.company_id,
          p.share_pct,
        ]),
      ).toEqual(c.fund_shares.parties.map((p) => [p.company_id, p.share_pct]));
      sameTo1e6(c.subsidence.total_m2, adopted.subsidence.total_m2);
      expect(c.subsidence.items.map((x) => x.id)).toEqual(adopted.subsidence.items.map((x) => x.id));
      expect(c.mines.map((m) => m.id)).toEqual(adopted.mines.map((m) => m.id));
      c.mines.forEach((m, i) => {
        sameTo1e6(m.overlap_m2, adopted.mines[i]?.overlap_m2 as number);
      });
      expect(c.hazards).toEqual(adopted.hazards);
      expect(c.villages).toEqual(adopted.villages);
      expect(c.counties.map((x) => x.code)).toEqual(adopted.counties.map((x) => x.code));
      expect(c.other_zones).toEqual(adopted.other_zones);
      expect(c.fund_shares.parties.length).toBeGreaterThan(1);
    } finally {
      await h.app.inject({ method: "DELETE", url: `/api/zones/${zone.id}?version=1`, headers: h.planner });
    }
  });

  it("refuses an oversized bbox and a distance out of range with the rule's words", async () => {
    const bbox = await post("/api/analysis/proposals", { bbox: [100, 30, 120, 40] });
    expect(bbox.json().error.code).toBe("bad_bbox");
    const near = await post("/api/analysis/proposals", { distance_m: 1, bbox: FIXTURE_BBOX });
    expect(near.statusCode).toBe(400);
    expect(near.json().error.details).toMatchObject({
      field: "/distance_m",
      message_zh: "连片距离须在 50 m 到 5000 m 之间",
    });
  });
});
