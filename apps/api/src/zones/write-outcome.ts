import type { LockedEdit, StatusChangeFailure, ZoneWriteResult } from "@lianpian/db";
import type { Zone } from "@lianpian/domain";
import { apiError } from "../errors.ts";

type Failure =
  | Exclude<ZoneWriteResult, { ok: true }>
  | StatusChangeFailure
  | LockedEdit
  | { ok: false; reason: "not_reopenable"; status: string }
  | { ok: false; reason: "version_not_found" }
  | { ok: false; reason: "unknown_company"; companyIds: number[] };

/**
 * The zone a write produced, or the catalogue error for why not. Thrown
 * inside the write's transaction, so a refused write leaves nothing behind.
 * A stale edit gets 409 with the newer version, never a silent overwrite.
 */
export function zoneOrThrow(result: { ok: true; zone: Zone; before: Zone } | Failure): {
  zone: Zone;
  before: Zone;
} {
  if (result.ok) return { zone: result.zone, before: result.before };
  switch (result.reason) {
    case "not_found":
      throw apiError("zone_not_found");
    case "stale":
      throw apiError("conflict", {
        current_version: result.current.version,
        message_zh: `片区已被修改，当前为第 ${result.current.version} 版，请在新版本上重新编辑`,
        message_en: `the zone has changed; it is now at version ${result.current.version}`,
        zone: result.current,
      });
    case "not_allowed":
      throw apiError("zone_not_deletable", { status: result.current.status });
    case "transition":
      throw apiError("zone_status_not_allowed", {
        reason: result.check.reason,
        allowed: result.check.allowed,
        message_zh: result.check.message_zh,
        message_en: result.check.message_en,
      });
    case "decision_required":
      throw apiError("decision_document_required", { decision: result.decision });
    case "locked":
      throw apiError(result.check.reason === "read_only" ? "zone_read_only" : "zone_locked", {
        edits: result.check.edits,
        message_zh: result.check.message_zh,
        message_en: result.check.message_en,
      });
    case "not_reopenable":
      throw apiError("zone_not_reopenable", { status: result.status });
    case "version_not_found":
      throw apiError("zone_version_not_found");
    case "unknown_company":
      throw apiError("unknown_company", { company_ids: result.companyIds });
  }
}
