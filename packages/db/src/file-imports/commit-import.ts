import { type ImportIssue, type ImportLayer, importLayer, type MappedValue } from "@lianpian/domain";
import type { Geometry } from "geojson";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { refreshZoneFacts } from "../zones/zone-facts.repository.ts";
import { appendHistory } from "../zones/zone-history.repository.ts";
import { readZone } from "../zones/zone-read.repository.ts";
import {
  beforeImage,
  findByNaturalKey,
  insertLayerRow,
  type RowWrite,
  updateLayerRow,
} from "./layer-writes.ts";
import { cornersOf, readMineCorners, replaceMineCorners } from "./mine-corners.ts";
import type { StagedRow } from "./types.ts";

export interface CommitOptions {
  skipRows?: readonly number[];
  /** Repair invalid geometry with ST_MakeValid instead of refusing it. */
  repair?: boolean;
}

export type CommitOutcome =
  | { ok: true; inserted: number; updated: number; skipped: number }
  | { ok: false; reason: "not_found" | "not_staged" }
  | { ok: false; reason: "has_errors"; errors: ImportIssue[] };

/** Errors that stop a commit: those of rows not skipped, bar invalid geometry when repair is asked. */
export function blockingErrors(
  rows: readonly StagedRow[],
  fileErrors: ImportIssue[],
  options: CommitOptions,
) {
  const skip = new Set(options.skipRows ?? []);
  const rowErrors = rows
    .filter((r) => !skip.has(r.row))
    .flatMap((r) => r.errors)
    .filter((e) => !(options.repair && e.code === "geometry_invalid"));
  return [...fileErrors, ...rowErrors];
}

/**
 * Writes a staged import into its layer in one transaction: each row not
 * skipped is inserted, or updates the row with its natural key (its columns
 * first kept as a before-image for an undo), with the source CRS on the row;
 * zones get a history version and their derived facts recomputed by the
 * report's SQL; the import and the audit log record it. All rows or none.
 */
export async function commitImport(
  db: Kysely<Database>,
  id: number,
  actor: Actor,
  options: CommitOptions = {},
): Promise<CommitOutcome> {
  return db.transaction().execute(async (trx) => {
    const imp = await trx
      .selectFrom("file_imports")
      .select([
        "id",
        "layer",
        "status",
        "file_name",
        "sha256",
        "crs",
        "source_srid",
        "file_errors",
        "feature_count",
      ])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!imp) return { ok: false, reason: "not_found" } as const;
    if (imp.status !== "staged") return { ok: false, reason: "not_staged" } as const;
    const layer = importLayer(imp.layer) as ImportLayer;
    const { rows } = await sql<{
      row: number;
      mapped: Record<string, MappedValue>;
      errors: ImportIssue[];
      source_geometry: Geometry | null;
    }>`
      SELECT row_no AS row, mapped, errors, source_geometry
      FROM file_import_rows WHERE import_id = ${id}::int ORDER BY row_no`.execute(trx);
    const blocking = blockingErrors(rows, imp.file_errors as ImportIssue[], options);
    if (blocking.length > 0) return { ok: false, reason: "has_errors", errors: blocking } as const;

    const skip = new Set(options.skipRows ?? []);
    const written = new Writer(trx, id, layer, actor);
    let inserted = 0;
    let updated = 0;
    for (const r of rows) {
      if (skip.has(r.row)) continue;
      const values: Record<string, MappedValue | number> = { ...r.mapped };
      if (layer.name === "mines") values.company_id = await written.companyOf(r.mapped);
      for (const col of ["name_en"]) {
        if (layer.fields.some((f) => f.name === col) && values[col] == null)
          values[col] = r.mapped.name_zh ?? null;
      }
      const w: RowWrite = {
        importId: id,
        row: r.row,
        values,
        sourceSrid: imp.source_srid ?? 4326,
        dataSource: (r.mapped.data_source as string | null) ?? `导入：${imp.file_name}`,
        repair: options.repair === true,
      };
      const existing = await findByNaturalKey(trx, layer, r.mapped[layer.key] ?? null);
      if (existing === undefined) {
        const newId = await insertLayerRow(trx, layer, w);
        if (layer.name === "mines")
          await replaceMineCorners(trx, Number(newId), cornersOf(r.source_geometry, w.sourceSrid));
        await written.record(r.row, layer.table, newId, "insert", null);
        await written.afterWrite(newId, r.mapped, null);
        inserted += 1;
      } else {
        let before = await beforeImage(trx, layer, existing);
        const zoneBefore = layer.name === "zones" ? await readZone(trx, Number(existing)) : null;
        await updateLayerRow(trx, layer, existing, w);
        if (layer.name === "mines") {
          const corners = cornersOf(r.source_geometry, w.sourceSrid);
          if (corners.length > 0) {
            before = { ...(before as object), corners: await readMineCorners(trx, Number(existing)) };
            await replaceMineCorners(trx, Number(existing), corners);
          }
        }
        await written.record(r.row, layer.table, existing, "update", before);
        await written.afterWrite(existing, r.mapped, zoneBefore ?? null);
        updated += 1;
      }
    }
    await written.finish();
    await trx
      .updateTable("file_imports")
      .set({
        status: "committed",
        inserted,
        updated,
        skipped: skip.size,
        committed_at: new Date(),
        file_bytes: null,
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "import.commit",
      entity: "file_import",
      entityId: id,
      details: {
        layer: layer.name,
        file_name: imp.file_name,
        sha256: imp.sha256.trim(),
        crs: imp.crs,
        feature_count: imp.feature_count,
        inserted,
        updated,
        skipped: [...skip],
        repair: options.repair === true,
      },
    });
    return { ok: true, inserted, updated, skipped: skip.size } as const;
  });
}

