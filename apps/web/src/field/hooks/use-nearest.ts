import type { AlertLevel } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { nearest } from "../api/field-api.ts";
import { type NearestRow, rankNearest } from "../nearest-local.ts";
import { allCards } from "../store/cards-store.ts";
import { readMeta } from "../store/field-db.ts";

const LIMIT = 30;

export interface NearestState {
  rows: NearestRow[];
  /** Where the rows came from: the server's KNN, or the cards cached on the phone. */
  source: "server" | "cache" | null;
  loading: boolean;
}

async function fromCache(lngLat: [number, number], onlyMine: boolean, alertLevels: AlertLevel[]) {
  const [cards, pack] = await Promise.all([allCards(), readMeta("pack")]);
  return rankNearest(cards, lngLat, { onlyMine, alertLevels }, new Set(pack?.monitoredIds ?? []), LIMIT);
}

/**
 * The nearest points to a position: asked of the server when online, ranked
 * from the offline cards when not (or when the server cannot be reached).
 */
export function useNearest(
  lngLat: [number, number] | null,
  onlyMine: boolean,
  alertLevels: AlertLevel[],
  online: boolean,
): NearestState {
  const [state, setState] = useState<NearestState>({ rows: [], source: null, loading: false });
  const levels = alertLevels.join(",");
  const lng = lngLat?.[0];
  const lat = lngLat?.[1];

  useEffect(() => {
    if (lng === undefined || lat === undefined) return;
    let live = true;
    const here: [number, number] = [lng, lat];
    const wanted = levels === "" ? [] : (levels.split(",") as AlertLevel[]);
    setState((s) => ({ ...s, loading: true }));
    (async () => {
      if (online) {
        try {
          const rows = await nearest(here, { onlyMine, alertLevels: wanted, limit: LIMIT });
          if (live)
            setState({
              loading: false,
              source: "server",
              rows: rows.map((r) => ({
                id: r.id,
                name: r.name_zh,
                hazardType: r.hazard_type,
                dangerGrade: r.danger_grade,
                currentAlert: r.current_alert,
                threatenedPeople: r.threatened_people,
                lng: r.lng,
                lat: r.lat,
                distanceM: r.distance_m,
                compass: r.compass,
                monitored: r.monitored,
              })),
            });
          return;
        } catch (error) {
          console.warn("[nearest] server unavailable, ranking offline cards", error);
        }
      }
      const rows = await fromCache(here, onlyMine, wanted);
      if (live) setState({ loading: false, source: "cache", rows });
    })();
    return () => {
      live = false;
    };
  }, [lng, lat, onlyMine, levels, online]);

  return state;
}
