import type { MonitoredPointHistory } from "@lianpian/domain";
import { useEffect, useMemo, useState } from "react";
import { myPoints } from "../api/field-api.ts";
import { type OutboxItem, readMeta, writeMeta } from "../store/field-db.ts";
import { type DayRow, type DaySort, dayRows } from "./day-rows.ts";

export interface MyDay {
  rows: DayRow[];
  /** When the last visits were fetched (a copy when offline), or null when never. */
  savedAt: number | null;
  loading: boolean;
}

/**
 * The monitor's day: own points with the last visit and what is due. The
 * visits are fetched when online and kept on the phone, so the list works
 * offline; inspections in the outbox count at once.
 */
export function useMyDay(
  userId: number,
  online: boolean,
  items: readonly OutboxItem[],
  here: readonly [number, number] | null,
  sort: DaySort,
): MyDay {
  const [points, setPoints] = useState<{ list: MonitoredPointHistory[]; savedAt: number | null } | null>(
    null,
  );
  const sent = items.filter((i) => i.state === "done").length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a delivered inspection asks for fresh visits
  useEffect(() => {
    let live = true;
    (async () => {
      const kept = await readMeta("day");
      if (live && kept?.userId === userId) setPoints({ list: kept.points, savedAt: kept.savedAt });
      if (!online) {
        if (live && kept?.userId !== userId) setPoints({ list: [], savedAt: null });
        return;
      }
      try {
        const fresh = await myPoints();
        const savedAt = Date.now();
        await writeMeta("day", { savedAt, userId, points: fresh });
        if (live) setPoints({ list: fresh, savedAt });
      } catch (error) {
        console.warn("[day]", error);
        if (live && kept?.userId !== userId) setPoints({ list: [], savedAt: null });
      }
    })();
    return () => {
      live = false;
    };
  }, [userId, online, sent]);

  const lng = here?.[0];
  const lat = here?.[1];
  const rows = useMemo(() => {
    if (!points) return [];
    const local = items
      .filter((i) => i.userId === userId)
      .map((i) => ({ hazardId: i.body.hazard_id, kind: i.body.kind, inspectedAt: i.body.inspected_at }));
    const position = lng === undefined || lat === undefined ? null : ([lng, lat] as const);
    return dayRows(points.list, local, position, new Date(), sort);
  }, [points, items, userId, lng, lat, sort]);

  return { rows, savedAt: points?.savedAt ?? null, loading: points === null };
}
