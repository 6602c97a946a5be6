/** What ranking needs to know of a candidate zone. */
export interface ProposalMetrics {
  threatenedPeople: number;
  damageM2: number;
  /** Metres to the nearest high-speed rail or expressway; null when there is none. */
  distTransportM: number | null;
}

export const PROPOSAL_RANK_KEYS = ["score", "threatened_people", "damage_area", "nearness"] as const;
export type ProposalRankKey = (typeof PROPOSAL_RANK_KEYS)[number];

/** Weights of the combined score: people and damage first, nearness to rail and expressway after. */
export const PROPOSAL_WEIGHTS = { threatenedPeople: 0.4, damage: 0.4, nearness: 0.2 } as const;
/** Beyond this distance a candidate gets no nearness credit (由近及远, Chengqu plan). */
export const NEARNESS_HORIZON_M = 20_000;

/** Nearness in [0, 1]: 1 on the line, falling linearly to 0 at the horizon. */
export function nearness(distM: number | null): number {
  if (distM === null || !Number.isFinite(distM)) return 0;
  return Math.max(0, 1 - Math.max(0, distM) / NEARNESS_HORIZON_M);
}

/**
 * Orders candidate zones, best first, and numbers them from 1. The score is
 * 0.4·people/max + 0.4·damage/max + 0.2·nearness, each part relative to the
 * best candidate; a single key orders by that key alone. Ties fall back to
 * the score, then damage area, so the order is stable.
 */
export function rankProposals<T extends ProposalMetrics>(
  candidates: readonly T[],
  by: ProposalRankKey = "score",
): (T & { rank: number; score: number })[] {
  const maxPeople = Math.max(0, ...candidates.map((c) => c.threatenedPeople));
  const maxDamage = Math.max(0, ...candidates.map((c) => c.damageM2));
  const scored = candidates.map((c) => {
    const people = maxPeople > 0 ? c.threatenedPeople / maxPeople : 0;
    const damage = maxDamage > 0 ? c.damageM2 / maxDamage : 0;
    const w = PROPOSAL_WEIGHTS;
    const score = w.threatenedPeople * people + w.damage * damage + w.nearness * nearness(c.distTransportM);
    return { ...c, score: Math.round(score * 1e4) / 1e4 };
  });
  const key = (c: (typeof scored)[number]): number => {
    if (by === "threatened_people") return c.threatenedPeople;
    if (by === "damage_area") return c.damageM2;
    if (by === "nearness") return nearness(c.distTransportM);
    return c.score;
  };
  return scored
    .sort((a, b) => key(b) - key(a) || b.score - a.score || b.damageM2 - a.damageM2)
    .map((c, i) => ({ ...c, rank: i + 1 }));
}
