/**
 * What a monitor owes a point today (the monitor's day, issue 16): the
 * pre-flood check (汛前排查) before the flood season, the post-flood check
 * (汛后核查) after it, and routine visits at an interval that shortens in the
 * flood season and for the larger hazards. Pure: dates in, due items out.
 *
 * Shanxi's flood season (汛期) runs 1 June – 30 September. The pre-flood
 * check is asked from 1 April and due by 31 May; the post-flood check from
 * 1 October and due by 31 October. Any inspection counts as a routine visit.
 */

export type DueKind = "pre_flood" | "post_flood" | "routine";

export interface PointHistory {
  dangerGrade: string;
  /** The newest inspection of any kind, ISO or null. */
  lastInspectedAt: string | null;
  lastPreFloodAt: string | null;
  lastPostFloodAt: string | null;
}

export interface DueItem {
  kind: DueKind;
  /** When it is (or was) due, ISO. */
  dueAt: string;
  overdue: boolean;
  /** Whole days until due (negative when overdue). */
  daysLeft: number;
}

/** Days between routine visits outside / inside the flood season, by danger grade. */
export const ROUTINE_INTERVAL_DAYS: Record<string, { normal: number; flood: number }> = {
  small: { normal: 30, flood: 15 },
  medium: { normal: 30, flood: 10 },
  large: { normal: 15, flood: 7 },
  huge: { normal: 15, flood: 7 },
};
const DEFAULT_INTERVAL = { normal: 30, flood: 15 };

const DAY_MS = 86_400_000;
// China Standard Time: the season's dates are local dates (UTC+8, no daylight saving).
const CST_MS = 8 * 3_600_000;

/** The instant local midnight (UTC+8) starts a date; month is 1-based. */
function cstDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - CST_MS;
}

function cstYear(ms: number): number {
  return new Date(ms + CST_MS).getUTCFullYear();
}

/** Whether an instant falls in the flood season of its year. */
export function inFloodSeason(at: Date): boolean {
  const ms = at.getTime();
  const y = cstYear(ms);
  return ms >= cstDate(y, 6, 1) && ms < cstDate(y, 10, 1);
}

function item(kind: DueKind, dueMs: number, nowMs: number): DueItem {
  return {
    kind,
    dueAt: new Date(dueMs).toISOString(),
    overdue: dueMs < nowMs,
    daysLeft: Math.floor((dueMs - nowMs) / DAY_MS),
  };
}

const since = (iso: string | null, fromMs: number) => iso !== null && Date.parse(iso) >= fromMs;

/**
 * The checks a point is due for at `now`, most pressing first: the season's
 * pre- or post-flood check when it has not been made this year, and the
 * next routine visit (due at once for a point never inspected).
 */
export function inspectionsDue(point: PointHistory, now: Date): DueItem[] {
  const nowMs = now.getTime();
  const y = cstYear(nowMs);
  const out: DueItem[] = [];
  // The pre-flood check is owed from 1 April until the season ends (late is still owed).
  if (
    nowMs >= cstDate(y, 4, 1) &&
    nowMs < cstDate(y, 10, 1) &&
    !since(point.lastPreFloodAt, cstDate(y, 4, 1))
  )
    out.push(item("pre_flood", cstDate(y, 6, 1) - 1, nowMs));
  if (nowMs >= cstDate(y, 10, 1) && !since(point.lastPostFloodAt, cstDate(y, 10, 1)))
    out.push(item("post_flood", cstDate(y, 11, 1) - 1, nowMs));
  const interval = ROUTINE_INTERVAL_DAYS[point.dangerGrade] ?? DEFAULT_INTERVAL;
  const days = inFloodSeason(now) ? interval.flood : interval.normal;
  const routineMs =
    point.lastInspectedAt === null ? nowMs : Date.parse(point.lastInspectedAt) + days * DAY_MS;
  out.push(item("routine", routineMs, nowMs));
  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** The most pressing due date of a point (for sorting a day's list), ISO. */
export function nextDue(items: readonly DueItem[]): string | null {
  return items[0]?.dueAt ?? null;
}
