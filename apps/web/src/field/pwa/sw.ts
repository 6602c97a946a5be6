/// <reference lib="webworker" />
// Lianpian service worker (Workbox, built by vite-plugin-pwa in injectManifest
// mode): the build injects the list of its files with their revisions, so this
// file changes whenever an asset changes and the browser installs it again.
//
//   build files          precached per build; a new worker activates only once
//                        all of them are cached (install fails otherwise), and
//                        entries of older builds are deleted on activate
//   app pages            network, the precached shell when offline
//   /tiles/*             network first (≈3 s); offline or slow, from the tiles
//                        the user downloaded (pack cache), then those seen;
//                        the pack's own downloads (no-store) are not handled
//   /collections/{counties,hazard_points}/items
//                        network first, last copy when offline
//   /api/*               network only (the field outbox handles offline)

import { cacheNames, clientsClaim, setCacheNameDetails } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";
import { ANY_VERSION, PACK_CACHE, packFirst } from "./tile-caches.ts";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const SEEN_TILES = "lianpian-tiles-seen-v1";
const DATA = "lianpian-data-v1";
const APP_PAGES = new Set(["/", "/plan", "/field", "/public"]);
const KEPT_FEATURES = /^\/collections\/(counties|hazard_points)\/items$/;

setCacheNameDetails({ prefix: "lianpian", suffix: "v2" });

// As before: a new worker takes over as soon as its install (the whole precache) is done.
self.skipWaiting();
clientsClaim();

registerRoute(
  ({ request, url }) =>
    request.mode === "navigate" && url.origin === self.location.origin && APP_PAGES.has(url.pathname),
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: "index.html" })] }),
);

// App pages are answered above (network, the shell offline); the precache serves the build's files.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: "", cleanURLs: false });
cleanupOutdatedCaches();

// The pack's own downloads (cache mode no-store) pass by: the pack keeps those tiles itself.
registerRoute(
  ({ request, url }) =>
    url.origin === self.location.origin && url.pathname.startsWith("/tiles/") && request.cache !== "no-store",
  new NetworkFirst({
    cacheName: SEEN_TILES,
    networkTimeoutSeconds: 3,
    matchOptions: ANY_VERSION,
    plugins: [new ExpirationPlugin({ maxEntries: 1500 }), packFirst],
  }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && KEPT_FEATURES.test(url.pathname),
  new NetworkFirst({ cacheName: DATA, matchOptions: { ignoreVary: true } }),
);

// Caches of earlier workers (the hand-written shell cache among them) go; the pack stays.
self.addEventListener("activate", (event) => {
  const keep = new Set([cacheNames.precache, cacheNames.runtime, SEEN_TILES, DATA, PACK_CACHE]);
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("lianpian-") && !keep.has(name)) await caches.delete(name);
      }
    })(),
  );
});
