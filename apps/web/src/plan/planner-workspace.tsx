import type { Proposal, ZoneStatus } from "@lianpian/domain";
import type { Point } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useCallback, useMemo, useState } from "react";
import { AlertsPanel } from "../alerts/alerts-panel.tsx";
import type { FeatureSelection } from "../map/feature-selection.ts";
import { defaultVisibility, type LayerGroupId, type Visibility } from "../map/layer-catalog.ts";
import type { MapStatus } from "../map/map-status.ts";
import { LayerPanel } from "../panels/layer-panel.tsx";
import { StatusBar } from "../panels/status-bar.tsx";
import { ApiFailure, type Polygonal, planApi, type User } from "./api/plan-api.ts";
import { BasemapSwitcher } from "./basemap/basemap-switcher.tsx";
import { layerTitle } from "./data-io/import-layers.ts";
import { ImportPanel } from "./data-io/import-panel.tsx";
import { SelectionExport } from "./data-io/selection-export.tsx";
import { useExportDialog } from "./data-io/use-export-dialog.tsx";
import type { DrawTool } from "./draw/draw-controller.ts";
import type { OutlineProblem } from "./draw/outline-check.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { type OverlayRole, overlayData } from "./map/plan-overlay.ts";
import { PlannerMap } from "./map/planner-map.tsx";
import { DrawToolbar } from "./panels/draw-toolbar.tsx";
import { FundSharesPanel } from "./panels/fund-shares-panel.tsx";
import { HistoryPanel } from "./panels/history-panel.tsx";
import { type BeatOnMap, MonitorsPanel } from "./panels/monitors-panel.tsx";
import { ProposalsPanel } from "./panels/proposals-panel.tsx";
import { ReportPanel } from "./panels/report-panel.tsx";
import { SelectionPanel } from "./panels/selection-panel.tsx";
import { ZoneDecisionPanel } from "./panels/zone-decision-panel.tsx";
import { ZoneForm } from "./panels/zone-form.tsx";
import { ZonesPanel } from "./panels/zones-panel.tsx";
import { openingTab } from "./planner-route.ts";
import {
  InspectionsReviewPanel,
  OpenAlertsBadge,
  REVIEW_TAB_LABEL,
} from "./review/inspections-review-panel.tsx";
import { RULES_TAB_LABEL, RulesPanel } from "./rules/rules-panel.tsx";
import { SearchBox } from "./search/search-box.tsx";
import {
  addAll,
  isSelectableLayer,
  nameOf,
  pick,
  renamed,
  type SelectedRef,
} from "./selection/selection-state.ts";
import { useDraftOutlines } from "./use-draft-outlines.ts";
import { useDrawController } from "./use-draw-controller.ts";
import { useOutlineReport } from "./use-outline-report.ts";
import { type Notice, useZoneSession } from "./use-zone-session.ts";
import { singlePolygon } from "./zone-outline.ts";

