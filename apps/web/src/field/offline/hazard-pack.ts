import { pack } from "../api/field-api.ts";
import { saveCards } from "../store/cards-store.ts";
import { type PackInfo, readMeta, writeMeta } from "../store/field-db.ts";
import type { Bbox } from "./tile-math.ts";

const sameBbox = (a: PackInfo["bbox"], b: Bbox | null) =>
  a === null ? b === null : b !== null && a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 1e-6);

/**
 * Downloads the cards of the points in an area and of the user's own points
 * into IndexedDB; returns the pack's summary (also kept as the "pack"
 * setting). When the phone already holds this area's pack, only the cards
 * changed since it was made are fetched (an update).
 */
export async function downloadHazardPack(bbox: Bbox | null): Promise<PackInfo> {
  const before = await readMeta("pack");
  const update = before?.cardIds !== undefined && sameBbox(before.bbox, bbox);
  const reply = await pack(bbox, update ? before?.generatedAt : undefined);
  await saveCards(reply.hazards);
  const fresh = reply.hazards.map((c) => c.id);
  const cardIds = update ? [...new Set([...(before?.cardIds ?? []), ...fresh])] : fresh;
  const info: PackInfo = {
    generatedAt: reply.generated_at,
    bbox: reply.bbox
      ? [reply.bbox[0] ?? 0, reply.bbox[1] ?? 0, reply.bbox[2] ?? 0, reply.bbox[3] ?? 0]
      : null,
    monitoredIds: reply.monitored_ids,
    cardCount: cardIds.length,
    cardIds,
    cardsChanged: reply.hazards.length,
    tileCount: before?.tileCount ?? 0,
    tileBytes: before?.tileBytes ?? 0,
  };
  await writeMeta("pack", info);
  return info;
}

/** Records the tiles of the last download in the pack summary. */
export async function recordTiles(tileCount: number, tileBytes: number): Promise<void> {
  const before = await readMeta("pack");
  if (before) await writeMeta("pack", { ...before, tileCount, tileBytes });
}
