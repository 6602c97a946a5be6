import type { ZoneSummary } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { type DraftOutline, planApi } from "./api/plan-api.ts";

/**
 * The outlines of the draft zones, for the planner's map: drafts are not in
 * the public zones tiles. Fetched again whenever a draft is added, edited,
 * promoted or deleted (the zone list's drafts and versions change).
 */
export function useDraftOutlines(
  zones: readonly ZoneSummary[],
  fail: (error: unknown) => void,
): DraftOutline[] {
  const [drafts, setDrafts] = useState<DraftOutline[]>([]);
  const key = zones
    .filter((z) => z.status === "draft")
    .map((z) => `${z.id}@${z.version}`)
    .join(",");
  useEffect(() => {
    if (!key) {
      setDrafts([]);
      return;
    }
    let live = true;
    planApi.draftOutlines().then((outlines) => live && setDrafts(outlines), fail);
    return () => {
      live = false;
    };
  }, [key, fail]);
  return drafts;
}
