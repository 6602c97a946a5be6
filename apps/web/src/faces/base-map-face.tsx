import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import type { FeatureSelection } from "../map/feature-selection.ts";
import { defaultVisibility, type LayerGroupId, type Visibility } from "../map/layer-catalog.ts";
import type { MapStatus } from "../map/map-status.ts";
import { MapView } from "../map/map-view.tsx";
import { LayerPanel } from "../panels/layer-panel.tsx";
import { StatusBar } from "../panels/status-bar.tsx";
import { FeaturePopup } from "../popup/feature-popup.tsx";

const NARROW = "(max-width: 720px)";

/** The base map at /: layer list, map with popup, status line (the planner at /plan is plan/planner-face.tsx). */
export function BaseMapFace() {
  const { locale, t } = useI18n();
  const [visibility, setVisibility] = useState<Visibility>(defaultVisibility);
  const [selection, setSelection] = useState<FeatureSelection | null>(null);
  const [status, setStatus] = useState<MapStatus>({ phase: "style" });
  const [cursor, setCursor] = useState<{ lngLat: [number, number] | null; zoom: number | null }>({
    lngLat: null,
    zoom: null,
  });
  // On a phone the list starts folded away so the map gets the screen.
  const [panelOpen, setPanelOpen] = useState(() => !window.matchMedia(NARROW).matches);

  const toggle = useCallback((id: LayerGroupId, visible: boolean) => {
    setVisibility((current) => ({ ...current, [id]: visible }));
  }, []);
  // Memoised so that cursor updates (every mouse move) do not re-render the map view.
  const popup = useMemo(
    () => selection && <FeaturePopup key={`${selection.layer}/${selection.id}`} selection={selection} />,
    [selection],
  );
  const onCursor = useCallback(
    (lngLat: [number, number] | null, zoom: number) => setCursor({ lngLat, zoom }),
    [],
  );

  return (
    <main className={panelOpen ? "lp-plan lp-panel-open" : "lp-plan"}>
      <aside className="lp-side" id="layer-panel" hidden={!panelOpen}>
        <LayerPanel visibility={visibility} onToggle={toggle} />
      </aside>
      <div className="lp-stage">
        <button
          type="button"
          className="lp-panel-toggle"
          aria-controls="layer-panel"
          aria-expanded={panelOpen}
          title={panelOpen ? t("hideLayers") : t("showLayers")}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          ☰ <span className="lp-toggle-label">{t("layers")}</span>
        </button>
        <MapView
          locale={locale}
          visibility={visibility}
          selection={selection}
          popup={popup}
          onStatus={setStatus}
          onCursor={onCursor}
          onSelect={setSelection}
        />
        <StatusBar status={status} cursor={cursor.lngLat} zoom={cursor.zoom} />
      </div>
    </main>
  );
}
