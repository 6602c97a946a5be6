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
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaFull, areaText, int, lengthText, pct } from "../plan-format.ts";

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
      {report.mines.length === 0 ? (
        none
      ) : (
        <div className="lp-plan-table-wrap">
          <table className="lp-plan-table" data-testid="report-mines">
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("company")}</th>
                <th>{t("status")}</th>
                <th>{t("mineral")}</th>
                <th>{t("disposition")}</th>
                <th className="lp-plan-num">{t("overlap")}</th>
                <th className="lp-plan-num">{t("shareOfMine")}</th>
              </tr>
            </thead>
            <tbody>
              {report.mines.map((m) => (
                <tr key={m.id}>
                  <td>{m.mine_name}</td>
                  <td>{m.company_name ?? "—"}</td>
                  <td>{label(mineStatus, m.status)}</td>
                  <td>{label(mineral, m.mineral)}</td>
                  <td>{m.disposition ? label(disposition, m.disposition) : "—"}</td>
                  <td className="lp-plan-num">{areaText(m.overlap_m2, locale)}</td>
                  <td className="lp-plan-num">{pct(m.share_of_mine_pct)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4>{t("subsidence")}</h4>
      {report.subsidence.by_status.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table" data-testid="report-subsidence">
          <thead>
            <tr>
              <th>{t("status")}</th>
              <th className="lp-plan-num">{t("count")}</th>
              <th className="lp-plan-num">{t("area")}</th>
            </tr>
          </thead>
          <tbody>
            {report.subsidence.by_status.map((s) => (
              <tr key={s.status}>
                <td>{label(subsidenceStatus, s.status)}</td>
                <td className="lp-plan-num">{s.count}</td>
                <td className="lp-plan-num">{areaText(s.area_m2, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{t("hazards")}</h4>
      {report.hazards.by_type_grade.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table" data-testid="report-hazards">
          <thead>
            <tr>
              <th>{t("hazardType")}</th>
              <th>{t("dangerGrade")}</th>
              <th className="lp-plan-num">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {report.hazards.by_type_grade.map((h) => (
              <tr key={`${h.hazard_type}/${h.danger_grade}`}>
                <td>{label(hazardType, h.hazard_type)}</td>
                <td>{label(dangerGrade, h.danger_grade)}</td>
                <td className="lp-plan-num">{h.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{t("corridors")}</h4>
      {report.corridors.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table" data-testid="report-corridors">
          <thead>
            <tr>
              <th>{t("corridorType")}</th>
              <th className="lp-plan-num">{t("length")}</th>
            </tr>
          </thead>
          <tbody>
            {report.corridors.map((c) => (
              <tr key={c.corridor_type}>
                <td>{label(corridorType, c.corridor_type)}</td>
                <td className="lp-plan-num">{lengthText(c.length_m, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{t("protectedAreas")}</h4>
      {report.protected_areas.length === 0 ? (
        none
      ) : (
        <OverlapTable
          rows={report.protected_areas.map((a) => ({ key: a.id, name: a.name_zh, m2: a.overlap_m2 }))}
          warn
        />
      )}
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
function OverlapTable({ rows, warn }: { rows: { key: number; name: string; m2: number }[]; warn?: boolean }) {
  const { t, locale } = usePlanText();
  return (
    <table className={warn ? "lp-plan-table lp-plan-warn" : "lp-plan-table"}>
      <thead>
        <tr>
          <th>{t("name")}</th>
          <th className="lp-plan-num">{t("overlap")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.name}</td>
            <td className="lp-plan-num">{areaText(r.m2, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
