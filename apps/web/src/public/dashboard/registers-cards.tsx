import { useMemo } from "react";
import { useText } from "../../platform/use-text.ts";
import type { Dashboard, PlanFigure } from "../public-api.ts";
import { ChartCard } from "./chart-card.tsx";
import { chartText } from "./chart-messages.ts";
import {
  checkDamsOption,
  checkDamsRows,
  greenCountiesOption,
  swcYearsOption,
  swcYearsRows,
} from "./charts/registers-charts.ts";

/** The swc targets of the rows as plan figures, so the card's source note names their document. */
function swcFigures(rows: Dashboard["swc_by_year"]): PlanFigure[] {
  return rows.flatMap((r) =>
    (
      [
        [2025, r.target_2025],
        [2035, r.target_2035],
      ] as const
    ).flatMap(([year, value]) =>
      value === null || r.source_document === null
        ? []
        : [
            {
              region_code: r.code,
              region_name_zh: r.name_zh,
              region_name_en: r.name_en,
              indicator: "swc_rate",
              year,
              kind: "target",
              value,
              unit: "percent",
              period_start: null,
              is_real: true,
              source_document: r.source_document,
              source_detail: null,
            },
          ],
    ),
  );
}

/**
 * The Jincheng soil-and-water plan's registers on the public page: the swc
 * rate per county by year against its targets, the green-mine rate per
 * county against the 36 % goal, and the check dams by condition and risk;
 * each card names the document it comes from. Shown when the region has them.
 */
export function RegistersCards({ data }: { data: Dashboard }) {
  const { t, locale } = useText(chartText);
  const options = useMemo(
    () => ({
      swc: swcYearsOption(data.swc_by_year, locale),
      green: greenCountiesOption(data.green_by_county, locale),
      dams: checkDamsOption(data.check_dams, locale),
    }),
    [data, locale],
  );
  const g = data.green_by_county;
  return (
    <>
      {data.swc_by_year.length > 0 && (
        <ChartCard
          id="swc-years"
          title={t("swcYearsTitle")}
          option={options.swc}
          figures={swcFigures(data.swc_by_year)}
          demo={true}
          table={{
            columns: ["", t("recordsDemo"), t("rateAtYear"), t("target2025"), t("target2035")],
            rows: swcYearsRows(data.swc_by_year, locale),
          }}
        />
      )}
      {g.counties.length > 0 && (
        <ChartCard
          id="green-counties"
          title={t("greenCountiesTitle")}
          option={options.green}
          figures={g.goal ? [g.goal] : []}
          basis={g.source_document}
          demo={g.demo}
          table={{
            columns: ["", t("producingGreen"), t("rateDemo")],
            rows: g.counties.map((c) => [
              locale === "zh" ? c.name_zh : c.name_en,
              `${c.green}/${c.producing}`,
              c.rate_pct,
            ]),
          }}
        />
      )}
      {data.check_dams.source_document && (
        <ChartCard
          id="check-dams"
          title={t("checkDamsTitle")}
          option={data.check_dams.by_condition_risk.length > 0 ? options.dams : null}
          figures={[]}
          basis={data.check_dams.source_document}
          demo={data.check_dams.demo}
          table={{ columns: ["", t("dams"), t("storage")], rows: checkDamsRows(data.check_dams, locale) }}
        />
      )}
    </>
  );
}

/** Plan figures of other regions (Changzhi's subsidence reply on Jincheng's page): a card of their own. */
export function OtherPlansCards({ data }: { data: Dashboard }) {
  const { t, locale } = useText(chartText);
  return (
    <>
      {data.other_plans.map((p) => (
        <ChartCard
          key={p.region.code}
          id={`plan-${p.region.code}`}
          title={`${locale === "zh" ? p.region.name_zh : p.region.name_en} · ${t("otherPlanTitle")}`}
          option={null}
          figures={p.figures}
          demo={false}
          table={{
            columns: [t("figure"), t("yearMark"), t("value")],
            rows: p.figures.map((f) => [`${f.source_detail ?? f.indicator}`, f.year, `${f.value} ${f.unit}`]),
          }}
        />
      ))}
    </>
  );
}
