import type { ZoneReport } from "@lianpian/domain";
import {
  formatArea,
  squareMetersToHectares,
  squareMetersToMu,
  squareMetersToSquareKilometers,
} from "@lianpian/geo";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { computeFundShares } from "./fund-shares.ts";
import { REPORT_ITEM_CAP, readZoneContents, type ZoneContents } from "./zone-report.repository.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The zone report (issue 3, item 4) of a drawn or saved outline: what
 * PostGIS finds inside, the fund shares by the damage rule, areas in 亩, ha
 * and km², and warnings (protected areas, other zones, shortened lists).
 */
export async function buildZoneReport(
  db: Executor,
  geometry: unknown,
  excludeZoneId: number | null = null,
): Promise<ZoneReport> {
  // Both statements only read; on a server pool they run side by side.
  const [c, fundShares] = await Promise.all([
    readZoneContents(db, geometry, excludeZoneId),
    computeFundShares(db, geometry),
  ]);
  return {
    area: {
      m2: c.area_m2,
      mu: squareMetersToMu(c.area_m2),
      ha: squareMetersToHectares(c.area_m2),
      km2: squareMetersToSquareKilometers(c.area_m2),
    },
    counties: c.counties,
    mines: c.mines.map((m) => ({
      ...m,
      share_of_mine_pct: m.mine_area_m2 > 0 ? (m.overlap_m2 / m.mine_area_m2) * 100 : 0,
    })),
    subsidence: {
      by_status: c.subsidence_by_status,
      items: c.subsidence,
      total_m2: c.subsidence_by_status.reduce((s, x) => s + x.area_m2, 0),
    },
    hazards: {
      by_type_grade: c.hazards_by_type_grade,
      items: c.hazards,
      ...c.hazard_totals,
    },
    corridors: c.corridors,
    villages: { ...c.village_totals, items: c.villages },
    protected_areas: c.protected_areas,
    other_zones: c.other_zones,
    nearest: { high_speed_rail: c.nearest_hsr, expressway: c.nearest_expressway },
    fund_shares: fundShares,
    warnings: warningsOf(c),
  };
}

function warningsOf(c: ZoneContents): ZoneReport["warnings"] {
  const warnings: ZoneReport["warnings"] = [];
  const protectedM2 = c.protected_areas.reduce((s, p) => s + p.overlap_m2, 0);
  if (protectedM2 > 0) {
    const names = c.protected_areas.map((p) => p.name_zh).join("、");
    warnings.push({
      code: "protected_overlap",
      message_zh: `与保护区重叠 ${formatArea(protectedM2, "mu", { locale: "zh" })}：${names}`,
      message_en: `overlaps protected areas by ${formatArea(protectedM2, "ha", { locale: "en" })}: ${names}`,
    });
  }
  if (c.other_zones.length > 0) {
    const codes = c.other_zones.map((z) => z.code).join(", ");
    warnings.push({
      code: "zone_overlap",
      message_zh: `与其他片区重叠：${codes}`,
      message_en: `overlaps other zones: ${codes}`,
    });
  }
  const cut = [c.mines.length, c.subsidence.length, c.hazards.length, c.villages.length].some(
    (n) => n >= REPORT_ITEM_CAP,
  );
  if (cut)
    warnings.push({
      code: "list_truncated",
      message_zh: `部分清单只列出前 ${REPORT_ITEM_CAP} 项，合计数仍为全部`,
      message_en: `some lists show the first ${REPORT_ITEM_CAP} rows; totals cover everything`,
    });
  return warnings;
}
