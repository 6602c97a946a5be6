import { useEffect, useState } from "react";
import { COLLECTION_OF, type TileLayer } from "../map/layer-catalog.ts";

export type RecordState =
  | { state: "loading" }
  | { state: "ok"; properties: Record<string, unknown> }
  | { state: "error"; message: string };

/** The URL of one feature's full record in the OGC API Features endpoint. */
function recordUrl(layer: TileLayer, id: string | number): string {
  return `/collections/${COLLECTION_OF[layer]}/items/${encodeURIComponent(String(id))}`;
}

/** Fetches the full record behind a clicked tile feature (tiles carry only a few attributes). */
export function useFeatureRecord(layer: TileLayer, id: string | number): RecordState {
  const [record, setRecord] = useState<RecordState>({ state: "loading" });

  useEffect(() => {
    const abort = new AbortController();
    setRecord({ state: "loading" });
    fetch(recordUrl(layer, id), { signal: abort.signal, headers: { accept: "application/geo+json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const feature = (await response.json()) as { properties?: Record<string, unknown> };
        setRecord({ state: "ok", properties: feature.properties ?? {} });
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setRecord({ state: "error", message: String(error) });
      });
    return () => abort.abort();
  }, [layer, id]);

  return record;
}
