import { useEffect, useState } from "react";
import { type DraftOutline, planApi } from "./api/plan-api.ts";

/**
 * The outlines of the draft zones, for the planner's map: drafts are not in
 * the public zones tiles. Fetched on start and again each time `edits` moves:
 * the map saw the zones layer edited, by this planner or another one.
 */
export function useDraftOutlines(edits: number, fail: (error: unknown) => void): DraftOutline[] {
  const [drafts, setDrafts] = useState<DraftOutline[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `edits` is the trigger, not an input
  useEffect(() => {
    let live = true;
    planApi.draftOutlines().then((outlines) => live && setDrafts(outlines), fail);
    return () => {
      live = false;
    };
  }, [edits, fail]);
  return drafts;
}
