import { type RefObject, useEffect, useRef, useState } from "react";
import type { FeatureSelection } from "./feature-selection.ts";
import { MapController, type MapControllerOptions } from "./map-controller.ts";

/** What a face gives the controller; the container and the origin come from the hook. */
export type MapWiring = Omit<MapControllerOptions, "container" | "origin">;

/** The refs a face owns: the map's container element and the controller once made. */
export interface MapRefs {
  container: RefObject<HTMLDivElement | null>;
  controller: RefObject<MapController | null>;
}

/**
 * The map wiring every face shares: one MapController on `refs.container`,
 * made once when the component mounts, `setup` for the face's own listeners
 * (its return value runs before the controller is destroyed), destroyed on
 * unmount. Callbacks should read the face's props through `useLatest` so a
 * new closure never rebuilds the map.
 */
export function useMapController(
  refs: MapRefs,
  wiring: () => MapWiring,
  setup?: (controller: MapController, container: HTMLDivElement) => (() => void) | undefined,
): void {
  const latest = useLatest({ refs, wiring, setup });
  useEffect(() => {
    const { refs, wiring, setup } = latest.current;
    const container = refs.container.current;
    if (!container) return;
    const controller = new MapController({ container, origin: window.location.origin, ...wiring() });
    refs.controller.current = controller;
    const teardown = setup?.(controller, container);
    return () => {
      teardown?.();
      controller.destroy();
      refs.controller.current = null;
    };
  }, [latest]);
}

/** A ref that always holds the latest value (for callbacks a long-lived object calls). */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** The popup of a selection on the controller's map: the element to portal it into, or null when closed. */
export function useMapPopup(
  controllerRef: RefObject<MapController | null>,
  selection: FeatureSelection | null,
): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    if (!selection) {
      controller.closePopup();
      setHost(null);
      return;
    }
    setHost(controller.showPopup(selection.lngLat));
  }, [controllerRef, selection]);
  return host;
}