const TABS = ["draw", "zones", "proposals", "monitors", "alerts", "import", "review", "rules"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS = {
  draw: "tabDraw",
  zones: "tabZones",
  proposals: "tabProposals",
  monitors: "tabMonitors",
  alerts: "tabAlerts",
  import: "tabImport",
} as const satisfies Record<Exclude<Tab, "review" | "rules">, string>;

// Everything but the counties, which a lasso would nearly always touch.
const LASSO_LAYERS = [
  "mines",
  "subsidence",
  "hazards",
  "corridors",
  "villages",
  "zones",
  "protected_areas",
  "rivers",
  "transport",
];

const refOf = (s: FeatureSelection): SelectedRef | null => {
  if (!isSelectableLayer(s.layer)) return null;
  return { layer: s.layer, id: String(s.id), name: nameOf(s.properties, s.id) };
};

/** The planner's workspace: map with drawing, and the panels that work on the outline and the zone. */
export function PlannerWorkspace({ user, onLogout }: { user: User; onLogout(): void }) {
  const { p, t, locale } = usePlanText();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [visibility, setVisibility] = useState<Visibility>(defaultVisibility);
  const [status, setStatus] = useState<MapStatus>({ phase: "style" });
  const [tab, setTab] = useState<Tab>(() => openingTab(window.location.search, TABS, "draw"));
  const [tool, setToolState] = useState<DrawTool>("pick");
  const [liveArea, setLiveArea] = useState<number | null>(null);
  const [problem, setProblem] = useState<OutlineProblem | null>(null);
  const [undoRedo, setUndoRedo] = useState({ undo: false, redo: false });
  const [selection, setSelection] = useState<SelectedRef[]>([]);
  const [popup, setPopup] = useState<FeatureSelection | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [activeProposal, setActiveProposal] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [beat, setBeat] = useState<BeatOnMap | null>(null);
  // rows an import wrote or an undo took out: the map reloads the layers that moved
  const [dataWrites, setDataWrites] = useState(0);
  const exporter = useExportDialog();

  const fail = useCallback(
    (error: unknown) =>
      setNotice({ kind: "error", text: error instanceof ApiFailure ? error.text(locale) : String(error) }),
    [locale],
  );
  const draw = useDrawController(map, {
    onOutline: (o) => session.setOutline(o),
    onLiveArea: setLiveArea,
    onProblem: setProblem,
    onHistory: (undo, redo) => setUndoRedo({ undo, redo }),
    onLasso: (polygon) =>
      planApi.select(polygon, LASSO_LAYERS).then((r) => {
        const refs = r.features.filter((f) => isSelectableLayer(f.layer)) as SelectedRef[];
        setSelection((s) => addAll(s, refs));
      }, fail),
  });
  const session = useZoneSession(draw, setNotice, fail);
  const { outline, zone, compare } = session;
  const report = useOutlineReport(outline, zone?.id ?? null);

  const setTool = (next: DrawTool) => {
    setToolState(next);
    draw.current?.setTool(next);
    setPopup(null);
  };

  // the map reports the zones layer edited (a write here, or another planner's): the drafts follow
  const [zonesEdits, setZonesEdits] = useState(0);
  const onEdited = useCallback((layers: readonly string[]) => {
    if (layers.includes("zones")) setZonesEdits((n) => n + 1);
  }, []);
  const drafts = useDraftOutlines(zonesEdits, fail);
  const overlay = useMemo(() => {
    const items: { geometry: Polygonal | Point; role: OverlayRole }[] = [];
    // drafts first (underneath); the open one is on the map as the outline being edited
    for (const d of drafts) if (d.id !== zone?.id) items.push({ geometry: d.geometry, role: "draft" });
    if (outline && !singlePolygon(outline)) items.push({ geometry: outline, role: "result" });
    for (const [i, c] of proposals.entries())
      items.push({ geometry: c.geometry, role: i === activeProposal ? "proposal-active" : "proposal" });
    if (compare && zone) {
      items.push({ geometry: compare.geometry, role: "compare-old" });
      items.push({ geometry: zone.geometry, role: "compare-new" });
    }
    const ring = (role: OverlayRole) => (pt: { lng: number; lat: number }) => ({
      geometry: { type: "Point" as const, coordinates: [pt.lng, pt.lat] },
      role,
    });
    items.push(...(beat?.kept.map(ring("beat")) ?? []), ...(beat?.removing.map(ring("beat-removing")) ?? []));
    return overlayData(items);
  }, [drafts, outline, proposals, activeProposal, compare, zone, beat]);

  const onPick = useCallback(
    (s: FeatureSelection | null, additive: boolean) => {
      if (tool !== "pick") return;
      setPopup(s);
      setSelection((current) => pick(current, s ? refOf(s) : null, additive));
    },
    [tool],
  );

  // Low-zoom tiles carry no names: the popup's full record names what was picked there.
  const onRecord = useCallback((s: FeatureSelection, properties: Record<string, unknown>) => {
    const ref = refOf({ ...s, properties });
    if (ref) setSelection((current) => renamed(current, ref));
  }, []);

  return (
    <main className="lp-planner" data-testid="planner">
      <aside className={tab === "import" ? "lp-planner-side lp-planner-side-wide" : "lp-planner-side"}>
        <div className="lp-plan-row lp-planner-user">
          <span data-testid="planner-user">{user.display_name}</span>
          <button type="button" onClick={onLogout}>
            {p("logout")}
          </button>
        </div>
        <SearchBox map={map} locale={locale} />
        <BasemapSwitcher map={map} locale={locale} />
        <div className="lp-planner-tabs" role="tablist">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              data-tab={t}
              onClick={() => {
                setTab(t);
                // the monitors tab works by clicking hazard points
                if (t === "monitors" && tool !== "pick") setTool("pick");
              }}
            >
              {t === "review" ? (
                <>
                  {REVIEW_TAB_LABEL[locale]} <OpenAlertsBadge />
                </>
              ) : t === "rules" ? (
                RULES_TAB_LABEL[locale]
              ) : (
                p(TAB_LABELS[t])
              )}
            </button>
          ))}
        </div>
        {notice && (
          <p
            className={notice.kind === "ok" ? "lp-plan-ok" : "lp-plan-warn"}
            role="status"
            data-testid="notice"
          >
            {notice.text}
          </p>
        )}
        {tab === "draw" && (
          <>
            <DrawToolbar
              tool={tool}
              liveAreaM2={liveArea}
              problem={problem}
              canUndo={undoRedo.undo}
              canRedo={undoRedo.redo}
              onTool={setTool}
              onUndo={() => draw.current?.undo()}
              onRedo={() => draw.current?.redo()}
              onClear={() => draw.current?.clear()}
            />
            <SelectionPanel
              selection={selection}
              outline={outline}
              onClear={() => setSelection([])}
              onResult={(r) => session.showOutline(r.geometry)}
              onError={fail}
            />
            <SelectionExport selection={selection} onExport={exporter.open} />
            <ZoneForm
              draft={session.draft}
              zone={zone}
              canSave={Boolean(outline && session.draft.name_zh.trim().length >= 2)}
              onChange={session.setDraft}
              onSave={session.save}
              onStatus={(s: ZoneStatus) => session.zoneCall((z) => planApi.setStatus(z.id, z.version, s))}
              onDelete={session.remove}
            />
            {zone && (
              <ZoneDecisionPanel zone={zone} user={user} onChanged={(z) => session.zoneCall(async () => z)} />
            )}
            {zone && (
              <div className="lp-plan-row">
                <button
                  type="button"
                  data-testid="zone-export"
                  onClick={() =>
                    exporter.open({ kind: "zone", zoneId: zone.id }, `${zone.code} ${zone.name_zh}`)
                  }
                >
                  {p("ioExport")}
                </button>
                <a href={`/plan?print=${zone.id}`} target="_blank" rel="noreferrer">
                  {p("print")}
                </a>
              </div>
            )}
            {report.state === "loading" && <p className="lp-plan-muted">{p("reportLoading")}</p>}
            {report.state === "error" && (
              <p className="lp-plan-warn">{String((report.error as Error).message)}</p>
            )}
            {report.state === "ok" && (
              <>
                <ReportPanel report={report.report} />
                <FundSharesPanel
                  computed={report.report.fund_shares}
                  zone={zone}
                  onSave={(shares) => session.zoneCall((z) => planApi.setParties(z.id, z.version, shares))}
                />
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
        )}
        {tab === "zones" && (
          <ZonesPanel
            zones={session.zones}
            openId={zone?.id ?? null}
            onOpen={(id) =>
              planApi.zone(id).then((z) => {
                session.openZone(z);
                setTab("draw");
              }, fail)
            }
            onNew={() => {
              session.startNew();
              setTab("draw");
            }}
          />
        )}
        {tab === "proposals" && (
          <ProposalsPanel
            proposals={proposals}
            active={activeProposal}
            onResult={(r) => {
              setProposals(r);
              setActiveProposal(null);
            }}
            onFocus={(i) => {
              setActiveProposal(i);
              const bbox = proposals[i] && boundsOf(proposals[i].geometry);
              if (bbox && map) map.fitBounds(bbox, { padding: 60, maxZoom: 14 });
            }}
            onAdopt={async (c) => {
              if (await session.adopt(c)) {
                setProposals([]);
                setTab("draw");
              }
            }}
            onError={fail}
          />
        )}
        {tab === "monitors" && (
          <MonitorsPanel
            selection={selection}
            onBeat={setBeat}
            onLocate={(lngLat) => map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 14) })}
            onSaved={(text) => setNotice({ kind: "ok", text })}
            onError={fail}
          />
        )}
        {tab === "import" && (
          <ImportPanel
            map={map}
            onLayerWritten={() => setDataWrites((n) => n + 1)}
            onShowLayer={(layer) => setVisibility((v) => (layer in v ? { ...v, [layer]: true } : v))}
          />
        )}
        {tab === "review" && (
          <InspectionsReviewPanel
            onLocate={(lngLat) => map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 13) })}
          />
        )}
        {tab === "rules" && (
          <RulesPanel
            map={map}
            onLocate={(lngLat) => map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 13) })}
          />
        )}
        {tab === "alerts" && (
          <AlertsPanel
            onLocate={(lngLat) => map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 13) })}
          />
        )}
        <details className="lp-planner-layers">
          <summary>{t("layers")}</summary>
          <LayerPanel
            visibility={visibility}
            onToggle={(id: LayerGroupId, visible: boolean) => setVisibility((v) => ({ ...v, [id]: visible }))}
            onExport={(layer) => exporter.open({ kind: "layer", layer }, layerTitle(layer, locale))}
          />
        </details>
      </aside>
      <div className="lp-stage">
        <PlannerMap
          locale={locale}
          visibility={visibility}
          overlay={overlay}
          popupSelection={popup}
          zonesRevision={session.writes + dataWrites}
          onMap={setMap}
          onPick={onPick}
          onRecord={onRecord}
          onStatus={setStatus}
          onEdited={onEdited}
        />
        <StatusBar status={status} cursor={null} zoom={null} />
      </div>
      {exporter.dialog}
    </main>
  );
}

function boundsOf(g: Polygonal): [[number, number], [number, number]] {
  const points = (g.type === "Polygon" ? g.coordinates.flat() : g.coordinates.flat(2)) as [number, number][];
  const xs = points.map((pt) => pt[0]);
  const ys = points.map((pt) => pt[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
