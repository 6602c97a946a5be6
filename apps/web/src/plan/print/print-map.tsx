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

/** The zone on the base map, as a still image for printing. */
export function PrintMap({ outline, bbox }: { outline: Polygonal; bbox: [number, number, number, number] }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
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
    map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 40, animate: false, maxZoom: 15 },
    );
    let done = false;
    map.on("idle", () => {
      if (done || !map.areTilesLoaded()) return;
      done = true;
      snapshot(map).then(setImage);
    });
    return () => controller.destroy();
  }, [outline, bbox]);

  return (
    <div className="lp-print-map">
      {image ? (
        <img src={image} alt="片区位置图" data-testid="print-map-image" />
      ) : (
        <div ref={containerRef} className="lp-print-map-live" />
      )}
    </div>
  );
}
