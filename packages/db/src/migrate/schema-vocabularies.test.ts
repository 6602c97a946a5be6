import * as domain from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";

/** Every CHECK list in the schema, by table.column, and the vocabulary it must equal. */
const MIRRORS: Record<string, domain.Vocabulary<string>> = {
  "mines.mineral": domain.mineral,
  "mines.mining_method": domain.miningMethod,
  "mines.scale_class": domain.scaleClass,
  "mines.status": domain.mineStatus,
  "mines.disposition": domain.disposition,
  "mines.green_mine_level": domain.greenMineLevel,
  "mines.restoration_state": domain.restorationState,
  "mines.suitability": domain.suitability,
  "subsidence_areas.responsibility": domain.subsidenceResponsibility,
  "subsidence_areas.severity": domain.severity,
  "subsidence_areas.stability": domain.subsidenceStability,
  "subsidence_areas.treatment_modes": domain.treatmentMode,
  "subsidence_areas.status": domain.subsidenceStatus,
  "hazard_points.hazard_type": domain.hazardType,
  "hazard_points.danger_grade": domain.dangerGrade,
  "hazard_points.stability": domain.hazardStability,
  "hazard_points.triggers": domain.hazardTrigger,
  "hazard_points.measures": domain.hazardMeasure,
  "hazard_points.current_alert": domain.alertLevel,
  "hazard_points.inventory_status": domain.inventoryStatus,
  "hazard_thresholds.parameter": domain.thresholdParameter,
  "inspections.kind": domain.inspectionKind,
  "inspections.macro_signs": domain.macroSign,
  "inspections.assessment": domain.assessment,
  "inspections.alert_level": domain.alertLevel,
  "inspections.actions": domain.inspectionAction,
  "corridors.corridor_type": domain.corridorType,
  "corridors.functions": domain.corridorFunction,
  "corridors.status": domain.corridorStatus,
  "treatment_zones.zone_type": domain.zoneType,
  "treatment_zones.damage_types": domain.damageType,
  "treatment_zones.implementation_mode": domain.implementationMode,
  "treatment_zones.phase": domain.phase,
  "treatment_zones.status": domain.zoneStatus,
  "zone_tasks.task_kind": domain.taskKind,
  "rivers.river_class": domain.riverClass,
  "transport_lines.kind": domain.transportKind,
  "protected_areas.kind": domain.protectedKind,
  "protected_areas.protection_level": domain.protectionLevel,
  "infrastructure.kind": domain.infrastructureKind,
};

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("schema CHECK lists", () => {
  it("equal the domain vocabularies, value for value and in order", async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; def: string }>`
      SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND array_length(c.conkey, 1) = 1
        AND c.connamespace = 'public'::regnamespace`.execute(t.db.kysely);
    const found = new Map<string, string[]>();
    for (const row of rows) {
      const literals = [...row.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1] as string);
      if (literals.length >= 2) found.set(`${row.table_name}.${row.column_name}`, literals);
    }
    for (const [key, vocabulary] of Object.entries(MIRRORS)) {
      expect(found.get(key), key).toEqual([...vocabulary.values]);
    }
  });

  it("reject a value outside the vocabulary", async () => {
    await expect(
      sql`UPDATE hazard_points SET danger_grade = 'enormous' WHERE id = (SELECT min(id) FROM hazard_points)`.execute(
        t.db.kysely,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
