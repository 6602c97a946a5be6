import {
  corridorType,
  dangerGrade,
  disposition,
  hazardType,
  mineral,
  mineStatus,
  subsidenceStatus,
  type ZoneReport,
} from "@lianpian/domain";
import type { ReactNode } from "react";
import { DataTable } from "../../platform/data-table.tsx";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaFull, areaText, int, lengthText, NUM, pct } from "../plan-format.ts";

/** The zone report: what an outline contains, as PostGIS measured it. */
export function ZoneReportPanel({ report }: { report: ZoneReport }) {
  const { t, label, locale } = usePlanText();
  const none = <p className="lp-plan-muted">{t("none")}</p>;
  return (
    <section className="lp-plan-report" data-testid="zone-report">
      <h3>{t("report")}</h3>
      {report.warnings.length > 0 && (
        <ul className="lp-plan-warnings" data-testid="report-warnings">
          {report.warnings.map((w) => (
            <li key={w.code}>{locale === "zh" ? w.message_zh : w.message_en}</li>
          ))}
        </ul>
      )}
      <dl className="lp-plan-facts">
        <dt>{t("area")}</dt>
        <dd data-testid="report-area-mu" data-m2={report.area.m2}>
          {areaFull(report.area.m2, locale)}
        </dd>
        <dt>{t("counties")}</dt>
        <dd>
          {report.counties.map((c) => `${c.name_zh}（${areaText(c.area_m2, locale)}）`).join("、") ||
            t("none")}
        </dd>
        <dt>{t("hazards")}</dt>
        <dd data-testid="report-hazard-count">
          {report.hazards.count} · {t("threatenedPeople")} {int(report.hazards.threatened_people, locale)} ·{" "}
          {t("threatenedHouseholds")} {int(report.hazards.threatened_households, locale)}
        </dd>
        <dt>{t("villages")}</dt>
        <dd>
          {report.villages.count} · {t("population")} {int(report.villages.population, locale)}
        </dd>
        <dt>{t("nearestHsr")}</dt>
        <dd>{lengthText(report.nearest.high_speed_rail?.distance_m, locale)}</dd>
        <dt>{t("nearestExpressway")}</dt>
        <dd>{lengthText(report.nearest.expressway?.distance_m, locale)}</dd>
      </dl>

      <h4>{t("mines")}</h4>
      <div className="lp-plan-table-wrap">
        <DataTable
          empty={none}
          className="lp-plan-table"
          data-testid="report-mines"
          rows={report.mines}
          rowKey={(m) => m.id}
          columns={[
            { head: t("name"), cell: (m) => m.mine_name },
            { head: t("company"), cell: (m) => m.company_name ?? "—" },
            { head: t("status"), cell: (m) => label(mineStatus, m.status) },
            { head: t("mineral"), cell: (m) => label(mineral, m.mineral) },
            {
              head: t("disposition"),
              cell: (m) => (m.disposition ? label(disposition, m.disposition) : "—"),
            },
            { head: t("overlap"), cell: (m) => areaText(m.overlap_m2, locale), className: NUM },
            { head: t("shareOfMine"), cell: (m) => pct(m.share_of_mine_pct), className: NUM },
          ]}
        />
      </div>

      <h4>{t("subsidence")}</h4>
      <DataTable
        empty={none}
        className="lp-plan-table"
        data-testid="report-subsidence"
        rows={report.subsidence.by_status}
        rowKey={(s) => s.status}
        columns={[
          { head: t("status"), cell: (s) => label(subsidenceStatus, s.status) },
          { head: t("count"), cell: (s) => s.count, className: NUM },
          { head: t("area"), cell: (s) => areaText(s.area_m2, locale), className: NUM },
        ]}
      />

      <h4>{t("hazards")}</h4>
      <DataTable
        empty={none}
        className="lp-plan-table"
        data-testid="report-hazards"
        rows={report.hazards.by_type_grade}
        rowKey={(h) => `${h.hazard_type}/${h.danger_grade}`}
        columns={[
          { head: t("hazardType"), cell: (h) => label(hazardType, h.hazard_type) },
          { head: t("dangerGrade"), cell: (h) => label(dangerGrade, h.danger_grade) },
          { head: t("count"), cell: (h) => h.count, className: NUM },
        ]}
      />

      <h4>{t("corridors")}</h4>
      <DataTable
        empty={none}
        className="lp-plan-table"
        data-testid="report-corridors"
        rows={report.corridors}
        rowKey={(c) => c.corridor_type}
        columns={[
          { head: t("corridorType"), cell: (c) => label(corridorType, c.corridor_type) },
          { head: t("length"), cell: (c) => lengthText(c.length_m, locale), className: NUM },
        ]}
      />

      <h4>{t("protectedAreas")}</h4>
      <OverlapTable
        rows={report.protected_areas.map((a) => ({ key: a.id, name: a.name_zh, m2: a.overlap_m2 }))}
        empty={none}
        warn
      />
      {report.other_zones.length > 0 && (
        <>
          <h4>{t("otherZones")}</h4>
          <OverlapTable
            rows={report.other_zones.map((z) => ({
              key: z.id,
              name: `${z.code} ${z.name_zh}`,
              m2: z.overlap_m2,
            }))}
          />
        </>
      )}
    </section>
  );
}

/** Named areas the outline overlaps, with the overlap. */
function OverlapTable({
  rows,
  empty,
  warn,
}: {
  rows: { key: number; name: string; m2: number }[];
  empty?: ReactNode;
  warn?: boolean;
}) {
  const { t, locale } = usePlanText();
  return (
    <DataTable
      className={warn ? "lp-plan-table lp-plan-warn" : "lp-plan-table"}
      empty={empty}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { head: t("name"), cell: (r) => r.name },
        { head: t("overlap"), cell: (r) => areaText(r.m2, locale), className: NUM },
      ]}
    />
  );
}
