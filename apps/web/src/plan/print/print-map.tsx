import type { Map as MapLibreMap } from "maplibre-gl";
import { useRef, useState } from "react";
import type { Visibility } from "../../map/layer-catalog.ts";
import type { MapController } from "../../map/map-controller.ts";
import { useMapController } from "../../map/use-map-controller.ts";
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

interface PrintMapProps {
  outline: Polygonal;
  view: PrintView;
  /** The layers drawn under the zone (those the planner had on). */
  visibility: Visibility;
}

/** The zone on the base map at the print scale, as a still image of exactly the frame's size (keyed by the view: a new view is a new map). */
export function PrintMap(props: PrintMapProps) {
  const [image, setImage] = useState<string | null>(null);
  const { width, height } = props.view;
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
    <LivePrintMap {...props} onImage={setImage} />
  );
}

/** The live map the picture is taken from, gone (and destroyed) once the picture is there. */
function LivePrintMap({
  outline,
  view,
  visibility,
  onImage,
}: PrintMapProps & { onImage(png: string): void }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  useMapController(
    { container: containerRef, controller: controllerRef },
    () => {
      const data = overlayData([{ geometry: outline, role: "zone" }]);
      return {
        locale: "zh",
        visibility,
        face: "plan",
        transformStyle: (style) => withPlanOverlay(style, data, undefined),
        events: { onStatus: () => {}, onCursor: () => {}, onSelect: () => {} },
      };
    },
    (controller) => {
      const map = controller.map;
      map.setMaxZoom(22);
      map.setMaxBounds(null);
      map.jumpTo({ center: view.center, zoom: view.zoom });
      let done = false;
      map.on("idle", () => {
        if (done || !map.areTilesLoaded()) return;
        done = true;
        snapshot(map).then(onImage);
      });
      return undefined;
    },
  );
  return (
    <div
      ref={containerRef}
      className="lp-print-map-live"
      style={{ width: `${view.width}px`, height: `${view.height}px` }}
    />
  );
}
