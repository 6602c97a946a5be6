import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef } from "react";
import { DrawController, type DrawEvents } from "./draw/draw-controller.ts";

/** A DrawController on the map once its style has loaded; events go through the latest callbacks. */
export function useDrawController(map: MapLibreMap | null, events: DrawEvents) {
  const ref = useRef<DrawController | null>(null);
  const latest = useRef(events);
  latest.current = events;
  useEffect(() => {
    if (!map) return;
    let controller: DrawController | null = null;
    const create = () => {
      controller = new DrawController(map, {
        onOutline: (o) => latest.current.onOutline(o),
        onLiveArea: (a) => latest.current.onLiveArea(a),
        onProblem: (p) => latest.current.onProblem(p),
        onLasso: (p) => latest.current.onLasso(p),
        onHistory: (u, r) => latest.current.onHistory(u, r),
      });
      ref.current = controller;
    };
    if (map.loaded()) create();
    else map.once("load", create);
    return () => {
      map.off("load", create);
      controller?.destroy();
      ref.current = null;
    };
  }, [map]);
  return ref;
}
