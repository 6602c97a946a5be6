import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import type { Locale } from "../i18n/locale.ts";
import { cursorText, loadCursorProjection } from "./identify-cursor.ts";

/**
 * The cursor's lon/lat and GK X/Y, following the map's pointer by itself
 * (at most once a frame), so a mouse move re-renders this line only.
 */
export function CursorReadout({ map, locale }: { map: MapLibreMap | null; locale: Locale }) {
  const [at, setAt] = useState<[number, number] | null>(null);
  // the GK part needs the projection code: once it is here, the line is written again
  const [, setProjection] = useState(false);
  useEffect(() => {
    void loadCursorProjection().then(() => setProjection(true));
  }, []);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    const move = (e: { lngLat: { lng: number; lat: number } }) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAt([e.lngLat.lng, e.lngLat.lat]));
    };
    const out = () => {
      cancelAnimationFrame(frame);
      setAt(null);
    };
    map.on("mousemove", move);
    map.on("mouseout", out);
    return () => {
      cancelAnimationFrame(frame);
      map.off("mousemove", move);
      map.off("mouseout", out);
    };
  }, [map]);
  return <span data-testid="cursor-gk">{at ? cursorText(at, locale) : ""}</span>;
}
