import type { ZoneReport } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { type Polygonal, planApi } from "./api/plan-api.ts";

export type ReportState =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "ok"; report: ZoneReport }
  | { state: "error"; error: unknown };

/**
 * The server's full report of the current outline, fetched when the outline
 * settles (after a drawing or an edit is finished); a newer outline wins.
 */
export function useOutlineReport(outline: Polygonal | null, zoneId: number | null): ReportState {
  const [result, setResult] = useState<ReportState>({ state: "idle" });
  useEffect(() => {
    if (!outline) {
      setResult({ state: "idle" });
      return;
    }
    let live = true;
    setResult({ state: "loading" });
    planApi.report(outline, zoneId ?? undefined).then(
      (report) => live && setResult({ state: "ok", report }),
      (error) => live && setResult({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [outline, zoneId]);
  return result;
}
