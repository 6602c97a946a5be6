import { type FundShares, normaliseShares } from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { readPartyDamage } from "./fund-shares.repository.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** How the government's part is named in tables and exports. */
export const GOVERNMENT_PARTY = { zh: "政府（历史遗留）", en: "Government (historic)" } as const;

/**
 * Fund shares of a zone outline by the damage rule, largest first, summing to
 * 100 %; the damage attributed (total_damage_m2) is the damaged ground, once.
 */
export async function computeFundShares(db: Executor, geometry: unknown): Promise<FundShares> {
  const { parties: raw, damaged_ground_m2 } = await readPartyDamage(db, geometry);
  // Snapping each piece to the millimetre grid may leave their sum a few
  // parts in ten million over the union; scale down so it never exceeds it.
  const sum = raw.reduce((s, r) => s + r.mine_footprint_m2 + r.subsidence_m2, 0);
  const k = sum > damaged_ground_m2 ? damaged_ground_m2 / sum : 1;
  const rows = raw.map((r) => ({
    ...r,
    mine_footprint_m2: r.mine_footprint_m2 * k,
    subsidence_m2: r.subsidence_m2 * k,
  }));
  const byParty = new Map(rows.map((r) => [r.company_id, r]));
  const shares = normaliseShares(
    rows.map((r) => ({ companyId: r.company_id, damageM2: r.mine_footprint_m2 + r.subsidence_m2 })),
  );
  const parties = shares.map((s) => {
    const r = byParty.get(s.companyId);
    const mine = r?.mine_footprint_m2 ?? 0;
    const sub = r?.subsidence_m2 ?? 0;
    return {
      company_id: s.companyId,
      company_name: s.companyId === null ? GOVERNMENT_PARTY.zh : (r?.company_name ?? `#${s.companyId}`),
      damage_m2: mine + sub,
      mine_footprint_m2: mine,
      subsidence_m2: sub,
      share_pct: s.sharePct,
    };
  });
  return {
    parties,
    total_damage_m2: parties.reduce((sum, p) => sum + p.damage_m2, 0),
    damaged_ground_m2,
  };
}
