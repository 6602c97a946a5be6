import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import { call } from "../../platform/api-client.ts";
import { showImagery, type UploadedBasemap } from "./imagery-layer.ts";

const TEXT = {
  zh: { label: "底图", vector: "离线矢量底图（默认）" },
  en: { label: "Base map", vector: "Offline vector base (default)" },
};

/** Chooses the base map: the offline vector base, or an imagery base map an admin uploaded (MBTiles). */
export function BasemapSwitcher({ map, locale }: { map: MapLibreMap | null; locale: "zh" | "en" }) {
  const [basemaps, setBasemaps] = useState<UploadedBasemap[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);

  useEffect(() => {
    call<{ basemaps: UploadedBasemap[] }>("GET", "/api/basemaps")
      .then((r) => setBasemaps(r.basemaps))
      .catch(() => setBasemaps([]));
  }, []);

  useEffect(() => {
    if (!map) return;
    const apply = () => {
      if (map.isStyleLoaded()) showImagery(map, basemaps.find((b) => b.id === chosen) ?? null);
    };
    apply();
    map.on("styledata", apply);
    return () => {
      map.off("styledata", apply);
    };
  }, [map, basemaps, chosen]);

  if (basemaps.length === 0) return null;
  const text = TEXT[locale];
  return (
    <label className="lp-plan-row" data-testid="basemap-switcher">
      {text.label}{" "}
      <select
        value={chosen ?? ""}
        onChange={(e) => setChosen(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{text.vector}</option>
        {basemaps.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}
