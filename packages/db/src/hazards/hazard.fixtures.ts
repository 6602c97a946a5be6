import { randomUUID } from "node:crypto";
import type { InspectionInput } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/**
 * Test fixtures: hazard points put where no demo point is (a made-up spot
 * in the Taihang foothills, inside Jincheng), and a valid inspection body.
 * Tests only; nothing here runs in the app.
 */

/** A place with our fixture points around it, [lng, lat]. */
export const FIXTURE_ORIGIN: readonly [number, number] = [112.6, 35.6];

let serial = 0;

/** Inserts an active hazard point `dxM` metres east and `dyM` metres north of the origin; returns its id. */
export async function insertFixtureHazard(
  db: Kysely<Database>,
  options: {
    dxM?: number;
    dyM?: number;
    name?: string;
    dangerGrade?: "small" | "medium" | "large" | "huge";
    thresholds?: { parameter: "crack_change_mm" | "displacement_mm" | "rainfall_mm"; warnValue: number }[];
  } = {},
): Promise<number> {
  serial += 1;
  const county = await db.selectFrom("counties").select("code").orderBy("code").executeTakeFirst();
  if (!county) throw new Error("fixture hazard needs a county row");
  const [lng0, lat0] = FIXTURE_ORIGIN;
  // metres to degrees near 35.6°N: good to well under a metre over a few km
  const lng = lng0 + (options.dxM ?? 0) / (111320 * Math.cos((lat0 * Math.PI) / 180));
  const lat = lat0 + (options.dyM ?? 0) / 110950;
  const code = `99${String(Date.now() % 1e6).padStart(6, "0")}${String(serial).padStart(4, "0")}`.slice(
    0,
    12,
  );
  const { rows } = await sql<{ id: number }>`
    INSERT INTO hazard_points (unified_code, name_zh, hazard_type, county_code, threatened_people,
      threatened_households, danger_grade, monitor_name, monitor_phone, responsible_name, responsible_phone,
      warning_signal, shelter_name, shelter, evacuation_route, geom, data_source)
    VALUES (${code}, ${options.name ?? `测试隐患点${serial}`}, 'landslide', ${county.code}, 25, 7,
      ${options.dangerGrade ?? "medium"}, '张测试', '13800000000', '李负责', '13900000000', '鸣锣',
      '村委会', ST_SetSRID(ST_MakePoint(${lng + 0.002}::float8, ${lat}::float8), 4326),
      ST_SetSRID(ST_MakeLine(ST_MakePoint(${lng}::float8, ${lat}::float8),
        ST_MakePoint(${lng + 0.002}::float8, ${lat}::float8)), 4326),
      ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326), 'test fixture')
    RETURNING id`.execute(db);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("fixture hazard not inserted");
  for (const t of options.thresholds ?? []) {
    await db
      .insertInto("hazard_thresholds")
      .values({ hazard_id: id, parameter: t.parameter, warn_value: t.warnValue })
      .execute();
  }
  return id;
}

/** The point's current record version. */
export async function hazardVersion(db: Kysely<Database>, id: number): Promise<number> {
  const row = await db
    .selectFrom("hazard_points")
    .select("version")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.version;
}

/** A valid inspection body for a point, quiet (nothing raises an alert) unless overridden. */
export function fixtureInspection(
  hazardId: number,
  hazardVersion: number,
  overrides: Partial<InspectionInput> = {},
): InspectionInput {
  return {
    client_key: randomUUID(),
    hazard_id: hazardId,
    hazard_version: hazardVersion,
    inspected_at: "2026-07-01T08:30:00+08:00",
    kind: "routine",
    rainfall_mm: 3.5,
    cracks: [{ crack_id: "L1", width_mm: 12, change_mm: 0.5 }],
    displacement_mm: null,
    macro_signs: [],
    assessment: "normal",
    alert_level: "none",
    actions: [],
    notes: "坡体未见异常",
    location: { lng: FIXTURE_ORIGIN[0], lat: FIXTURE_ORIGIN[1], accuracy_m: 8 },
    photos: [],
    ...overrides,
  };
}
