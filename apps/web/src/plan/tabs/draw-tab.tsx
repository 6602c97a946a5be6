import type { ZoneStatus } from "@lianpian/domain";
import { visibilityParam } from "../../map/layer-catalog.ts";
import { planApi } from "../api/plan-api.ts";
import { SelectionExport } from "../data-io/selection-export.tsx";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { DrawToolbar } from "../panels/draw-toolbar.tsx";
import { FundSharesPanel } from "../panels/fund-shares-panel.tsx";
import { HistoryPanel } from "../panels/history-panel.tsx";
import { SelectionPanel } from "../panels/selection-panel.tsx";
import { ZoneConflictPanel } from "../panels/zone-conflict-panel.tsx";
import { ZoneDecisionPanel } from "../panels/zone-decision-panel.tsx";
import { ZoneForm } from "../panels/zone-form.tsx";
import { ZoneReportPanel } from "../panels/zone-report-panel.tsx";
import { usePlanner } from "../planner-context.ts";

/** 绘制与分析: the drawing tools, the selection, the zone's form and decisions, its report and history. */
export function DrawTab() {
  const { t } = usePlanText();
  const { user, session, drawing, report, selection, setSelection, fail, setNotice, exporter, visibility } =
    usePlanner();
  const { outline, zone } = session;
  return (
    <>
      <DrawToolbar
        tool={drawing.tool}
        liveAreaM2={drawing.liveArea}
        outline={outline}
        problem={drawing.problem}
        canUndo={drawing.history.undo}
        canRedo={drawing.history.redo}
        onTool={drawing.setTool}
        onUndo={drawing.undo}
        onRedo={drawing.redo}
        onClear={drawing.clear}
      />
      <SelectionPanel
        selection={selection}
        outline={outline}
        onClear={() => setSelection([])}
        onResult={(r) => {
          // an operation that went through clears the last notice (a refusal it may have followed)
          setNotice(null);
          session.showOutline(r.geometry);
        }}
        onError={fail}
      />
      <SelectionExport selection={selection} onExport={exporter.open} />
      <ZoneForm
        draft={session.draft}
        zone={zone}
        canSave={Boolean(outline)}
        refusal={session.refusal}
        onChange={session.setDraft}
        onSave={session.save}
        onStatus={(s: ZoneStatus) => session.zoneCall((z) => planApi.setStatus(z.id, z.version, s))}
        onDelete={session.remove}
      />
      {session.conflict && (
        <ZoneConflictPanel
          conflict={session.conflict}
          draft={session.draft}
          outline={outline}
          onKeepMine={session.keepMine}
          onTakeTheirs={session.takeTheirs}
        />
      )}
      {zone && (
        <ZoneDecisionPanel zone={zone} user={user} onChanged={(z) => session.zoneCall(async () => z)} />
      )}
      {zone && (
        <div className="lp-plan-row">
          <button
            type="button"
            data-testid="zone-export"
            onClick={() => exporter.open({ kind: "zone", zoneId: zone.id }, `${zone.code} ${zone.name_zh}`)}
          >
            {t("ioExport")}
          </button>
          <a
            href={`/plan?print=${zone.id}&layers=${visibilityParam(visibility)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t("print")}
          </a>
        </div>
      )}
      {report.state === "loading" && <p className="lp-plan-muted">{t("reportLoading")}</p>}
      {report.state === "error" && <p className="lp-plan-warn">{String((report.error as Error).message)}</p>}
      {report.state === "ok" && (
        <>
          <ZoneReportPanel report={report.report} />
          <FundSharesPanel computed={report.report.fund_shares} zone={zone} onSave={session.saveShares} />
        </>
      )}
      {zone && (
        <HistoryPanel
          zone={zone}
          onCompare={session.setCompare}
          onRevert={(to) => session.zoneCall((z) => planApi.revert(z.id, z.version, to))}
        />
      )}
    </>
  );
}
