import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { SETTING_KEYS, type SettingKey, type SettingValue } from "./setting-keys.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export interface SettingRow extends SettingKey {
  value: SettingValue;
  updated_by: string | null;
  updated_at: string | null;
}

/** Every setting on the list with its stored value (null when unset), in list order. */
export async function listSettings(db: Executor): Promise<SettingRow[]> {
  const rows = await db.selectFrom("settings").selectAll().execute();
  const stored = new Map(rows.map((r) => [r.key, r]));
  return (SETTING_KEYS as readonly SettingKey[]).map((k) => {
    const row = stored.get(k.key);
    return {
      ...k,
      value: (row?.value as SettingValue | undefined) ?? null,
      updated_by: row?.updated_by ?? null,
      updated_at: row ? new Date(row.updated_at).toISOString() : null,
    };
  });
}

/** Stores a checked value (null removes it); returns the value it had. */
export async function writeSetting(
  trx: Transaction<Database>,
  key: string,
  value: SettingValue,
  by: string,
): Promise<SettingValue> {
  const before = await trx
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .forUpdate()
    .executeTakeFirst();
  if (value === null) await trx.deleteFrom("settings").where("key", "=", key).execute();
  else
    await trx
      .insertInto("settings")
      .values({ key, value: JSON.stringify(value), updated_by: by })
      .onConflict((oc) =>
        oc
          .column("key")
          .doUpdateSet({ value: JSON.stringify(value), updated_by: by, updated_at: new Date() }),
      )
      .execute();
  return (before?.value as SettingValue | undefined) ?? null;
}

/**
 * Settings read on hot paths (rate limits, the public map): re-read from the
 * database at most every `maxAgeMs`, so a change made on any API process
 * holds everywhere within that time.
 */
export class SettingsCache {
  private values = new Map<string, SettingValue>();
  private readAt = 0;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxAgeMs = 5_000,
  ) {}

  async get(key: string): Promise<SettingValue> {
    if (Date.now() - this.readAt > this.maxAgeMs) await this.refresh();
    return this.values.get(key) ?? null;
  }

  /** Forgets what was read (after a change in this process). */
  invalidate() {
    this.readAt = 0;
  }

  private refresh(): Promise<void> {
    this.pending ??= this.db
      .selectFrom("settings")
      .select(["key", "value"])
      .execute()
      .then((rows) => {
        this.values = new Map(rows.map((r) => [r.key, r.value as SettingValue]));
        this.readAt = Date.now();
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}
