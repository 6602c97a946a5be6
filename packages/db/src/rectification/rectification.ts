import {
  classifyNonCoalMine,
  effectiveRectificationClass,
  type MineDisposition,
  newVersusClosed,
  type RectificationResult,
} from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { type RectificationMineRow, readRectificationMines } from "./rectification-mines.repository.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** A mine with its computed class and reasons beside the planner's recorded class. */
export interface ClassedMine extends RectificationMineRow {
  computed: RectificationResult;
  /** The class in force: the recorded one when there is one ("closed" for a closed mine without one). */
  effective: MineDisposition | "closed";
  /** A recorded class that differs from the computed one (never for a closed mine: its record is history). */
  differs: boolean;
}

/** Classes every licensed non-coal mine (of a county) on a day, by the Zezhou rule. */
export async function classifyMines(
  db: Executor,
  options: { asOf: string; countyCode?: string; longStoppedDays?: number },
): Promise<ClassedMine[]> {
  const rows = await readRectificationMines(db, { countyCode: options.countyCode });
  return rows.map((m) => {
    const computed = classifyNonCoalMine(
      {
        mineral: m.mineral,
        miningMethod: m.mining_method,
        status: m.status,
        licenceValidTo: m.valid_to,
        safetyPermitValidTo: m.safety_permit_valid_to,
        overBoundary: m.over_boundary,
        bannedProcessUnfixed: m.banned_process_unfixed,
        resourcesExhausted: m.resources_exhausted,
        stoppedSince: m.stopped_since,
        constructionDue: m.construction_due,
        productionScale: m.production_scale,
        productionUnit: m.production_unit,
        remainingYears: m.remaining_service_years,
        scaleAfterUpgrade: m.scale_after_upgrade,
      },
      { asOf: options.asOf, longStoppedDays: options.longStoppedDays },
    );
    const effective = effectiveRectificationClass<MineDisposition | "closed">(computed.class, m.disposition);
    const differs = computed.class !== "closed" && m.disposition !== null && m.disposition !== computed.class;
    return { ...m, computed, effective, differs };
  });
}

/** Mines per county and class in force, plus per computed class. */
export function countByCounty(mines: readonly ClassedMine[]) {
  const out = new Map<
    string,
    { county_code: string; effective: Record<string, number>; computed: Record<string, number> }
  >();
  for (const m of mines) {
    const row = out.get(m.county_code) ?? { county_code: m.county_code, effective: {}, computed: {} };
    row.effective[m.effective] = (row.effective[m.effective] ?? 0) + 1;
    row.computed[m.computed.class] = (row.computed[m.computed.class] ?? 0) + 1;
    out.set(m.county_code, row);
  }
  return [...out.values()];
}

/**
 * The plan's running count: approved new sites against mines closed (already
 * closed, or class in force close-and-ban or guided exit) among the mines given.
 */
export async function newVersusClosedCount(db: Executor, mines: readonly ClassedMine[], countyCode?: string) {
  const county = countyCode ?? null;
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM proposed_licences
    WHERE status = 'approved' AND (${county}::text IS NULL OR county_code = ${county}::text)`.execute(db);
  const closed = mines.filter(
    (m) => m.computed.class === "closed" || m.effective === "close_and_ban" || m.effective === "guided_exit",
  ).length;
  return newVersusClosed(rows[0]?.n ?? 0, closed);
}
