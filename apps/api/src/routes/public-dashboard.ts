import {
  type AreaFilter,
  type Database,
  greenMines,
  hazardsSummary,
  listPlanRegionLinks,
  listPlanTargets,
  type PlanTargetRow,
  restorationSummary,
  subsidenceByYear,
  swcRates,
  zonesSummary,
} from "@lianpian/db";
import type { DashboardReply } from "@lianpian/domain";
import { figureBelongsTo, HOME_CITY_CODE, isDemoSource, PLAN_YEARS } from "@lianpian/domain";
import type { Kysely } from "kysely";
import { buildRegisters } from "./public-registers.ts";

/** A rate in % to two decimals, or null when there is nothing to divide by. */
function ratePct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 100 : null;
}

const demo = (sources: readonly (string | null)[]) => sources.some((s) => isDemoSource(s));

const figure = (t: PlanTargetRow) => ({ ...t, source_detail: t.source_detail ?? null });

/**
 * Every dashboard of the public page, computed from the database for one
 * county (or all, or another plan's city such as Changzhi) as at the end of
 * `year`; plan figures come from plan_targets, paired with the region shown
 * (figuresForRegion: a plan's figures only on its own region's charts, the
 * rest under other_plans), actuals from the data, each flagged real or demo.
 */
export async function buildDashboard(
  db: Kysely<Database>,
  filter: AreaFilter,
  year: number,
  county: DashboardReply["county"],
): Promise<DashboardReply> {
  const [subsidence, swc, green, zones, hazards, restoration, allTargets, regions] = await Promise.all([
    subsidenceByYear(db, filter, PLAN_YEARS),
    swcRates(db, filter),
    greenMines(db, filter, year, PLAN_YEARS),
    zonesSummary(db, filter, PLAN_YEARS),
    hazardsSummary(db, filter),
    restorationSummary(db, filter),
    listPlanTargets(db),
    listPlanRegionLinks(db),
  ]);
  const shown = county?.code ?? HOME_CITY_CODE;
  const ours = (t: PlanTargetRow) => figureBelongsTo(t.region_code, shown, regions);
  const targets = allTargets.filter(ours);
  const topOf = (code: string): string => {
    const parent = regions.find((r) => r.code === code)?.parent_code;
    return parent ? topOf(parent) : code;
  };
  const others = new Map<string, PlanTargetRow[]>();
  for (const t of allTargets.filter((x) => !ours(x))) {
    const top = topOf(t.region_code);
    others.set(top, [...(others.get(top) ?? []), t]);
  }
  const of = (...indicators: string[]) => targets.filter((t) => indicators.includes(t.indicator)).map(figure);
  const producingAll = green.by_scale.find((r) => r.scale_class === "all")?.producing ?? 0;
  const treatedInSeries = subsidence.years
    .filter((y) => y.year <= year)
    .reduce((s, y) => s + y.treated_m2, 0);
  const registers = await buildRegisters(
    db,
    filter.county,
    year,
    of("green_mine_rate", "swc_rate"),
    demo(green.data_sources),
  );
  return {
    year,
    county,
    ...registers,
    other_plans: [...others].map(([code, figures]) => {
      const city = allTargets.find((t) => t.region_code === code) ?? figures[0];
      return {
        region: { code, name_zh: city?.region_name_zh ?? code, name_en: city?.region_name_en ?? code },
        figures: figures.map(figure),
      };
    }),
    subsidence: {
      demo: demo(subsidence.data_sources),
      data_sources: subsidence.data_sources,
      years: subsidence.years,
      treated_before_m2: subsidence.treated_before_m2,
      treated_by_year_m2: subsidence.treated_before_m2 + treatedInSeries,
      total_m2: subsidence.total_m2,
      area_count: subsidence.area_count,
      plan: of("subsidence_treated_area", "subsidence_treated_spend"),
    },
    swc: {
      rows: swc.map((r) => ({
        code: r.code,
        name_zh: r.name_zh,
        name_en: r.name_en,
        level: r.level,
        rate_now: r.rate_now,
        rate_now_year: r.rate_now_year,
        demo: r.rate_now !== null && isDemoSource(r.data_source),
        targets: r.targets,
      })),
    },
    green_mines: {
      demo: demo(green.data_sources),
      data_sources: green.data_sources,
      by_scale: green.by_scale.map((r) => ({ ...r, rate_pct: ratePct(r.green, r.producing) })),
      by_year: green.by_year.map((r) => ({ ...r, rate_pct: ratePct(r.green, producingAll) })),
      targets: of(
        "green_mine_rate",
        "green_mine_rate_large",
        "green_mine_rate_medium",
        "green_mine_count",
        "focus_mines",
        "green_mines_listed",
        "green_mines_submitted",
      ),
    },
    zones: { demo: demo(zones.data_sources), ...zones },
    hazards: {
      demo: demo(hazards.data_sources),
      ...hazards,
      reference: of("hazard_points", "hazard_threatened_people"),
    },
    restoration: { demo: demo(restoration.data_sources), ...restoration },
  };
}
