import * as domain from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";

/** CHECK lists of 0005_public_reports.sql and the domain vocabularies they mirror. */
const MIRRORS: Record<string, domain.Vocabulary<string>> = {
  "plan_targets.indicator": domain.planIndicator,
  "plan_targets.kind": domain.planFigureKind,
  "plan_targets.unit": domain.planUnit,
  "public_reports.category": domain.reportCategory,
  "public_reports.status": domain.reportStatus,
  "public_reports.location_source": domain.locationSource,
};

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("public-face schema", () => {
  it("CHECK lists equal the domain vocabularies, in order", async () => {
    const { rows } = await sql<{ key: string; def: string }>`
      SELECT c.conrelid::regclass::text || '.' || a.attname AS key, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND array_length(c.conkey, 1) = 1
        AND c.conrelid IN ('plan_targets'::regclass, 'public_reports'::regclass)`.execute(t.db.kysely);
    const found = new Map<string, string[]>();
    for (const row of rows) {
      const literals = [...row.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1] as string);
      if (literals.length >= 2) found.set(row.key, literals);
    }
    for (const [key, vocabulary] of Object.entries(MIRRORS))
      expect(found.get(key), key).toEqual([...vocabulary.values]);
  });

  it("every indicator has its unit and the tracking-code CHECK is the domain's pattern", async () => {
    expect(Object.keys(domain.INDICATOR_UNIT).sort()).toEqual([...domain.planIndicator.values].sort());
    const { rows } = await sql<{ def: string }>`
      SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'public_reports'::regclass AND pg_get_constraintdef(oid) LIKE '%tracking_code ~%'`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.def).toContain(domain.TRACKING_CODE_PATTERN.source);
  });
});
