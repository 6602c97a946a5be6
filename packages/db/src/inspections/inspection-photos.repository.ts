import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/**
 * Stores a photo of an inspection once: a second upload of the same bytes
 * (a retry after a cut connection) finds the row and adds nothing.
 */
export async function insertPhotoOnce(
  db: Kysely<Database>,
  photo: { inspectionId: number; sha256: string; contentType: string; data: Uint8Array },
): Promise<{ id: number; created: boolean }> {
  const inserted = await db
    .insertInto("inspection_photos")
    .values({
      inspection_id: photo.inspectionId,
      sha256: photo.sha256,
      content_type: photo.contentType,
      byte_size: photo.data.byteLength,
      data: Buffer.from(photo.data.buffer, photo.data.byteOffset, photo.data.byteLength),
    })
    .onConflict((oc) => oc.columns(["inspection_id", "sha256"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom("inspection_photos")
    .select("id")
    .where("inspection_id", "=", photo.inspectionId)
    .where("sha256", "=", photo.sha256)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** How many photos an inspection holds. */
export async function countPhotos(db: Kysely<Database>, inspectionId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM inspection_photos WHERE inspection_id = ${inspectionId}::int`.execute(db);
  return rows[0]?.n ?? 0;
}

/** A photo's bytes and type, or undefined. */
export async function readPhoto(
  db: Kysely<Database>,
  inspectionId: number,
  sha256: string,
): Promise<{ content_type: string; data: Uint8Array } | undefined> {
  return db
    .selectFrom("inspection_photos")
    .select(["content_type", "data"])
    .where("inspection_id", "=", inspectionId)
    .where("sha256", "=", sha256)
    .executeTakeFirst();
}
