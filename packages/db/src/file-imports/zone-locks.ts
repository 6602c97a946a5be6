import { type ImportIssue, type ZoneStatus, zoneLockState, zoneStatus } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/**
 * Rows of a zone import whose code names an existing zone that is approved
 * or later (its outline locked until a reviewer reopens it, or read-only):
 * an import may not rewrite it, as a planner's edit may not.
 */
export async function lockedZoneRows(trx: Transaction<Database>, importId: number): Promise<ImportIssue[]> {
  const { rows } = await sql<{ row_no: number; code: string; status: ZoneStatus; reopened: boolean }>`
    SELECT r.row_no, z.code, z.status, z.reopened_at IS NOT NULL AS reopened
    FROM file_import_rows r JOIN treatment_zones z ON z.code = r.mapped ->> 'code'
    WHERE r.import_id = ${importId}::int ORDER BY r.row_no`.execute(trx);
  return rows
    .filter((r) => zoneLockState(r.status, r.reopened).outline_locked)
    .map((r) => ({
      row: r.row_no,
      field: "code",
      code: "zone_locked",
      message: `片区 ${r.code} 已${zoneStatus.labels[r.status].zh}，边界已锁定，导入不能修改`,
      message_en: `Zone ${r.code} is ${zoneStatus.labels[r.status].en.toLowerCase()}: its outline is locked and an import cannot change it`,
      details: { value: r.code, status: r.status },
    }));
}
