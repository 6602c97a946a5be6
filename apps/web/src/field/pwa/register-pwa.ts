/**
 * Makes /field an installable app: links the web manifest (index.html is
 * shared by every face, so the field face adds the link itself) and
 * registers the service worker (built from ./sw.ts to /sw.js) for the whole origin: the
 * map's tile worker lives under /assets and must be covered too.
 */
export function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = "/field.webmanifest";
  document.head.append(link);
}

/** Registers the service worker; resolves false where the browser has none (or no secure context). */
export async function registerServiceWorker(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    return true;
  } catch (error) {
    console.warn("[pwa] service worker not registered", error);
    return false;
  }
}

/** The browser's install offer (Chromium's beforeinstallprompt), kept until the user asks. */
export interface InstallPrompt extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

let deferred: InstallPrompt | null = null;
const waiters = new Set<(p: InstallPrompt | null) => void>();
window.addEventListener("beforeinstallprompt", (event) => {
  event.preventDefault();
  deferred = event as InstallPrompt;
  for (const w of waiters) w(deferred);
});
window.addEventListener("appinstalled", () => {
  deferred = null;
  for (const w of waiters) w(null);
});

/** Calls back with the install offer whenever it appears or goes; returns the unsubscribe. */
export function onInstallPrompt(callback: (p: InstallPrompt | null) => void): () => void {
  waiters.add(callback);
  callback(deferred);
  return () => waiters.delete(callback);
}
