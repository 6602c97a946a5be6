import type { Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { Polygonal } from "./api/plan-api.ts";
import { DrawController, type DrawTool } from "./draw/draw-controller.ts";
import type { OutlineProblem } from "./draw/outline-check.ts";

export interface DrawingEvents {
  /** The outline terra-draw holds after a drawing, an edit, an undo or a redo. */
  onOutline(outline: Polygonal | null): void;
  onLasso(polygon: Polygon): void;
}

/**
 * A DrawController on the map once its style has loaded (in `ref`, which the
 * zone session also holds), and the toolbar's state: tool, live area, the
 * outline's problem, undo/redo. Events go through the latest callbacks.
 */
export function useDrawing(
  map: MapLibreMap | null,
  ref: RefObject<DrawController | null>,
  events: DrawingEvents,
) {
  const [tool, setToolState] = useState<DrawTool>("pick");
  const [liveArea, setLiveArea] = useState<number | null>(null);
  const [problem, setProblem] = useState<OutlineProblem | null>(null);
  const [history, setHistory] = useState({ undo: false, redo: false });
  const latest = useRef(events);
  latest.current = events;
  useEffect(() => {
    if (!map) return;
    let controller: DrawController | null = null;
    const create = () => {
      controller = new DrawController(map, {
        onOutline: (o) => latest.current.onOutline(o),
        onLiveArea: setLiveArea,
        onProblem: setProblem,
        onLasso: (p) => latest.current.onLasso(p),
        onHistory: (undo, redo) => setHistory({ undo, redo }),
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
  }, [map, ref]);
  const setTool = useCallback(
    (next: DrawTool) => {
      setToolState(next);
      ref.current?.setTool(next);
    },
    [ref],
  );
  return {
    tool,
    setTool,
    liveArea,
    problem,
    history,
    undo: () => ref.current?.undo(),
    redo: () => ref.current?.redo(),
    clear: () => ref.current?.clear(),
  };
}
