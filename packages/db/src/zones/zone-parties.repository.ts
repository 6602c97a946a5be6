import type { FundShare } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { replaceParties, writeComputedParties } from "./zone-children.repository.ts";
import { type LockedEdit, refuseLockedEdit } from "./zone-lifecycle-decisions.ts";
import { finishWrite, lockZone, type ZoneWriteResult } from "./zone-write.repository.ts";

type Trx = Transaction<Database>;

/**
 * Sets a planner's fund split (already checked to sum to 100 %), or with
 * `shares` null goes back to the split computed from the damage.
 */
export async function setZoneParties(
  trx: Trx,
  id: number,
  baseVersion: number,
  shares: readonly FundShare[] | null,
  changedBy: string,
): Promise<ZoneWriteResult | LockedEdit | { ok: false; reason: "unknown_company"; companyIds: number[] }> {
  const lock = await lockZone(trx, id, baseVersion);
  if (!lock.ok) return lock;
  const locked = await refuseLockedEdit(trx, lock.before, ["shares"]);
  if (locked) return locked;
  if (shares === null) {
    await writeComputedParties(trx, id, lock.before.geometry);
  } else {
    const ids = shares.flatMap((s) => (s.companyId === null ? [] : [s.companyId]));
    if (ids.length > 0) {
      const found = await trx.selectFrom("companies").select("id").where("id", "in", ids).execute();
      const known = new Set(found.map((r) => r.id));
      const unknown = ids.filter((c) => !known.has(c));
      if (unknown.length > 0) return { ok: false, reason: "unknown_company", companyIds: unknown };
    }
    await replaceParties(
      trx,
      id,
      shares.map((s) => ({ company_id: s.companyId, share_pct: s.sharePct })),
      true,
    );
  }
  const zone = await finishWrite(trx, id, "update", changedBy, lock.before);
  return { ok: true, zone, before: lock.before };
}
