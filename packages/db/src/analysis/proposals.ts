import {
  type DangerGrade,
  dangerGrade,
  type Proposal,
  type ProposalRankKey,
  rankProposals,
  suggestZoneType,
} from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { clusterDamage, clusterOutline } from "./proposals.repository.ts";

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
 * Candidate contiguous zones (DATA-MODEL "Contiguous zones"): damage
 * clustered within the distance, ranked (domain rule), and the best `limit`
 * given an outline that closes the gaps and, unless allowed, leaves
 * protected areas out. A candidate wholly inside protected areas is dropped.
 */
export async function findProposals(db: Executor, o: ProposalOptions): Promise<Proposal[]> {
  const hazardMinRank = o.hazardMinGrade ? dangerGrade.values.indexOf(o.hazardMinGrade) + 1 : 0;
  const clusters = await clusterDamage(
    db,
    {
      historicPits: o.historicPits,
      closedMines: o.closedMines,
      subsidence: o.subsidence,
      hazardMinRank,
      bbox: o.bbox,
    },
    o.distanceM,
  );
  const ranked = rankProposals(
    clusters.map((c) => ({
      ...c,
      threatenedPeople: c.threatened_people,
      damageM2: c.damage_m2,
      distTransportM: nearestOf(c.dist_hsr_m, c.dist_expressway_m),
    })),
    o.rankBy,
  );
  const proposals: Proposal[] = [];
  for (const c of ranked) {
    if (proposals.length >= o.limit) break;
    const outline = await clusterOutline(db, c.members, c.srid, o.distanceM, o.allowProtected);
    if (!outline) continue;
    const members = {
      historic_pits: c.historic_pits,
      closed_mines: c.closed_mines,
      subsidence: c.subsidence,
      hazards: c.hazards,
    };
    proposals.push({
      rank: proposals.length + 1,
      score: c.score,
      geometry: outline.geometry as Proposal["geometry"],
      area_m2: outline.area_m2,
      damage_m2: c.damage_m2,
      members,
      member_refs: c.members.map((m) => ({ layer: m.layer, id: Number(m.id) })),
      threatened_people: c.threatened_people,
      county_codes: outline.county_codes,
      dist_hsr_m: c.dist_hsr_m,
      dist_expressway_m: c.dist_expressway_m,
      suggested_zone_type: suggestZoneType(members),
      protected_overlap_m2: outline.protected_overlap_m2,
    });
  }
  return proposals;
}

function nearestOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
