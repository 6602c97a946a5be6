import {
  type DangerGrade,
  dangerGrade,
  type Proposal,
  type ProposalRankKey,
  type ProposalReply,
  rankProposals,
  suggestZoneType,
} from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { clusterOutline, surveyDamage } from "./proposals.repository.ts";
import { buildZoneReport } from "./zone-report.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export interface ProposalOptions {
  distanceM: number;
  historicPits: boolean;
  closedMines: boolean;
  subsidence: boolean;
  hazardMinGrade: DangerGrade | null;
  allowProtected: boolean;
  bbox: readonly [number, number, number, number];
  rankBy: ProposalRankKey;
  limit: number;
}

/**
 * Candidate contiguous zones (docs/domain-rules.md "Contiguous zones"): damage not
 * already inside saved zones clustered within the distance, ranked (domain
 * rule), and the best `limit` given an outline that closes the gaps and,
 * unless allowed, leaves protected areas out. A candidate wholly inside
 * protected areas is dropped. Each carries the zone report of its outline,
 * computed by the report's own code: the figures the zone adopted from it
 * reports. The damage left out because zones cover it is listed.
 */
export async function findProposals(db: Executor, o: ProposalOptions): Promise<ProposalReply> {
  const hazardMinRank = o.hazardMinGrade ? dangerGrade.values.indexOf(o.hazardMinGrade) + 1 : 0;
  const filter = {
    historicPits: o.historicPits,
    closedMines: o.closedMines,
    subsidence: o.subsidence,
    hazardMinRank,
    bbox: o.bbox,
  };
  const { clusters, leftOut } = await surveyDamage(db, filter, o.distanceM);
  const ranked = rankProposals(
    clusters.map((c) => ({
      ...c,
      threatenedPeople: c.threatened_people,
      damageM2: c.damage_m2,
      distTransportM: nearestLineOf(c)?.distance_m ?? null,
    })),
    o.rankBy,
  );
  const proposals: Proposal[] = [];
  for (const c of ranked) {
    if (proposals.length >= o.limit) break;
    const refs = c.members.map((m) => ({ layer: m.layer, id: m.id }));
    const outline = await clusterOutline(db, refs, c.srid, o.distanceM, o.allowProtected);
    if (!outline) continue;
    const report = await buildZoneReport(db, outline.geometry);
    const members = {
      historic_pits: c.historic_pits,
      closed_mines: c.closed_mines,
      subsidence: c.subsidence,
      hazards: c.hazards,
    };
    const nearest = nearestLineOf(c);
    proposals.push({
      rank: proposals.length + 1,
      score: c.score,
      rank_value: rankValue(o.rankBy, c, nearest),
      geometry: outline.geometry as Proposal["geometry"],
      area_m2: report.area.m2,
      damage_m2: c.damage_m2,
      members,
      member_refs: refs,
      member_features: c.members,
      threatened_people: c.threatened_people,
      county_codes: report.counties.map((c) => c.code).sort(),
      dist_hsr_m: c.dist_hsr_m,
      dist_expressway_m: c.dist_expressway_m,
      nearest_line: nearest,
      suggested_zone_type: suggestZoneType(members),
      protected_overlap_m2: outline.protected_overlap_m2,
      report,
    });
  }
  return { proposals, left_out: leftOut };
}

type NearestLine = { kind: "high_speed_rail" | "expressway"; distance_m: number };

/** The nearer of high-speed rail and expressway (rail on a tie), or null when there is neither. */
function nearestLineOf(c: {
  dist_hsr_m: number | null;
  dist_expressway_m: number | null;
}): NearestLine | null {
  const { dist_hsr_m: hsr, dist_expressway_m: exp } = c;
  if (hsr === null && exp === null) return null;
  if (exp === null || (hsr !== null && hsr <= exp))
    return { kind: "high_speed_rail", distance_m: hsr as number };
  return { kind: "expressway", distance_m: exp };
}

function rankValue(
  key: ProposalRankKey,
  c: { score: number; threatened_people: number; damage_m2: number },
  nearest: NearestLine | null,
): Proposal["rank_value"] {
  if (key === "threatened_people") return { key, value: c.threatened_people, unit: "people", line: null };
  if (key === "damage_area") return { key, value: c.damage_m2, unit: "m2", line: null };
  if (key === "nearness")
    return { key, value: nearest?.distance_m ?? null, unit: "m", line: nearest?.kind ?? null };
  return { key, value: c.score, unit: "score", line: null };
}
