import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { defaultVisibility } from "../../map/layer-catalog.ts";
import { MapController } from "../../map/map-controller.ts";
import type { Polygonal } from "../api/plan-api.ts";
import { overlayData, withPlanOverlay } from "../map/plan-overlay.ts";

/** Takes a picture of the map: the canvas is read inside a render, while its buffer is still whole. */
function snapshot(map: MapLibreMap): Promise<string> {
  return new Promise((resolve) => {
    map.once("render", () => resolve(map.getCanvas().toDataURL("image/png")));
    map.triggerRepaint();
  });
}

/** The view a print frame shows: its centre, the zoom of the chosen scale, and its size in CSS pixels. */
export interface PrintView {
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

/** The zone on the base map at the print scale, as a still image of exactly the frame's size (keyed by the view: a new view is a new map). */
export function PrintMap({ outline, view }: { outline: Polygonal; view: PrintView }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [image, setImage] = useState<string | null>(null);
  const { center, zoom, width, height } = view;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || image) return;
    const data = overlayData([{ geometry: outline, role: "zone" }]);
    const controller = new MapController({
      container,
      origin: window.location.origin,
      locale: "zh",
      visibility: defaultVisibility(),
      face: "plan",
      transformStyle: (style) => withPlanOverlay(style, data, undefined),
      events: { onStatus: () => {}, onCursor: () => {}, onSelect: () => {} },
    });
    const map = controller.map;
    map.setMaxZoom(22);
    map.setMaxBounds(null);
    map.jumpTo({ center, zoom });
    let done = false;
    map.on("idle", () => {
      if (done || !map.areTilesLoaded()) return;
      done = true;
      snapshot(map).then(setImage);
    });
    return () => controller.destroy();
  }, [outline, center, zoom, image]);

  const size = { width: `${width}px`, height: `${height}px` };
  return image ? (
    <img
      src={image}
      alt="片区位置图 Zone map"
      data-testid="print-map-image"
      style={size}
      className="lp-print-map-img"
    />
  ) : (
    <div ref={containerRef} className="lp-print-map-live" style={size} />
  );
}
