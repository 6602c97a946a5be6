import type { InspectionInput } from "@lianpian/domain";
import { fieldDb, type OutboxItem, type StoredPhoto } from "../store/field-db.ts";

/**
 * The outbox: inspections and their photos waiting to reach the server,
 * written to IndexedDB before anything is sent, so a closed tab, a reload
 * or a dead battery loses nothing.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
// Other tabs of the app hear of changes too.
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("lianpian-outbox");
channel?.addEventListener("message", () => {
  for (const l of listeners) l();
});

function changed(): void {
  for (const l of listeners) l();
  channel?.postMessage("changed");
}

/** Calls `listener` after every change; returns the unsubscribe. */
export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface NewPhoto {
  sha256: string;
  contentType: string;
  blob: Blob;
}

/** Puts an inspection and its photos in the outbox, in one IndexedDB transaction. */
export async function enqueueInspection(
  body: InspectionInput,
  hazardName: string,
  userId: number,
  photos: readonly NewPhoto[],
  urgent = false,
) {
  const db = await fieldDb();
  const tx = db.transaction(["outbox", "photos"], "readwrite");
  const now = Date.now();
  const item: OutboxItem = {
    clientKey: body.client_key,
    body,
    hazardName,
    userId,
    createdAt: now,
    updatedAt: now,
    state: "waiting",
    attempts: 0,
    nextAttemptAt: 0,
    stored: false,
    lastError: null,
    urgent,
    result: null,
  };
  const rows: StoredPhoto[] = photos.map((p) => ({
    id: `${body.client_key}/${p.sha256}`,
    clientKey: body.client_key,
    sha256: p.sha256,
    contentType: p.contentType,
    byteSize: p.blob.size,
    blob: p.blob,
    uploaded: false,
  }));
  await Promise.all([
    tx.objectStore("outbox").add(item),
    ...rows.map((r) => tx.objectStore("photos").put(r)),
    tx.done,
  ]);
  changed();
}

/** Every item, newest first. */
export async function listOutbox(): Promise<OutboxItem[]> {
  const items = await (await fieldDb()).getAllFromIndex("outbox", "by-created");
  return items.reverse();
}

/** One item, or undefined. */
export async function readItem(clientKey: string): Promise<OutboxItem | undefined> {
  return (await fieldDb()).get("outbox", clientKey);
}

/** Applies a change to one item (read-modify-write in one transaction). */
export async function updateItem(clientKey: string, change: (item: OutboxItem) => OutboxItem): Promise<void> {
  const db = await fieldDb();
  const tx = db.transaction("outbox", "readwrite");
  const item = await tx.store.get(clientKey);
  if (item) await tx.store.put({ ...change(item), updatedAt: Date.now() });
  await tx.done;
  changed();
}

/** The photos of one inspection. */
export async function photosOf(clientKey: string): Promise<StoredPhoto[]> {
  return (await fieldDb()).getAllFromIndex("photos", "by-inspection", clientKey);
}

/** Marks a photo as on the server; its bytes are dropped to free the phone's storage. */
export async function markPhotoUploaded(photo: StoredPhoto): Promise<void> {
  await (await fieldDb()).put("photos", { ...photo, uploaded: true, blob: new Blob([]) });
  changed();
}

/**
 * Items a crashed or closed page left "sending" go back to waiting: sending
 * again is safe, the server stores a client key once.
 */
export async function recoverInterrupted(): Promise<void> {
  for (const item of await listOutbox()) {
    if (item.state === "sending") await updateItem(item.clientKey, (i) => ({ ...i, state: "waiting" }));
  }
}

/** Puts items that need attention (or only those waiting for a login) back in the queue. */
export async function retryAttention(onlyLogin: boolean): Promise<void> {
  for (const item of await listOutbox()) {
    if (item.state !== "attention") continue;
    if (onlyLogin && item.lastError?.status !== 401) continue;
    await updateItem(item.clientKey, (i) => ({ ...i, state: "waiting", nextAttemptAt: 0 }));
  }
}
