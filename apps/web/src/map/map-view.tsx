import { memo, type ReactNode, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Locale } from "../i18n/locale.ts";
import type { FeatureSelection } from "./feature-selection.ts";
import type { Visibility } from "./layer-catalog.ts";
import { MapController, type MapControllerEvents } from "./map-controller.ts";

export interface MapViewProps extends MapControllerEvents {
  locale: Locale;
  visibility: Visibility;
  selection: FeatureSelection | null;
  /** What the popup shows for the current selection. */
  popup: ReactNode;
}

/** The one React component that owns the map controller (and so the MapLibre map). */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { locale, visibility, selection, popup } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const initial = useRef({ locale, visibility });
  const [popupHost, setPopupHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new MapController({
      container,
      origin: window.location.origin,
      locale: initial.current.locale,
      visibility: initial.current.visibility,
      followEdits: true,
      // Callbacks go through the ref so the map is never rebuilt for a new closure.
      events: {
        onStatus: (status) => latest.current.onStatus(status),
        onCursor: (lngLat, zoom) => latest.current.onCursor(lngLat, zoom),
        onSelect: (selection) => latest.current.onSelect(selection),
      },
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    controllerRef.current?.update(locale, visibility);
  }, [locale, visibility]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    if (!selection) {
      controller.closePopup();
      setPopupHost(null);
      return;
    }
    setPopupHost(controller.showPopup(selection.lngLat));
  }, [selection]);

  return (
    <div ref={containerRef} className="lp-map" data-testid="map">
      {popupHost && createPortal(popup, popupHost)}
    </div>
  );
});
