import type { Proposal, SessionUser as User } from "@lianpian/domain";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FeatureSelection } from "../map/feature-selection.ts";
import { defaultVisibility, type TileLayer, type Visibility } from "../map/layer-catalog.ts";
import type { MapStatus } from "../map/map-status.ts";
import { errorText } from "../platform/api-client.ts";
import { planApi } from "./api/plan-api.ts";
import { useExportDialog } from "./data-io/use-export-dialog.tsx";
import type { DrawController, DrawTool } from "./draw/draw-controller.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import type { BeatOnMap } from "./panels/monitors-panel.tsx";
import { openingTab } from "./planner-route.ts";
import {
  addAll,
  isSelectableLayer,
  nameOf,
  pick,
  renamed,
  type SelectedRef,
} from "./selection/selection-state.ts";
import { TABS, type Tab } from "./tabs/planner-tabs.ts";
import { useDrawing } from "./use-draw-controller.ts";
import { useOutlineReport } from "./use-outline-zone-report.ts";
import { type Notice, useZoneSession } from "./use-zone-session.ts";

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

/**
 * The planner's workspace state, made once by the workspace and read by its
 * tabs through PlannerContext: the map and its layers, the selection and the
 * popup, the notice, the zone session with its drawing and report, and what
 * the map draws for the other tabs (proposals, a monitor's beat).
 */
export function usePlannerStore(user: User) {
  const { locale } = usePlanText();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [visibility, setVisibility] = useState<Visibility>(defaultVisibility);
  const [status, setStatus] = useState<MapStatus>({ phase: "style" });
  const [tab, setTab] = useState<Tab>(() => openingTab(window.location.search, TABS, "draw"));
  const [selection, setSelection] = useState<SelectedRef[]>([]);
  const [popup, setPopup] = useState<FeatureSelection | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [activeProposal, setActiveProposal] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // a notice is in the language it was made in: a change of language clears it
  const [noticeLocale, setNoticeLocale] = useState(locale);
  if (noticeLocale !== locale) {
    setNoticeLocale(locale);
    setNotice(null);
  }
  const [beat, setBeat] = useState<BeatOnMap | null>(null);
  // rows an import wrote or an undo took out: the map reloads the layers that moved
  const [dataWrites, setDataWrites] = useState(0);
  // the map reports the zones layer edited (a write here, or another planner's): the drafts follow
  const [zonesEdits, setZonesEdits] = useState(0);
  const exporter = useExportDialog();

  // The same function in every language (the zones list and the drafts fetch again when it changes);
  // its notice is in the language of the moment, and a change of language clears it.
  const localeNow = useRef(locale);
  localeNow.current = locale;
  const fail = useCallback(
    (error: unknown) => setNotice({ kind: "error", text: errorText(error, localeNow.current) }),
    [],
  );
  const drawRef = useRef<DrawController | null>(null);
  const session = useZoneSession(drawRef, setNotice, fail);
  const drawing = useDrawing(map, drawRef, {
    onOutline: session.setOutline,
    onLasso: (polygon) =>
      planApi.select(polygon, LASSO_LAYERS).then((r) => {
        const refs = r.features.filter((f) => isSelectableLayer(f.layer)) as SelectedRef[];
        setSelection((s) => addAll(s, refs));
      }, fail),
  });
  const report = useOutlineReport(session.outline, session.zone?.id ?? null);
  // an outline of several parts (a saved zone, an operation's result) goes to terra-draw part by part
  useEffect(() => drawRef.current?.follow(session.outline), [session.outline]);

  const setTool = (next: DrawTool) => {
    drawing.setTool(next);
    setPopup(null);
  };
  const onPick = useCallback(
    (s: FeatureSelection | null, additive: boolean) => {
      if (drawing.tool !== "pick") return;
      setPopup(s);
      setSelection((current) => pick(current, s ? refOf(s) : null, additive));
    },
    [drawing.tool],
  );
  // Low-zoom tiles carry no names: the popup's full record names what was picked there.
  const onRecord = useCallback((s: FeatureSelection, properties: Record<string, unknown>) => {
    const ref = refOf({ ...s, properties });
    if (ref) setSelection((current) => renamed(current, ref));
  }, []);
  const onEdited = useCallback((layers: readonly TileLayer[]) => {
    if (layers.includes("zones")) setZonesEdits((n) => n + 1);
  }, []);
  const locate = useCallback(
    (lngLat: [number, number], zoom = 13) =>
      map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), zoom) }),
    [map],
  );
  const chooseTab = (next: Tab) => {
    setTab(next);
    // the monitors tab works by clicking hazard points
    if (next === "monitors" && drawing.tool !== "pick") setTool("pick");
  };
  const mapEvents = useMemo(
    () => ({ onMap: setMap, onPick, onRecord, onStatus: setStatus, onEdited }),
    [onPick, onRecord, onEdited],
  );

  return {
    user,
    map,
    mapEvents,
    status,
    visibility,
    setVisibility,
    tab,
    chooseTab,
    selection,
    setSelection,
    popup,
    notice,
    setNotice,
    fail,
    session,
    drawing: { ...drawing, setTool },
    report,
    proposals: { list: proposals, set: setProposals, active: activeProposal, setActive: setActiveProposal },
    beat,
    setBeat,
    zonesEdits,
    dataWrites,
    layerWritten: () => setDataWrites((n) => n + 1),
    exporter,
    locate,
  };
}

export type PlannerStore = ReturnType<typeof usePlannerStore>;
