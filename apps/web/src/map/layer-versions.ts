/** How often a map that follows edits asks for the layers' data versions (and whenever its window regains focus). */
export const LAYER_VERSION_POLL_MS = 30_000;

/** Each tile layer's data version, from `GET /tiles`: it moves with every edit of the layer. */
export type LayerVersions = ReadonlyMap<string, number>;

export async function fetchLayerVersions(origin: string, signal: AbortSignal): Promise<LayerVersions> {
  const res = await fetch(`${origin}/tiles`, { cache: "no-store", signal });
  if (!res.ok) throw new Error(`GET /tiles answered ${res.status}`);
  const { layers } = (await res.json()) as { layers: { id: string; version: number }[] };
  return new Map(layers.map((l) => [l.id, l.version]));
}

/** The layers read in both lists whose version differs: the ones someone edited in between. */
export function movedLayers(before: LayerVersions, after: LayerVersions): string[] {
  return [...after].filter(([id, version]) => before.has(id) && before.get(id) !== version).map(([id]) => id);
}
