import {
  checkDamsByConditionRisk,
  type Database,
  greenMineRatesByCounty,
  type PlanTargetRow,
  swcRatesByCounty,
} from "@lianpian/db";
import type { DashboardReply } from "@lianpian/domain";
import { isDemoSource, JINCHENG_COUNTIES } from "@lianpian/domain";
import type { Kysely } from "kysely";

type Figure = DashboardReply["green_by_county"]["goal"];

const nameOf = (code: string) => {
  const c = JINCHENG_COUNTIES.find((x) => x.code === code);
  return { name_zh: c?.nameZh ?? code, name_en: c?.nameEn ?? code };
};

/**
 * The Jincheng soil-and-water plan's registers for the public dashboards:
 * each county's soil-and-water-conservation rate by year (the last one by
 * the end of `year`), the green-mine rate per county beside the city's 36 %
 * goal, and the check dams by condition and risk. `county` is the county
 * shown (null: all); `figures` are the plan figures paired with the region
 * shown, so another city's plan never lands here.
 */
export async function buildRegisters(
  db: Kysely<Database>,
  county: string | null,
  year: number,
  figures: readonly NonNullable<Figure>[],
  greenDemo: boolean,
): Promise<Pick<DashboardReply, "swc_by_year" | "green_by_county" | "check_dams">> {
  const [swc, green, dams] = await Promise.all([
    swcRatesByCounty(db),
    greenMineRatesByCounty(db, year),
    checkDamsByConditionRisk(db, county),
  ]);
  const shown = (code: string) => county === null || code === county;
  const paired = new Set(figures.map((f) => f.region_code));
  const goal = figures.find((f) => f.indicator === "green_mine_rate" && f.year === 2025) ?? null;
  const basis = (row: Pick<PlanTargetRow, "source_document"> | null) => row?.source_document ?? null;
  return {
    swc_by_year: swc
      .filter((r) => shown(r.county_code) && paired.has(r.county_code))
      .map((r) => {
        const upTo = r.records.filter((x) => x.year <= year);
        return {
          code: r.county_code,
          ...nameOf(r.county_code),
          records: r.records,
          rate_at_year: upTo.at(-1) ?? null,
          target_2025: r.target_2025,
          target_2035: r.target_2035,
          source_document: r.source_document,
        };
      }),
    green_by_county: {
      year,
      demo: greenDemo,
      counties: green.counties
        .filter((c) => shown(c.county_code))
        .map((c) => ({ code: c.county_code, ...nameOf(c.county_code), ...c })),
      goal,
      source_document: basis(goal),
    },
    check_dams: {
      demo: dams.some((d) => d.data_sources.some((s) => isDemoSource(s))),
      data_sources: [...new Set(dams.flatMap((d) => d.data_sources))].sort(),
      by_condition_risk: dams.map(({ data_sources: _, ...d }) => d),
      // the register is the Jincheng plan's ask: its document, when the region shown is under that plan
      source_document: basis(figures.find((f) => f.indicator === "swc_rate") ?? null),
    },
  };
}
