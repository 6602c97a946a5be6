import { lazy, memo, Suspense, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Locale } from "../../i18n/locale.ts";
import type { FeatureSelection } from "../../map/feature-selection.ts";
import type { MapController } from "../../map/map-controller.ts";
import type { MapStatus } from "../../map/map-status.ts";
import { useMapController, useMapPopup } from "../../map/use-map-controller.ts";
import type { MapAt } from "../url-state.ts";
import { type PublicStyleInput, publicStyle, publicVisibility } from "./public-style.ts";

// The popup loads with the first click on a feature.
const FeaturePopup = lazy(() =>
  import("../../popup/feature-popup.tsx").then((m) => ({ default: m.FeaturePopup })),
);

export interface PublicMapProps {
  locale: Locale;
  input: PublicStyleInput;
  /** While true a tap picks the report's place instead of opening a record. */
  picking: boolean;
  /** The view fits these bounds ([w, s, e, n]) whenever they change (the county filter). */
  focus: readonly [number, number, number, number] | null;
  /** Each change picks the map's centre (the keyboard way: pan with the arrow keys, then pick). */
  centreRequest: number;
  onPick(lngLat: [number, number]): void;
  onStatus(status: MapStatus): void;
  /** Where the map opens (a shared link's position); it wins over the first county focus. */
  initialAt?: MapAt | null;
  /** The position after each move, for the link. */
  onMoved?(at: MapAt): void;
  /** A place to show up close (a report's point in triage); each new value flies there. */
  flyTo?: readonly [number, number] | null;
}

/**
 * The one component that owns the public face's map: the shared
 * MapController with the public rewrite of the base style (public-style.ts).
 */
export const PublicMap = memo(function PublicMap(props: PublicMapProps) {
  const { locale, input } = props;
  const latest = useRef(props);
  latest.current = props;
  const [selection, setSelection] = useState<FeatureSelection | null>(null);
  // a shared link's position is not undone by the county's first fit
  const keepPosition = useRef(false);

  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  useMapController(
    { container: containerRef, controller: controllerRef },
    () => ({
      locale: latest.current.locale,
      visibility: publicVisibility(latest.current.input.layers),
      face: "public",
      transformStyle: (style) => publicStyle(style, latest.current.input),
      followEdits: true,
      events: {
        onStatus: (status) => latest.current.onStatus(status),
        onCursor: () => {},
        onSelect: (next) => setSelection(latest.current.picking ? null : next),
      },
    }),
    (controller) => {
      const first = latest.current;
      controller.map.on("click", (e) => {
        if (latest.current.picking) latest.current.onPick([e.lngLat.lng, e.lngLat.lat]);
      });
      const at = first.initialAt;
      if (at) {
        keepPosition.current = true;
        controller.map.jumpTo({ center: [at.lng, at.lat], zoom: at.zoom });
      }
      controller.map.on("moveend", () => {
        const c = controller.map.getCenter();
        latest.current.onMoved?.({ lng: c.lng, lat: c.lat, zoom: controller.map.getZoom() });
      });
      return undefined;
    },
  );

  useEffect(() => {
    // update() restyles through transformStyle, which reads the latest input
    controllerRef.current?.update(locale, publicVisibility(input.layers));
  }, [locale, input]);

  const { focus, centreRequest } = props;
  useEffect(() => {
    const map = controllerRef.current?.map;
    if (!map || centreRequest === 0) return;
    const centre = map.getCenter();
    latest.current.onPick([centre.lng, centre.lat]);
  }, [centreRequest]);

  useEffect(() => {
    if (!focus) return;
    if (keepPosition.current) {
      keepPosition.current = false;
      return;
    }
    controllerRef.current?.map.fitBounds([focus[0], focus[1], focus[2], focus[3]], { padding: 24 });
  }, [focus]);

  const { flyTo } = props;
  useEffect(() => {
    if (flyTo) controllerRef.current?.map.flyTo({ center: [flyTo[0], flyTo[1]], zoom: 16 });
  }, [flyTo]);

  const popupHost = useMapPopup(controllerRef, selection);

  return (
    <div
      ref={containerRef}
      className={props.picking ? "lp-map lp-map-picking" : "lp-map"}
      data-testid="public-map"
      data-picking={props.picking ? "true" : "false"}
    >
      {popupHost &&
        selection &&
        createPortal(
          <Suspense fallback={null}>
            <FeaturePopup selection={selection} />
          </Suspense>,
          popupHost,
        )}
    </div>
  );
});