/** The side work of a commit: companies of mines, zone history and facts, the change log. */
class Writer {
  private seq = 0;
  private readonly zones: number[] = [];

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly importId: number,
    private readonly layer: ImportLayer,
    private readonly actor: Actor,
  ) {}

  async record(
    row: number | null,
    table: string,
    targetId: string,
    action: "insert" | "update",
    before: unknown,
  ) {
    this.seq += 1;
    await sql`
      INSERT INTO file_import_changes (import_id, seq, row_no, target_table, target_id, action, before, written_at)
      VALUES (${this.importId}::int, ${this.seq}::int, ${row}::int, ${table}, ${targetId}, ${action},
        ${before === null ? null : JSON.stringify(before)}::jsonb, now())`.execute(this.trx);
  }

  /** A mine's holder: the company with its credit code, else its name, else a new company. */
  async companyOf(m: Record<string, MappedValue>): Promise<number | null> {
    const credit = (m.credit_code as string | null) ?? null;
    const name = (m.company_name as string | null) ?? null;
    if (credit === null && name === null) return null;
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM companies
      WHERE (${credit}::text IS NOT NULL AND credit_code = ${credit}::text)
         OR (${credit}::text IS NULL AND name_zh = ${name}::text)
      ORDER BY id LIMIT 1`.execute(this.trx);
    if (rows[0]) return rows[0].id;
    const { rows: made } = await sql<{ id: number }>`
      INSERT INTO companies (name_zh, credit_code, county_code, data_source)
      VALUES (${name ?? credit}, ${credit}, ${(m.county_code as string | null) ?? null}, '文件导入')
      RETURNING id`.execute(this.trx);
    const id = (made[0] as { id: number }).id;
    await this.record(null, "companies", String(id), "insert", null);
    return id;
  }

  async afterWrite(id: string, mapped: Record<string, MappedValue>, zoneBefore: unknown) {
    if (this.layer.name === "mines" && mapped.area_km2 == null) {
      await sql`UPDATE mines SET area_km2 = round((ST_Area(geom::geography) / 1e6)::numeric, 4)
        WHERE id = ${Number(id)}::int`.execute(this.trx);
    }
    if (this.layer.name === "zones") {
      const zoneId = Number(id);
      if (zoneBefore) {
        await this.trx
          .updateTable("treatment_zones")
          .set({ version: sql`version + 1` })
          .where("id", "=", zoneId)
          .execute();
      }
      this.zones.push(zoneId);
      this.pendingHistory.push({ zoneId, before: zoneBefore });
    }
  }

  private readonly pendingHistory: { zoneId: number; before: unknown }[] = [];

  /** Zone facts by the report's SQL, then one history version per zone written. */
  async finish() {
    if (this.zones.length === 0) return;
    await refreshZoneFacts(this.trx, this.zones);
    for (const { zoneId, before } of this.pendingHistory) {
      const after = await readZone(this.trx, zoneId);
      if (!after) continue;
      await appendHistory(this.trx, {
        action: before ? "update" : "create",
        changedBy: this.actor.username,
        before: (before as Parameters<typeof appendHistory>[1]["before"]) ?? null,
        after,
      });
    }
  }
}
