import { type ZoneStatus, zoneStatus } from "../enums.ts";

/**
 * The lifecycle of a treatment zone, in order: 草案 → 已规划 → 已批准 → 实施中
 * → 已完工 → 已验收 → 管护期. A zone moves one step forward at a time; the one
 * step back allowed is planned → draft, when a plan is withdrawn for revision
 * before approval. Everything after approval is on record and only moves on.
 */
export const ZONE_STATUS_FLOW: readonly ZoneStatus[] = zoneStatus.values;

const BACK_STEPS: Readonly<Partial<Record<ZoneStatus, ZoneStatus>>> = { planned: "draft" };

/** The statuses a zone in `from` may move to. @example nextZoneStatuses("draft") // ["planned"] */
export function nextZoneStatuses(from: ZoneStatus): ZoneStatus[] {
  const i = ZONE_STATUS_FLOW.indexOf(from);
  const next: ZoneStatus[] = [];
  const forward = ZONE_STATUS_FLOW[i + 1];
  if (i >= 0 && forward) next.push(forward);
  const back = BACK_STEPS[from];
  if (back) next.push(back);
  return next;
}

export type TransitionCheck =
  | { ok: true }
  | {
      ok: false;
      reason: "same_status" | "not_allowed";
      allowed: ZoneStatus[];
      message_zh: string;
      message_en: string;
    };

/** Whether a zone may move from one status to another, with the allowed targets when not. */
export function checkZoneTransition(from: ZoneStatus, to: ZoneStatus): TransitionCheck {
  const allowed = nextZoneStatuses(from);
  if (allowed.includes(to)) return { ok: true };
  const fromZh = zoneStatus.labels[from].zh;
  const toZh = zoneStatus.labels[to].zh;
  const allowedZh = allowed.map((s) => zoneStatus.labels[s].zh).join("、") || "无";
  if (from === to)
    return {
      ok: false,
      reason: "same_status",
      allowed,
      message_zh: `片区已是“${fromZh}”状态`,
      message_en: `the zone is already ${from}`,
    };
  return {
    ok: false,
    reason: "not_allowed",
    allowed,
    message_zh: `不能从“${fromZh}”改为“${toZh}”，可改为：${allowedZh}`,
    message_en: `cannot move from ${from} to ${to}; allowed: ${allowed.join(", ") || "none"}`,
  };
}

/** Only a draft may be deleted; anything planned or later stays on record. */
export function canDeleteZone(status: ZoneStatus): boolean {
  return status === "draft";
}
