import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { memo, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Locale } from "../../i18n/locale.ts";
import type { FeatureSelection } from "../../map/feature-selection.ts";
import { sameFeature } from "../../map/identify.ts";
import {
  applySelectionHighlight,
  type HighlightRef,
  withSelectionHighlight,
} from "../../map/identify-highlight.ts";
import { followFeatureLabels, withFeatureLabels } from "../../map/identify-labels.ts";
import { IdentifyList } from "../../map/identify-list.tsx";
import type { TileLayer, Visibility } from "../../map/layer-catalog.ts";
import type { MapController } from "../../map/map-controller.ts";
import type { MapStatus } from "../../map/map-status.ts";
import { useMapController, useMapPopup } from "../../map/use-map-controller.ts";
import { FeaturePopup } from "../../popup/feature-popup.tsx";
import { withMeasure } from "../measure/measure-tool.ts";
import { OVERLAY_SOURCE, withPlanOverlay } from "./plan-overlay.ts";

export interface PlannerMapProps {
  locale: Locale;
  visibility: Visibility;
  overlay: GeoJSON.FeatureCollection;
  /** Counts the zone writes (save, status, parties, delete, adopt): the map checks for edits on each. */
  zonesRevision: number;
  /** The feature whose record the popup shows (the last one clicked). */
  popupSelection: FeatureSelection | null;
  onMap(map: MapLibreMap | null): void;
  /** A click on a map feature; `additive` when Shift was held. */
  onPick(selection: FeatureSelection | null, additive: boolean): void;
  /** The popup's feature with its full record's attributes, once they arrive. */
  onRecord(selection: FeatureSelection, properties: Record<string, unknown>): void;
  onStatus(status: MapStatus): void;
  /** Layers someone edited (here or in another browser), whose tiles the map has just reloaded. */
  onEdited(layers: readonly TileLayer[]): void;
  /** The selected features, highlighted on the map whatever the tool. */
  selection?: readonly HighlightRef[];
  /** The popup closed (its button or Esc): the selection stays. */
  onPopupClosed?(): void;
  /** While measuring, clicks measure and select nothing. */
  measuring?: boolean;
}

/**
 * The one component that owns the planner's map: the shared MapController
 * with the planner's overlay (plan-overlay.ts) on top of the base style.
 * Drawing (terra-draw) attaches to the map handed out by `onMap`.
 */
export const PlannerMap = memo(function PlannerMap(props: PlannerMapProps) {
  const { locale, visibility, overlay, popupSelection, zonesRevision } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const shift = useRef(false);
  const [identified, setIdentified] = useState<FeatureSelection[]>([]);
  // The popup the planner closed (button or Esc): hidden until the next pick, the selection kept.
  const [dismissed, setDismissed] = useState<FeatureSelection | null>(null);
  const shown = popupSelection !== dismissed ? popupSelection : null;

  useMapController(
    { container: containerRef, controller: controllerRef },
    () => {
      const first = latest.current;
      return {
        locale: first.locale,
        visibility: first.visibility,
        face: "plan",
        transformStyle: (style) => {
          const live = controllerRef.current?.map.getStyle();
          const planned = withPlanOverlay(withFeatureLabels(style, live), latest.current.overlay, live);
          return withMeasure(withSelectionHighlight(planned, latest.current.selection ?? []), live);
        },
        followEdits: true,
        events: {
          onStatus: (status) => latest.current.onStatus(status),
          onEdited: (layers) => latest.current.onEdited(layers),
          onCursor: () => {},
          onSelect: (selection) => {
            if (!latest.current.measuring) latest.current.onPick(selection, shift.current);
          },
          onIdentify: (features) => {
            if (!latest.current.measuring) setIdentified(features);
          },
          onPopupClosed: () => {
            setDismissed(latest.current.popupSelection);
            latest.current.onPopupClosed?.();
          },
        },
      };
    },
    (controller) => {
      // MapLibre's click event lacks the modifier state at the controller's level; remember it here.
      const map = controller.map;
      map.on("mousedown", (e) => {
        shift.current = e.originalEvent.shiftKey;
      });
      map.boxZoom.disable(); // Shift+drag would zoom; Shift+click selects several features instead
      const stopLabels = followFeatureLabels(map);
      latest.current.onMap(map);
      return () => {
        stopLabels();
        latest.current.onMap(null);
      };
    },
  );

  useEffect(() => {
    controllerRef.current?.update(locale, visibility);
  }, [locale, visibility]);

  useEffect(() => {
    const map = controllerRef.current?.map;
    if (map) applySelectionHighlight(map, props.selection ?? []);
  }, [props.selection]);

  // Esc closes the popup; the selection stays.
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      controllerRef.current?.closePopup();
      setDismissed(shown);
      latest.current.onPopupClosed?.();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shown]);

  useEffect(() => {
    // 0 until the first write: the tiles the map loaded are current. After one, the layers it moved reload now.
    if (zonesRevision > 0) void controllerRef.current?.checkEdits();
  }, [zonesRevision]);

  useEffect(() => {
    const source = controllerRef.current?.map.getSource(OVERLAY_SOURCE) as GeoJSONSource | undefined;
    source?.setData(overlay);
  }, [overlay]);

  const popupHost = useMapPopup(controllerRef, shown);

  return (
    <div ref={containerRef} className="lp-map" data-testid="plan-map">
      {popupHost &&
        shown &&
        createPortal(
          <>
            {identified.some((f) => sameFeature(f, shown)) && (
              <IdentifyList
                features={identified}
                current={shown}
                onChoose={(f) => latest.current.onPick(f, false)}
              />
            )}
            <FeaturePopup
              key={`${shown.layer}/${shown.id}`}
              selection={shown}
              onRecord={(properties) => latest.current.onRecord(shown, properties)}
            />
          </>,
          popupHost,
        )}
    </div>
  );
});
