/** A GeoJSON feature as the OGC API Features endpoint sends it. */
export interface ApiFeature {
  id?: string | number;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

interface ItemsPage {
  features?: ApiFeature[];
  links?: { rel?: string; href?: string }[];
}

const PAGE_SIZE = 1000;

/**
 * Every feature of a collection, page by page along the `next` links (same
 * origin). `maxPages` only guards against a runaway chain.
 */
export async function fetchAllFeatures(
  origin: string,
  collection: string,
  signal: AbortSignal,
  maxPages = 20,
): Promise<ApiFeature[]> {
  const features: ApiFeature[] = [];
  let url: string | undefined = `${origin}/collections/${collection}/items?limit=${PAGE_SIZE}`;
  for (let page = 0; url && page < maxPages; page++) {
    const response = await fetch(url, { signal, headers: { accept: "application/geo+json" } });
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    const body = (await response.json()) as ItemsPage;
    features.push(...(body.features ?? []));
    const next = body.links?.find((link) => link.rel === "next")?.href;
    url = next ? new URL(next, origin).href : undefined;
  }
  return features;
}
