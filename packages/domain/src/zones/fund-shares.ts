/**
 * Fund shares of a treatment zone (docs/domain-rules.md "Fund shares"):
 * each company pays in proportion to the damage its mines caused inside the
 * zone; ownerless historic damage is the government's part (companyId null).
 */
export interface PartyDamage {
  /** null = the government (historic damage with no owner). */
  companyId: number | null;
  damageM2: number;
}

export interface FundShare {
  companyId: number | null;
  /** Percent with three decimals; the shares of a zone sum to exactly 100. */
  sharePct: number;
}

// Shares are kept to 0.001 % (numeric(6,3) in zone_parties).
const UNITS = 100_000;

/**
 * Shares proportional to damage, rounded to 0.001 % by the largest remainder
 * so they sum to exactly 100; parties with no damage are left out, the largest
 * share comes first. No damage at all gives no shares.
 * @example normaliseShares([{ companyId: 1, damageM2: 2 }, { companyId: null, damageM2: 1 }])
 * // [{ companyId: 1, sharePct: 66.667 }, { companyId: null, sharePct: 33.333 }]
 */
export function normaliseShares(damage: readonly PartyDamage[]): FundShare[] {
  for (const d of damage) {
    if (!Number.isFinite(d.damageM2) || d.damageM2 < 0)
      throw new RangeError(`bad damage area: ${d.damageM2}`);
  }
  const merged = new Map<number | null, number>();
  for (const d of damage) merged.set(d.companyId, (merged.get(d.companyId) ?? 0) + d.damageM2);
  const parties = [...merged].filter(([, m2]) => m2 > 0).map(([companyId, m2]) => ({ companyId, m2 }));
  const total = parties.reduce((s, p) => s + p.m2, 0);
  if (total === 0) return [];
  const quotas = parties.map((p) => {
    const exact = (p.m2 / total) * UNITS;
    return { ...p, units: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = UNITS - quotas.reduce((s, q) => s + q.units, 0);
  const byRest = [...quotas].sort((a, b) => b.rest - a.rest || b.m2 - a.m2 || partyOrder(a, b));
  for (const q of byRest) {
    if (left <= 0) break;
    q.units += 1;
    left -= 1;
  }
  return quotas
    .sort((a, b) => b.units - a.units || partyOrder(a, b))
    .map((q) => ({ companyId: q.companyId, sharePct: q.units / 1000 }));
}

// Companies by id, the government last: a stable order for ties.
function partyOrder(a: { companyId: number | null }, b: { companyId: number | null }): number {
  if (a.companyId === b.companyId) return 0;
  if (a.companyId === null) return 1;
  if (b.companyId === null) return -1;
  return a.companyId - b.companyId;
}

export type ShareCheck =
  | { ok: true; shares: FundShare[] }
  | {
      ok: false;
      reason: "empty" | "duplicate_party" | "out_of_range" | "sum_not_100";
      message_zh: string;
      message_en: string;
    };

/**
 * Checks a planner's override: at least one party, each once, each share from
 * 0 to 100 with at most three decimals, and the sum exactly 100 %. Returns the
 * shares rounded to 0.001 %.
 */
export function validateShareOverride(shares: readonly FundShare[]): ShareCheck {
  if (shares.length === 0)
    return {
      ok: false,
      reason: "empty",
      message_zh: "至少需要一个出资方",
      message_en: "at least one party is needed",
    };
  const seen = new Set<number | null>();
  let sumUnits = 0;
  const rounded: FundShare[] = [];
  for (const s of shares) {
    if (seen.has(s.companyId))
      return {
        ok: false,
        reason: "duplicate_party",
        message_zh: `出资方重复：${s.companyId ?? "政府"}`,
        message_en: `party listed twice: ${s.companyId ?? "government"}`,
      };
    seen.add(s.companyId);
    if (!Number.isFinite(s.sharePct) || s.sharePct < 0 || s.sharePct > 100)
      return {
        ok: false,
        reason: "out_of_range",
        message_zh: `比例须在0到100之间：${s.sharePct}`,
        message_en: `a share must be from 0 to 100: ${s.sharePct}`,
      };
    const units = Math.round(s.sharePct * 1000);
    sumUnits += units;
    rounded.push({ companyId: s.companyId, sharePct: units / 1000 });
  }
  if (sumUnits !== UNITS) {
    const sum = sumUnits / 1000;
    return {
      ok: false,
      reason: "sum_not_100",
      message_zh: `各方比例合计须为100%，现为${sum}%`,
      message_en: `the shares must sum to 100 %, they sum to ${sum} %`,
    };
  }
  return { ok: true, shares: rounded };
}
