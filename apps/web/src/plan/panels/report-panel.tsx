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
export function ReportPanel({ report }: { report: ZoneReport }) {
  const { p, label, locale } = usePlanText();
  const none = <p className="lp-plan-muted">{p("none")}</p>;
  return (
    <section className="lp-plan-report" data-testid="zone-report">
      <h3>{p("report")}</h3>
      {report.warnings.length > 0 && (
        <ul className="lp-plan-warnings" data-testid="report-warnings">
          {report.warnings.map((w) => (
            <li key={w.code}>{locale === "zh" ? w.message_zh : w.message_en}</li>
          ))}
        </ul>
      )}
      <dl className="lp-plan-facts">
        <dt>{p("area")}</dt>
        <dd data-testid="report-area-mu">{areaFull(report.area.m2, locale)}</dd>
        <dt>{p("counties")}</dt>
        <dd>
          {report.counties.map((c) => `${c.name_zh}（${areaText(c.area_m2, locale)}）`).join("、") ||
            p("none")}
        </dd>
        <dt>{p("hazards")}</dt>
        <dd data-testid="report-hazard-count">
          {report.hazards.count} · {p("threatenedPeople")} {int(report.hazards.threatened_people, locale)} ·{" "}
          {p("threatenedHouseholds")} {int(report.hazards.threatened_households, locale)}
        </dd>
        <dt>{p("villages")}</dt>
        <dd>
          {report.villages.count} · {p("population")} {int(report.villages.population, locale)}
        </dd>
        <dt>{p("nearestHsr")}</dt>
        <dd>{lengthText(report.nearest.high_speed_rail?.distance_m, locale)}</dd>
        <dt>{p("nearestExpressway")}</dt>
        <dd>{lengthText(report.nearest.expressway?.distance_m, locale)}</dd>
      </dl>

      <h4>{p("mines")}</h4>
      {report.mines.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table" data-testid="report-mines">
          <thead>
            <tr>
              <th>{p("name")}</th>
              <th>{p("company")}</th>
              <th>{p("status")}</th>
              <th>{p("mineral")}</th>
              <th>{p("disposition")}</th>
              <th>{p("overlap")}</th>
              <th>{p("shareOfMine")}</th>
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
                <td>{areaText(m.overlap_m2, locale)}</td>
                <td>{pct(m.share_of_mine_pct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{p("subsidence")}</h4>
      {report.subsidence.by_status.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table">
          <tbody>
            {report.subsidence.by_status.map((s) => (
              <tr key={s.status}>
                <td>{label(subsidenceStatus, s.status)}</td>
                <td>{s.count}</td>
                <td>{areaText(s.area_m2, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{p("hazards")}</h4>
      {report.hazards.by_type_grade.length === 0 ? (
        none
      ) : (
        <table className="lp-plan-table" data-testid="report-hazards">
          <tbody>
            {report.hazards.by_type_grade.map((h) => (
              <tr key={`${h.hazard_type}/${h.danger_grade}`}>
                <td>{label(hazardType, h.hazard_type)}</td>
                <td>{label(dangerGrade, h.danger_grade)}</td>
                <td>{h.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{p("corridors")}</h4>
      {report.corridors.length === 0
        ? none
        : report.corridors.map((c) => (
            <p key={c.corridor_type}>
              {label(corridorType, c.corridor_type)}：{lengthText(c.length_m, locale)}
            </p>
          ))}

      <h4>{p("protectedAreas")}</h4>
      {report.protected_areas.length === 0
        ? none
        : report.protected_areas.map((a) => (
            <p key={a.id} className="lp-plan-warn">
              {a.name_zh}：{areaText(a.overlap_m2, locale)}
            </p>
          ))}
      {report.other_zones.length > 0 && (
        <>
          <h4>{p("otherZones")}</h4>
          {report.other_zones.map((z) => (
            <p key={z.id}>
              {z.code} {z.name_zh}：{areaText(z.overlap_m2, locale)}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
