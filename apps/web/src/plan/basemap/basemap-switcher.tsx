import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { followStyle } from "../../map/follow-style.ts";
import { call } from "../../platform/api-client.ts";
import { mapViewPng } from "../print/map-png-export.ts";
import { type BasemapOption, basemapOptions, type MapSettings } from "./basemap-catalog.ts";
import { showBasemap, type UploadedBasemap } from "./imagery-layer.ts";
import "./basemap.css";
import TEXT from "./basemap-switcher.text.json" with { type: "json" };

/** Downloads the current map view as a PNG with its scale bar, north arrow and 审图号. */
async function exportPng(map: MapLibreMap, review: string | null) {
  const blob = await mapViewPng(map, review);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `lianpian-map-${new Date().toISOString().slice(0, 10)}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Chooses the base map: the offline vector base (default), Tianditu (shown
 * disabled with the reason while no key is set, and then never requested),
 * the admin's online URL, or uploaded imagery (MBTiles, PMTiles). Online maps
 * put the 审图号 on the map.
 */
export function BasemapSwitcher({ map, locale }: { map: MapLibreMap | null; locale: "zh" | "en" }) {
  const [basemaps, setBasemaps] = useState<UploadedBasemap[]>([]);
  const [settings, setSettings] = useState<MapSettings | null>(null);
  const [chosen, setChosen] = useState<string>("");

  useEffect(() => {
    call<{ basemaps: UploadedBasemap[] }>("GET", "/api/basemaps")
      .then((r) => setBasemaps(r.basemaps))
      .catch(() => setBasemaps([]));
    call<MapSettings>("GET", "/api/settings/public")
      .then(setSettings)
      .catch(() => setSettings(null));
  }, []);

  const options = useMemo(() => basemapOptions(settings, basemaps), [settings, basemaps]);
  const option: BasemapOption | null = options.find((o) => o.id === chosen && !o.unavailable) ?? null;

  useEffect(() => {
    if (!map) return;
    return followStyle(map, () => showBasemap(map, option));
  }, [map, option]);

  const text = TEXT[locale];
  const review = option?.needsReviewNumber ? (settings?.map_review_number ?? null) : null;
  return (
    <div className="lp-basemap" data-testid="basemap-panel">
      <label className="lp-plan-row" data-testid="basemap-switcher">
        {text.label}{" "}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{text.vector}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id} disabled={Boolean(o.unavailable)}>
              {o.label[locale]}
              {o.unavailable ? `（${text.unavailable}：${o.unavailable[locale]}）` : ""}
            </option>
          ))}
        </select>
      </label>
      {option && (
        <p className="lp-basemap-attribution" data-testid="basemap-attribution">
          © {[...new Set(option.layers.map((l) => l.attribution))].join(" · ")}
        </p>
      )}
      {map && (
        <button type="button" data-testid="map-png-export" onClick={() => void exportPng(map, review)}>
          {text.png}
        </button>
      )}
      {map &&
        review &&
        createPortal(
          <div className="lp-review-number" data-testid="map-review-number">
            {text.review}：{review}
          </div>,
          map.getContainer(),
        )}
    </div>
  );
}
