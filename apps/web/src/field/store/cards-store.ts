import type { HazardCard } from "@lianpian/domain";
import { type CachedCard, fieldDb } from "./field-db.ts";

/** Keeps cards for offline use; a newer download replaces the old copy. */
export async function saveCards(cards: readonly HazardCard[]): Promise<void> {
  const db = await fieldDb();
  const tx = db.transaction("cards", "readwrite");
  const cachedAt = Date.now();
  await Promise.all([...cards.map((card) => tx.store.put({ ...card, cachedAt })), tx.done]);
}

/** Every cached card. */
export async function allCards(): Promise<CachedCard[]> {
  return (await fieldDb()).getAll("cards");
}

/** One cached card, or undefined. */
export async function cachedCard(id: number): Promise<CachedCard | undefined> {
  return (await fieldDb()).get("cards", id);
}
