import {
  implementationMode,
  phase,
  taskKind,
  type Zone,
  type ZoneReport,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import { useEffect, useMemo, useState } from "react";
import { call } from "../../platform/api-client.ts";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { ZoneReportPanel } from "../panels/zone-report-panel.tsx";
import { areaFull, areaText, pct } from "../plan-format.ts";
import { fitScale, frameSize, PX_PER_MM, zoomForScale } from "./print-layout.ts";
import type { PrintView } from "./print-map.tsx";
import { PageStyle, PrintControls, printableWidth, SignatureBlock, usePrintChoice } from "./print-setup.tsx";
import { PrintSheet } from "./print-sheet.tsx";
import { ZonePrintCorners } from "./zone-print-corners.tsx";
import { ZonePrintDecisions } from "./zone-print-decisions.tsx";

/**
 * A print-ready zone report on A4 or A3, portrait or landscape: the map at a
 * chosen 1:N (fitted to the zone by default) with its grid, scale bar, north
 * arrow and legend, then attributes, report tables, fund shares, tasks,
 * yearly plan, decisions, corner table and the signature block; page numbers
 * in the page margin.
 */
export function ZonePrint({ zoneId }: { zoneId: number }) {
  const { t, label, locale } = usePlanText();
  const [zone, setZone] = useState<Zone | null>(null);
  const [report, setReport] = useState<ZoneReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = usePrintChoice();
  const [reviewNumber, setReviewNumber] = useState<string | null>(null);

  useEffect(() => {
    call<{ map_review_number: string | null }>("GET", "/api/settings/public").then(
      (s) => setReviewNumber(s.map_review_number),
      () => setReviewNumber(null),
    );
  }, []);

  useEffect(() => {
    Promise.all([planApi.zone(zoneId), planApi.zoneReport(zoneId)]).then(
      ([z, r]) => {
        setZone(z);
        setReport(r);
      },
      (e) => setError(String(e)),
    );
  }, [zoneId]);

  const bbox = useMemo(() => {
    if (!zone) return null;
    const pts = zone.geometry.coordinates.flat(2) as unknown as [number, number][];
    const xs = pts.map((pt) => pt[0]);
    const ys = pts.map((pt) => pt[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [
      number,
      number,
      number,
      number,
    ];
  }, [zone]);

  const layout = useMemo(() => {
    if (!bbox) return null;
    const frame = frameSize(choice.paper, choice.orientation);
    const center: [number, number] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
    const groundWidth = (bbox[2] - bbox[0]) * 111_320 * Math.cos((center[1] * Math.PI) / 180);
    const fitted = fitScale(groundWidth, (bbox[3] - bbox[1]) * 110_574, frame);
    const scale = choice.scale ?? fitted;
    const view: PrintView = {
      center,
      zoom: zoomForScale(scale, center[1]),
      width: Math.round(frame[0] * PX_PER_MM),
      height: Math.round(frame[1] * PX_PER_MM),
    };
    return { fitted, scale, view };
  }, [bbox, choice]);

  if (error) return <main className="lp-print">{error}</main>;
  if (!zone || !report || !layout) return <main className="lp-print">…</main>;
  return (
    <main className="lp-print" data-testid="zone-print" style={{ maxWidth: `${printableWidth(choice)}mm` }}>
      <PageStyle choice={choice} locale={locale} />
      <div className="lp-print-actions">
        <PrintControls choice={choice} onChange={setChoice} fitted={layout.fitted} locale={locale} />
        <button type="button" onClick={() => window.print()}>
          {t("print")}
        </button>
      </div>
      <h1>
        {t("printTitle")}：{zone.name_zh}
      </h1>
      <p>
        {t("code")} {zone.code} · {label(zoneType, zone.zone_type)} · {label(phase, zone.phase)} ·{" "}
        {label(zoneStatus, zone.status)} · {t("version")} {zone.version} · {t("printedAt")}{" "}
        {new Date().toLocaleString("zh-CN")}
      </p>
      <p>
        {t("area")} {areaFull(zone.area_m2, locale)} · {t("mode")}{" "}
        {zone.implementation_mode ? label(implementationMode, zone.implementation_mode) : "—"} · {t("budget")}{" "}
        {zone.budget_wan ?? "—"}
      </p>
      <PrintSheet
        outline={zone.geometry}
        view={layout.view}
        scale={layout.scale}
        reviewNumber={reviewNumber}
        visibility={choice.visibility}
        locale={locale}
      />
      <h2>{t("fundShares")}</h2>
      <table className="lp-plan-table">
        <tbody>
          {(zone.parties.length > 0 ? zone.parties : report.fund_shares.parties).map((party) => (
            <tr key={party.company_id ?? "gov"}>
              <td>{party.company_name}</td>
              <td>{pct(party.share_pct, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {zone.tasks.length > 0 && (
        <>
          <h2>{t("tasks")}</h2>
          <table className="lp-plan-table">
            <tbody>
              {zone.tasks.map((t) => (
                <tr key={t.task_kind}>
                  <td>{label(taskKind, t.task_kind)}</td>
                  <td>{t.lead_unit}</td>
                  <td>{t.planned_area_m2 ? areaText(t.planned_area_m2, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {zone.yearly.length > 0 && (
        <>
          <h2>{t("yearly")}</h2>
          <table className="lp-plan-table">
            <tbody>
              {zone.yearly.map((y) => (
                <tr key={y.year}>
                  <td>{y.year}</td>
                  <td>{areaText(y.planned_area_m2, locale)}</td>
                  <td>{areaText(y.done_area_m2, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ZonePrintDecisions zoneId={zone.id} />
      <ZoneReportPanel report={report} />
      <ZonePrintCorners zoneId={zone.id} />
      <SignatureBlock locale={locale} />
    </main>
  );
}
