/**
 * Asks the browser to keep this site's storage (the offline pack, the
 * outbox of unsent inspections) instead of evicting it when space runs low.
 * Resolves to whether it is persisted; null where the browser has no such API.
 */
export async function persistStorage(): Promise<boolean | null> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
