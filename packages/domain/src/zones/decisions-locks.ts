import type { ZoneStatus } from "../enums.ts";

/**
 * What an approved zone keeps fixed. From 已批准 on, the outline and the fund
 * shares are what was decided: they change only after a reviewer reopens the
 * zone (with a reason, until its next status change). 已验收 and 管护期 are
 * read-only; only aftercare records are added to them.
 */
export type ZoneEdit = "outline" | "shares" | "attributes" | "revert" | "delete";

const OUTLINE_LOCKED: readonly ZoneStatus[] = ["approved", "in_progress", "completed"];
const READ_ONLY: readonly ZoneStatus[] = ["accepted", "aftercare"];

export interface ZoneLockState {
  /** Outline and fund shares are fixed (approved or later and not reopened). */
  outline_locked: boolean;
  /** Nothing changes but aftercare records (accepted, aftercare). */
  read_only: boolean;
  /** A reviewer reopened it; the outline and shares may change until the next status change. */
  reopened: boolean;
  /** Aftercare records may be added. */
  aftercare_open: boolean;
}

/** The lock state of a zone in `status`, reopened or not. */
export function zoneLockState(status: ZoneStatus, reopened: boolean): ZoneLockState {
  const readOnly = READ_ONLY.includes(status);
  const fixed = OUTLINE_LOCKED.includes(status);
  return {
    outline_locked: readOnly || (fixed && !reopened),
    read_only: readOnly,
    reopened: fixed && reopened,
    aftercare_open: readOnly,
  };
}

export type ZoneEditCheck =
  | { ok: true }
  | { ok: false; reason: "read_only" | "locked"; edits: ZoneEdit[]; message_zh: string; message_en: string };

const EDIT_ZH: Record<ZoneEdit, string> = {
  outline: "边界",
  shares: "出资比例",
  attributes: "属性",
  revert: "版本回退",
  delete: "删除",
};

/** Whether the edits may be made to a zone in `status`; refused edits say why (zh/en). */
export function checkZoneEdit(
  status: ZoneStatus,
  reopened: boolean,
  edits: readonly ZoneEdit[],
): ZoneEditCheck {
  const state = zoneLockState(status, reopened);
  if (state.read_only && edits.length > 0)
    return {
      ok: false,
      reason: "read_only",
      edits: [...edits],
      message_zh: "已验收或管护期的片区只读，只能添加管护记录",
      message_en: "an accepted zone or one in aftercare is read-only; only aftercare records can be added",
    };
  const refused = edits.filter((e) => e === "outline" || e === "shares" || e === "revert");
  if (state.outline_locked && refused.length > 0)
    return {
      ok: false,
      reason: "locked",
      edits: refused,
      message_zh: `片区已批准，${refused.map((e) => EDIT_ZH[e]).join("、")}已锁定；须由审核人员说明理由重新开放后才能修改`,
      message_en: `the zone is approved: its ${refused.join(", ")} cannot change until a reviewer reopens it with a reason`,
    };
  return { ok: true };
}
