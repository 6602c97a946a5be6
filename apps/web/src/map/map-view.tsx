import { memo, type ReactNode, useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { Locale } from "../i18n/locale.ts";
import type { FeatureSelection } from "./feature-selection.ts";
import type { Visibility } from "./layer-catalog.ts";
import type { MapController, MapControllerEvents } from "./map-controller.ts";
import { useMapController, useMapPopup } from "./use-map-controller.ts";

export interface MapViewProps extends MapControllerEvents {
  locale: Locale;
  visibility: Visibility;
  selection: FeatureSelection | null;
  /** What the popup shows for the current selection. */
  popup: ReactNode;
}

/** The base map at / (faces/base-map-face.tsx): the map with its popup, wired by useMapController. */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { locale, visibility, selection, popup } = props;
  const latest = useRef(props);
  latest.current = props;
  const initial = useRef({ locale, visibility });
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  useMapController({ container: containerRef, controller: controllerRef }, () => ({
    locale: initial.current.locale,
    visibility: initial.current.visibility,
    followEdits: true,
    // Callbacks go through the ref so the map is never rebuilt for a new closure.
    events: {
      onStatus: (status) => latest.current.onStatus(status),
      onCursor: (lngLat, zoom) => latest.current.onCursor(lngLat, zoom),
      onSelect: (next) => latest.current.onSelect(next),
    },
  }));

  useEffect(() => {
    controllerRef.current?.update(locale, visibility);
  }, [locale, visibility]);

  const popupHost = useMapPopup(controllerRef, selection);

  return (
    <div ref={containerRef} className="lp-map" data-testid="map">
      {popupHost && createPortal(popup, popupHost)}
    </div>
  );
});
