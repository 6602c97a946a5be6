import type { Point } from "geojson";
import { useMemo } from "react";
import type { Polygonal } from "./api/plan-api.ts";
import { type OverlayRole, overlayData } from "./map/plan-overlay.ts";
import { useDraftOutlines } from "./use-draft-outlines.ts";
import type { PlannerStore } from "./use-planner-store.ts";

/** What the planner's map draws over the layers: drafts, proposals, the stale-edit comparison, a monitor's beat. */
export function usePlanOverlay(store: PlannerStore) {
  const { session, proposals, beat, zonesEdits, fail } = store;
  const { zone, compare } = session;
  const drafts = useDraftOutlines(zonesEdits, fail);
  return useMemo(() => {
    const items: { geometry: Polygonal | Point; role: OverlayRole }[] = [];
    // drafts first (underneath); the open one is on the map as the outline being edited
    for (const d of drafts) if (d.id !== zone?.id) items.push({ geometry: d.geometry, role: "draft" });
    for (const [i, c] of proposals.list.entries())
      items.push({ geometry: c.geometry, role: i === proposals.active ? "proposal-active" : "proposal" });
    if (compare && zone) {
      items.push({ geometry: compare.geometry, role: "compare-old" });
      items.push({ geometry: zone.geometry, role: "compare-new" });
    }
    const ring = (role: OverlayRole) => (pt: { lng: number; lat: number }) => ({
      geometry: { type: "Point" as const, coordinates: [pt.lng, pt.lat] },
      role,
    });
    items.push(...(beat?.kept.map(ring("beat")) ?? []), ...(beat?.removing.map(ring("beat-removing")) ?? []));
    return overlayData(items);
  }, [drafts, proposals.list, proposals.active, compare, zone, beat]);
}
