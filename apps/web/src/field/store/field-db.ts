import type {
  FieldTask,
  HazardCard,
  InspectionInput,
  MonitoredPointHistory,
  SessionUser,
} from "@lianpian/domain";
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

export type { SessionUser };

/**
 * The phone's own database (IndexedDB): the outbox of inspections and their
 * photos, the cached hazard cards, and small settings. Everything the field
 * face needs with no network lives here.
 */

export type OutboxState = "waiting" | "sending" | "done" | "attention";

export interface OutboxError {
  status: number | "network";
  code?: string;
  message?: string;
}

export interface OutboxItem {
  clientKey: string;
  body: InspectionInput;
  hazardName: string;
  /** Who recorded it: only that user's session sends it (a shared phone must not re-attribute it). */
  userId: number;
  createdAt: number;
  updatedAt: number;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which the item is not tried again. */
  nextAttemptAt: number;
  /** The inspection itself is on the server (photos may still be waiting). */
  stored: boolean;
  lastError: OutboxError | null;
  /** Over a threshold or orange/red when saved: sent before the others (absent on older items). */
  urgent?: boolean;
  result: { needsReview: boolean; conflictReason: string | null; alertLevel: string | null } | null;
}

export interface StoredPhoto {
  /** `${clientKey}/${sha256}` */
  id: string;
  clientKey: string;
  sha256: string;
  contentType: string;
  byteSize: number;
  blob: Blob;
  uploaded: boolean;
}

export interface CachedCard extends HazardCard {
  cachedAt: number;
}

/** What was last downloaded for offline use. */
export interface PackInfo {
  generatedAt: string;
  bbox: readonly [number, number, number, number] | null;
  monitoredIds: number[];
  cardCount: number;
  /** The points the pack holds (absent on packs made before updates existed). */
  cardIds?: number[];
  /** Cards the last download or update brought (all of them, or the changed ones). */
  cardsChanged?: number;
  tileCount: number;
  tileBytes: number;
}

/** The open tasks as last fetched, for offline use. */
interface TasksInfo {
  savedAt: number;
  userId: number;
  tasks: FieldTask[];
}

/** The monitor's points with their last visits as last fetched (the monitor's day), for offline use. */
interface DayInfo {
  savedAt: number;
  userId: number;
  points: MonitoredPointHistory[];
}

/** The offline pack's tiles: for each tile path, the data version, ETag and size it was fetched at. */
export interface TileManifest {
  /** The area and zooms the tiles were planned for. */
  key: string;
  tiles: Record<string, { v: string; etag: string | null; bytes: number }>;
  /** Every planned tile is held (false while a download runs or after it was cut). */
  complete: boolean;
  startedAt: number;
  finishedAt: number | null;
}

interface Meta {
  day: DayInfo;
  tiles: TileManifest;
  pack: PackInfo;
  session: SessionUser;
  tasks: TasksInfo;
}

interface FieldSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { "by-created": number } };
  photos: { key: string; value: StoredPhoto; indexes: { "by-inspection": string } };
  cards: { key: number; value: CachedCard };
  meta: { key: keyof Meta; value: Meta[keyof Meta] };
}

export type FieldDb = IDBPDatabase<FieldSchema>;

const DB_NAME = "lianpian-field";
let opening: Promise<FieldDb> | null = null;

/** The open database (opened once per page). */
export function fieldDb(): Promise<FieldDb> {
  opening ??= openDB<FieldSchema>(DB_NAME, 1, {
    upgrade(db) {
      const outbox = db.createObjectStore("outbox", { keyPath: "clientKey" });
      outbox.createIndex("by-created", "createdAt");
      const photos = db.createObjectStore("photos", { keyPath: "id" });
      photos.createIndex("by-inspection", "clientKey");
      db.createObjectStore("cards", { keyPath: "id" });
      db.createObjectStore("meta");
    },
  });
  return opening;
}

/** Reads a setting. */
export async function readMeta<K extends keyof Meta>(key: K): Promise<Meta[K] | undefined> {
  return (await (await fieldDb()).get("meta", key)) as Meta[K] | undefined;
}

/** Writes (or with undefined, removes) a setting. */
export async function writeMeta<K extends keyof Meta>(key: K, value: Meta[K] | undefined): Promise<void> {
  const db = await fieldDb();
  if (value === undefined) await db.delete("meta", key);
  else await db.put("meta", value, key);
}
