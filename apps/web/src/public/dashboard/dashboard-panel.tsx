import { corridorStatus, dangerGrade, phase, restorationState, zoneStatus } from "@lianpian/domain";
import { useMemo } from "react";
import { useText } from "../../platform/use-text.ts";
import type { Dashboard } from "../public-api.ts";
import type { PublicChart } from "../url-state.ts";
import { ChartCard } from "./chart-card.tsx";
import { chartText } from "./chart-messages.ts";
import { hazardsOption, zonesOption } from "./charts/counts-charts.ts";
import { greenOption, greenRows, targetWhere } from "./charts/green-mines-chart.ts";
import { subsidenceOption, subsidenceRows } from "./charts/subsidence-chart.ts";
import { swcOption, swcRows } from "./charts/swc-chart.ts";
import { HazardKpi, SubsidenceKpi } from "./kpis.tsx";
import { OtherPlansCards, RegistersCards } from "./registers-cards.tsx";

export interface DashboardPanelProps {
  data: Dashboard;
  /** Only this chart (an embed); all when null. */
  only: PublicChart | null;
}

const fmt = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The dashboards, each chart beside its sources; numbers come from the API, never typed in. */
export function DashboardPanel({ data, only }: DashboardPanelProps) {
  const { t, locale } = useText(chartText);
  const show = (chart: PublicChart) => only === null || only === chart;
  const options = useMemo(
    () => ({
      subsidence: subsidenceOption(data.subsidence, data.year, locale),
      swc: swcOption(data.swc, locale),
      green: greenOption(data.green_mines, locale),
      zones: zonesOption(data.zones, locale),
      hazards: hazardsOption(data.hazards, locale),
    }),
    [data, locale],
  );
  const s = data.subsidence;
  const swcFigures = data.swc.rows.flatMap((r) =>
    r.targets.map((t) => ({
      ...t,
      source_detail: null,
      region_code: r.code,
      region_name_zh: r.name_zh,
      region_name_en: r.name_en,
      indicator: "swc_rate",
      kind: "target",
      unit: "percent",
      period_start: null,
    })),
  );

  return (
    <div className="lp-pub-cards" data-testid="dashboards">
      {show("subsidence") && (
        <ChartCard
          id="subsidence"
          title={t("subsidenceTitle")}
          option={options.subsidence}
          figures={s.plan}
          demo={s.demo}
          table={{
            columns: [t("yearMark"), t("treatedDemo"), t("plannedDemo"), t("planReal")],
            rows: subsidenceRows(s).map((r) => [r.year, r.treatedWanMu, r.plannedWanMu, r.planRealWanMu]),
          }}
          kpi={<SubsidenceKpi data={data} />}
        />
      )}
      {show("swc") && (
        <ChartCard
          id="swc"
          title={t("swcTitle")}
          option={options.swc}
          figures={swcFigures}
          demo={data.swc.rows.some((r) => r.demo)}
          table={{
            columns: ["", t("nowDemo"), t("target2025"), t("target2035")],
            rows: swcRows(data.swc, locale).map((r) => [r.name, r.now, r.target2025, r.target2035]),
          }}
        />
      )}
      {show("green") && (
        <ChartCard
          id="green"
          title={t("greenTitle")}
          option={options.green}
          figures={data.green_mines.targets}
          demo={data.green_mines.demo}
          table={{
            columns: ["", "n", t("rateDemo"), t("targetReal"), t("targetRegion")],
            rows: greenRows(data.green_mines, locale).map((r) => [
              r.name,
              `${r.green}/${r.producing}`,
              r.ratePct,
              r.target?.value ?? null,
              r.target ? targetWhere(r.target, locale) : null,
            ]),
          }}
        />
      )}
      {show("zones") && (
        <ChartCard
          id="zones"
          title={t("zonesTitle")}
          option={options.zones}
          figures={[]}
          demo={data.zones.demo}
          table={{
            columns: [t("status"), t("phase"), t("zonesCount"), t("hectares")],
            rows: data.zones.by_status_phase.map((r) => [
              zoneStatus.has(r.status) ? zoneStatus.labels[r.status][locale] : r.status,
              phase.has(r.phase) ? phase.labels[r.phase][locale] : r.phase,
              r.zones,
              fmt(r.area_m2 / 10000, 1),
            ]),
          }}
        />
      )}
      {show("hazards") && (
        <ChartCard
          id="hazards"
          title={t("hazardsTitle")}
          option={options.hazards}
          figures={data.hazards.reference}
          demo={data.hazards.demo}
          kpi={<HazardKpi hazards={data.hazards} />}
          table={{
            columns: ["", t("points"), t("threatenedPeople")],
            rows: data.hazards.by_grade.map((r) => [
              dangerGrade.has(r.grade) ? dangerGrade.labels[r.grade][locale] : r.grade,
              r.points,
              r.threatened_people,
            ]),
          }}
        />
      )}
      {only === null && <RegistersCards data={data} />}
      {only === null && (
        <ChartCard
          id="restoration"
          title={t("restorationTitle")}
          option={null}
          figures={[]}
          demo={data.restoration.demo}
          table={{
            columns: ["", t("count"), t("haOrKm")],
            rows: [
              ...data.restoration.pits.map((r) => [
                `${t("pitsByState")} · ${restorationState.has(r.state) ? restorationState.labels[r.state][locale] : r.state}`,
                r.pits,
                fmt(r.area_m2 / 10000, 1),
              ]),
              ...data.restoration.corridors.map((r) => [
                `${t("corridorsByStatus")} · ${corridorStatus.has(r.status) ? corridorStatus.labels[r.status][locale] : r.status}`,
                r.corridors,
                fmt(r.length_m / 1000, 1),
              ]),
            ],
          }}
        />
      )}
      {only === null && <OtherPlansCards data={data} />}
    </div>
  );
}
