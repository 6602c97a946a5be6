import type { WorkboxPlugin } from "workbox-core/types.js";

/**
 * The tiles the user chose to keep: written by the page
 * (field/offline/tile-pack.ts), read by the service worker, never trimmed.
 */
export const PACK_CACHE = "lianpian-tiles-pack-v1";

/** The pack stores `?v=<data version>` URLs: offline, any version of a tile beats none. */
export const ANY_VERSION: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

/**
 * The pack's own downloads ask the browser to store nothing: the pack keeps
 * them itself, so neither the HTTP cache nor the worker's seen tiles take a
 * second copy (and a slow answer is never replaced by a cached older tile).
 */
export const PACK_FETCH: RequestInit = { cache: "no-store" };

/** For the worker's tile cache: a tile the user downloaded wins over one only seen. */
export const packFirst: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
    (await (await caches.open(PACK_CACHE)).match(request, ANY_VERSION)) ?? cachedResponse ?? null,
};
