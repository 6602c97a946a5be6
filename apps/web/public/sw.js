// Lianpian service worker: keeps the app shell, map tiles and feature reads
// for use without a network. Written by hand (no build step): the shell's
// hashed asset names are read from index.html at install time.
//
//   navigations          network first, cached shell when offline
//   /assets/*            cache first (file names are content hashes)
//   /tiles/*             network first; offline from the tiles the user
//                        downloaded (pack cache) or has already seen
//   /collections/{counties,hazard_points}/items
//                        network first, last copy when offline (what the
//                        map reads at start; other feature reads are not kept)
//   /api/*               network only (the field outbox handles offline)

const VERSION = "v1";
const SHELL = `lianpian-shell-${VERSION}`;
const SEEN_TILES = `lianpian-tiles-seen-${VERSION}`;
const DATA = `lianpian-data-${VERSION}`;
// Written by the page (field/offline/tile-pack.ts); never trimmed here.
const PACK_TILES = "lianpian-tiles-pack-v1";
const KEEP = new Set([SHELL, SEEN_TILES, DATA, PACK_TILES]);
const SHELL_KEY = "/__shell.html";
const APP_PAGES = new Set(["/", "/plan", "/field", "/public"]);
const SEEN_TILES_MAX = 1500;
const KEPT_FEATURES = /^\/collections\/(counties|hazard_points)\/items$/;
const SHELL_EXTRAS = ["/favicon.svg", "/field.webmanifest", "/icons/field-192.png", "/icons/field-512.png"];

self.addEventListener("install", (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("lianpian-") && !KEEP.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function precacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch("/field", { cache: "no-cache" });
  if (!response.ok) throw new Error(`shell: ${response.status}`);
  const html = await response.clone().text();
  await cache.put(SHELL_KEY, response);
  const entry = assetsIn(html);
  // The entry scripts name the rest of the shell (lazy chunks, the map's worker, fonts).
  const named = [];
  for (const path of entry.filter((p) => /\.m?js$/.test(p))) {
    const script = await fetch(path);
    if (script.ok) named.push(...assetsIn(await script.text()));
  }
  await cache.addAll([...new Set([...entry, ...named, ...SHELL_EXTRAS])]);
}

function assetsIn(text) {
  return [...text.matchAll(/\/?assets\/[\w.-]+\.(?:m?js|css|woff2?|png|svg|wasm)/g)].map((m) =>
    m[0].startsWith("/") ? m[0] : `/${m[0]}`,
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(navigation(request, url));
  else if (url.pathname.startsWith("/assets/") || SHELL_EXTRAS.includes(url.pathname))
    event.respondWith(cacheFirst(request, SHELL));
  else if (url.pathname.startsWith("/tiles/")) event.respondWith(tile(request));
  else if (KEPT_FEATURES.test(url.pathname)) event.respondWith(networkFirst(request, DATA));
});

async function navigation(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && APP_PAGES.has(url.pathname)) {
      const cache = await caches.open(SHELL);
      await cache.put(SHELL_KEY, response.clone());
    }
    return response;
  } catch (error) {
    const shell = APP_PAGES.has(url.pathname) ? await caches.match(SHELL_KEY) : undefined;
    if (shell) return shell;
    throw error;
  }
}

async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

// Tiles carry ?v=<data version>; offline, any version of the tile beats none.
async function tile(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SEEN_TILES);
      await cache.put(request, response.clone());
      trimSeen(cache);
    }
    return response;
  } catch (error) {
    const loose = { ignoreSearch: true, ignoreVary: true };
    const packed = await caches.open(PACK_TILES).then((c) => c.match(request, loose));
    if (packed) return packed;
    const seen = await caches.open(SEEN_TILES).then((c) => c.match(request, loose));
    if (seen) return seen;
    throw error;
  }
}

let trimming = false;
async function trimSeen(cache) {
  if (trimming) return;
  trimming = true;
  try {
    const keys = await cache.keys();
    // Oldest first (insertion order); bounded by the excess.
    for (const key of keys.slice(0, Math.max(0, keys.length - SEEN_TILES_MAX))) await cache.delete(key);
  } finally {
    trimming = false;
  }
}
