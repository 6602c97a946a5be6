import {
  type DueItem,
  haversineDistanceMeters,
  inspectionsDue,
  type MonitoredPointHistory,
} from "@lianpian/domain";

/** An inspection recorded on the phone (in the outbox), sent or not: it counts at once. */
export interface LocalVisit {
  hazardId: number;
  kind: string;
  inspectedAt: string;
}

/** One of the monitor's points as the day's list shows it. */
export interface DayRow {
  id: number;
  name: string;
  village: string | null;
  lastInspectedAt: string | null;
  due: DueItem[];
  /** Metres from the phone, null with no position. */
  distanceM: number | null;
}

export type DaySort = "distance" | "due";

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/**
 * The monitor's points with what is due today: the server's last visits,
 * brought forward by inspections still on the phone, ranked by distance or
 * by the most pressing due date (never-inspected and overdue first).
 */
export function dayRows(
  histories: readonly MonitoredPointHistory[],
  local: readonly LocalVisit[],
  here: readonly [number, number] | null,
  now: Date,
  sort: DaySort,
): DayRow[] {
  const rows: DayRow[] = [];
  for (const h of histories) {
    let last = h.last_inspected_at;
    let pre = h.last_pre_flood_at;
    let post = h.last_post_flood_at;
    for (const v of local) {
      if (v.hazardId !== h.hazard_id) continue;
      const at = new Date(v.inspectedAt).toISOString();
      last = later(last, at);
      if (v.kind === "pre_flood") pre = later(pre, at);
      if (v.kind === "post_flood") post = later(post, at);
    }
    const due = inspectionsDue(
      {
        dangerGrade: h.danger_grade,
        lastInspectedAt: last,
        lastPreFloodAt: pre,
        lastPostFloodAt: post,
      },
      now,
    );
    rows.push({
      id: h.hazard_id,
      name: h.name_zh,
      village: h.village,
      lastInspectedAt: last,
      due,
      distanceM: here ? haversineDistanceMeters(here, [h.lng, h.lat]) : null,
    });
  }
  const dueKey = (r: DayRow) => Date.parse(r.due[0]?.dueAt ?? "9999-12-31T00:00:00Z");
  const distKey = (r: DayRow) => r.distanceM ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) =>
    sort === "distance"
      ? distKey(a) - distKey(b) || dueKey(a) - dueKey(b) || a.id - b.id
      : dueKey(a) - dueKey(b) || distKey(a) - distKey(b) || a.id - b.id,
  );
}
