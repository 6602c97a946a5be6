import { COLLECTION_OF, type TileLayer } from "../map/layer-catalog.ts";
import { apiJson } from "../platform/api-client.ts";
import { useApi } from "../platform/use-api.ts";

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
  const key = `${layer}/${id}`;
  const { result } = useApi(
    (signal) =>
      apiJson<{ properties?: Record<string, unknown> }>(recordUrl(layer, id), {
        signal,
        headers: { accept: "application/geo+json" },
      }).then((feature) => ({ key, properties: feature.properties ?? {} })),
    [layer, id],
  );
  if (result.state === "error") return { state: "error", message: String(result.error) };
  // The last record stays in useApi while the next loads: it is not this feature's.
  if (result.state === "ok" && result.data.key === key)
    return { state: "ok", properties: result.data.properties };
  return { state: "loading" };
}
