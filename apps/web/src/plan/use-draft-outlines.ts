import { useEffect, useState } from "react";
import { type DraftOutline, planApi } from "./api/plan-api.ts";

/**
 * The outlines of the draft zones, for the planner's map: drafts are not in
 * the public zones tiles. Fetched on start and again after each zone write of
 * the session (`writes`, as the zones tiles are reloaded).
 */
export function useDraftOutlines(writes: number, fail: (error: unknown) => void): DraftOutline[] {
  const [drafts, setDrafts] = useState<DraftOutline[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `writes` is the trigger, not an input
  useEffect(() => {
    let live = true;
    planApi.draftOutlines().then((outlines) => live && setDrafts(outlines), fail);
    return () => {
      live = false;
    };
  }, [writes, fail]);
  return drafts;
}
