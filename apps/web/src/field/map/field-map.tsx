import type { HazardCard } from "@lianpian/domain";
import { Marker } from "maplibre-gl";
import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { defaultVisibility } from "../../map/layer-catalog.ts";
import type { MapController } from "../../map/map-controller.ts";
import { useMapController } from "../../map/use-map-controller.ts";
import { useFieldText } from "../i18n/use-field-text.ts";
import { evacuationBounds } from "./evacuation-frame.ts";
import { EvacuationLegend } from "./evacuation-legend.tsx";
import { attachOverlay } from "./field-overlay.ts";

export interface FieldMapProps {
  position: [number, number] | null;
  cards: readonly HazardCard[];
  focus: HazardCard | null;
  picking: boolean;
  onPick(lngLat: [number, number]): void;
  onOpen(hazardId: number): void;
}

// The phone map: the shared layers without the planners' analysis overlays.
const FIELD_VISIBILITY = { ...defaultVisibility(), hazard_heat: false, zones: false, corridors: false };

/**
 * The field face's map: the shared MapController (same style, same tiles),
 * plus the user's position, the cached points and the open card's route.
 * A tap on a point opens its card; in pick mode a tap sets the position.
 */
export function FieldMap(props: FieldMapProps) {
  const { locale } = useI18n();
  const { t } = useFieldText();
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const initialLocale = useRef(locale);
  const centred = useRef<string | null>(null);
  const parts = useRef<{
    controller: MapController;
    overlay: ReturnType<typeof attachOverlay>;
    marker: Marker;
  } | null>(null);

  const controllerRef = useRef<MapController | null>(null);
  useMapController(
    { container, controller: controllerRef },
    () => ({
      locale: initialLocale.current,
      visibility: FIELD_VISIBILITY,
      face: "field",
      events: {
        onStatus: () => {},
        onCursor: () => {},
        onSelect: (selection) => {
          if (latest.current.picking || !selection) return;
          if (selection.layer === "hazards") latest.current.onOpen(Number(selection.id));
          controllerRef.current?.closePopup();
        },
      },
    }),
    (controller, el) => {
      const map = controller.map;
      // A new map (StrictMode mounts twice in development) has not been centred yet.
      centred.current = null;
      const overlay = attachOverlay(map);
      const dot = document.createElement("div");
      dot.className = "lpf-me";
      dot.dataset.testid = "my-position";
      const marker = new Marker({ element: dot });
      // What the map shows, for the phone's tests and for a screen reader's summary.
      map.on("moveend", () => {
        el.dataset.viewBounds = map.getBounds().toArray().flat().join(",");
      });
      map.on("click", (e) => {
        if (latest.current.picking) latest.current.onPick([e.lngLat.lng, e.lngLat.lat]);
      });
      map.on("click", "field-points", (e) => {
        const id = e.features?.[0]?.id;
        if (!latest.current.picking && id !== undefined) latest.current.onOpen(Number(id));
      });
      parts.current = { controller, overlay, marker };
      return () => {
        overlay.detach();
        marker.remove();
        parts.current = null;
      };
    },
  );

  useEffect(() => {
    parts.current?.controller.update(locale, FIELD_VISIBILITY);
  }, [locale]);

  const { cards, focus, position } = props;
  const routeLabel = t("legendRoute");
  const shelterLabel = t("legendShelter");
  useEffect(() => {
    parts.current?.overlay.set({ cards, focus, labels: { route: routeLabel, shelter: shelterLabel } });
  }, [cards, focus, routeLabel, shelterLabel]);

  const lng = position?.[0];
  const lat = position?.[1];
  useEffect(() => {
    const p = parts.current;
    if (!p) return;
    if (lng === undefined || lat === undefined) {
      p.marker.remove();
      return;
    }
    p.marker.setLngLat([lng, lat]).addTo(p.controller.map);
  }, [lng, lat]);

  // Frame the focused point with its route and shelter (the evacuation view), else centre on the
  // point, or on the user once a position first arrives; not on every GPS jitter.
  useEffect(() => {
    const map = parts.current?.controller.map;
    const key = focus ? `focus:${focus.id}` : lng !== undefined ? "me" : null;
    if (!map || key === null || key === centred.current) return;
    centred.current = key;
    const here: [number, number] | null = lng === undefined || lat === undefined ? null : [lng, lat];
    const frame = focus ? evacuationBounds(focus, here) : null;
    if (frame) {
      map.fitBounds(frame, {
        padding: { top: 48, bottom: 48, left: 32, right: 32 },
        maxZoom: 17,
        animate: false,
      });
      return;
    }
    const center: [number, number] = focus ? [focus.lng, focus.lat] : [lng ?? 0, lat ?? 0];
    map.jumpTo({ center, zoom: Math.max(map.getZoom(), 14) });
  }, [focus, lng, lat]);

  return (
    <div className="lpf-map-wrap">
      <div
        ref={container}
        className={props.picking ? "lpf-map lpf-picking" : "lpf-map"}
        data-testid="field-map"
      />
      {focus && <EvacuationLegend card={focus} hasPosition={position !== null} />}
    </div>
  );
}
