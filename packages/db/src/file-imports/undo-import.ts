import { IMPORT_LAYERS, type ImportLayer, importLayer } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { refreshZoneFacts } from "../zones/zone-facts.repository.ts";
import { appendHistory } from "../zones/zone-history.repository.ts";
import { readZone } from "../zones/zone-read.repository.ts";
import { keyColumnOf, restoreLayerRow } from "./layer-writes.ts";
import { type MineCorner, replaceMineCorners } from "./mine-corners.ts";

/** A row an import wrote that has changed (or gone) since. */
export interface ChangedRow {
  row: number | null;
  table: string;
  id: string;
  change: "edited" | "deleted";
}

export type UndoOutcome =
  | { ok: true; deleted: number; restored: number }
  | { ok: false; reason: "not_found" | "not_committed" }
  | { ok: false; reason: "rows_changed"; rows: ChangedRow[] };

interface Change {
  seq: number;
  row_no: number | null;
  target_table: string;
  target_id: string;
  action: "insert" | "update";
  before: unknown;
}

const TABLES = new Map<string, ImportLayer | "companies">([
  ...IMPORT_LAYERS.map((l) => [l.table, l] as const),
  ["companies", "companies"],
]);

/** The rows of these changes edited or deleted since the commit (their updated_at moved). */
async function changedSince(
  trx: Transaction<Database>,
  importId: number,
  changes: Change[],
): Promise<ChangedRow[]> {
  const out: ChangedRow[] = [];
  for (const table of new Set(changes.map((c) => c.target_table))) {
    const entry = TABLES.get(table);
    if (!entry) throw new Error(`import changed an unknown table ${table}`);
    const key = entry === "companies" ? "id" : keyColumnOf(entry);
    const { rows } = await sql<{ row_no: number | null; target_id: string; gone: boolean }>`
      SELECT c.row_no, c.target_id, t.updated_at IS NULL AS gone
      FROM file_import_changes c
      LEFT JOIN ${sql.table(table)} t ON t.${sql.ref(key)}::text = c.target_id
      WHERE c.import_id = ${importId}::int AND c.target_table = ${table}
        AND (t.updated_at IS NULL OR t.updated_at IS DISTINCT FROM c.written_at)
      ORDER BY c.seq`.execute(trx);
    for (const r of rows)
      out.push({ row: r.row_no, table, id: r.target_id, change: r.gone ? "deleted" : "edited" });
  }
  return out;
}

/**
 * Undoes a committed import in one transaction while every row it wrote is
 * untouched since: rows it inserted are deleted, rows it updated get their
 * before-image back (zones with a new history version and their facts
 * recomputed). Otherwise nothing is done and the changed rows are listed.
 */
export async function undoImport(db: Kysely<Database>, id: number, actor: Actor): Promise<UndoOutcome> {
  return db.transaction().execute(async (trx) => {
    const imp = await trx
      .selectFrom("file_imports")
      .select(["id", "layer", "status", "file_name", "sha256"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!imp) return { ok: false, reason: "not_found" } as const;
    if (imp.status !== "committed") return { ok: false, reason: "not_committed" } as const;
    const layer = importLayer(imp.layer) as ImportLayer;
    const { rows: changes } = await sql<Change>`
      SELECT seq, row_no, target_table, target_id, action, before FROM file_import_changes
      WHERE import_id = ${id}::int ORDER BY seq DESC`.execute(trx);
    const changed = await changedSince(trx, id, changes);
    if (changed.length > 0) return { ok: false, reason: "rows_changed", rows: changed } as const;

    let deleted = 0;
    let restored = 0;
    const zones: { id: number; before: Awaited<ReturnType<typeof readZone>> }[] = [];
    for (const c of changes) {
      const entry = TABLES.get(c.target_table) as ImportLayer | "companies";
      const key = entry === "companies" ? "id" : keyColumnOf(entry);
      if (c.action === "insert") {
        await sql`DELETE FROM ${sql.table(c.target_table)} WHERE ${sql.ref(key)}::text = ${c.target_id}`.execute(
          trx,
        );
        deleted += 1;
      } else {
        const zoneBefore = layer.name === "zones" ? await readZone(trx, Number(c.target_id)) : undefined;
        await restoreLayerRow(trx, entry as ImportLayer, c.target_id, c.before);
        const corners = (c.before as { corners?: MineCorner[] }).corners;
        if (layer.name === "mines" && corners) await replaceMineCorners(trx, Number(c.target_id), corners);
        if (zoneBefore) zones.push({ id: zoneBefore.id, before: zoneBefore });
        restored += 1;
      }
    }
    if (zones.length > 0) {
      await refreshZoneFacts(
        trx,
        zones.map((z) => z.id),
      );
      for (const z of zones) {
        await trx
          .updateTable("treatment_zones")
          .set({ version: sql`version + 1` })
          .where("id", "=", z.id)
          .execute();
        const after = await readZone(trx, z.id);
        if (after)
          await appendHistory(trx, {
            action: "revert",
            changedBy: actor.username,
            before: z.before ?? null,
            after,
          });
      }
    }
    await trx
      .updateTable("file_imports")
      .set({ status: "undone", undone_at: new Date() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "import.undo",
      entity: "file_import",
      entityId: id,
      details: { layer: layer.name, file_name: imp.file_name, sha256: imp.sha256.trim(), deleted, restored },
    });
    return { ok: true, deleted, restored } as const;
  });
}
