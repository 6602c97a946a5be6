import { memo, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import {
  LAYER_GROUPS,
  type LayerGroup,
  type LayerGroupId,
  type LayerKind,
  TILE_LAYERS,
  type TileLayer,
  type Visibility,
} from "../map/layer-catalog.ts";
import { LEGENDS } from "../map/legends.ts";
import { LegendSwatch } from "./legend-swatch.tsx";

const SECTIONS: { kind: LayerKind; title: MessageKey }[] = [
  { kind: "thematic", title: "groupThematic" },
  { kind: "analysis", title: "groupAnalysis" },
  { kind: "base", title: "groupBase" },
];

interface LayerPanelProps {
  visibility: Visibility;
  onToggle(id: LayerGroupId, visible: boolean): void;
  /** When given, each data layer has an 导出 button that calls it. */
  onExport?: ((layer: TileLayer) => void) | undefined;
}

/** The layer list: one switch per layer, its legend beneath while it is shown. */
export const LayerPanel = memo(function LayerPanel({ visibility, onToggle, onExport }: LayerPanelProps) {
  const { t } = useI18n();
  return (
    <nav className="lp-layers" aria-label={t("layers")}>
      {SECTIONS.map((section) => (
        <section key={section.kind}>
          <h2>{t(section.title)}</h2>
          <ul>
            {LAYER_GROUPS.filter((g) => g.kind === section.kind).map((group) => (
              <LayerRow
                key={group.id}
                group={group}
                visible={visibility[group.id]}
                onToggle={onToggle}
                onExport={onExport}
              />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
});

const isTileLayer = (id: LayerGroupId): id is TileLayer => (TILE_LAYERS as readonly string[]).includes(id);

function LayerRow({
  group,
  visible,
  onToggle,
  onExport,
}: { group: LayerGroup } & Pick<LayerPanelProps, "onToggle" | "onExport"> & { visible: boolean }) {
  const { locale, t } = useI18n();
  const id = group.id;
  // Thematic legends start open; the base map's are there on demand.
  const [open, setOpen] = useState(group.kind !== "base");
  const legend = LEGENDS[group.id];
  const legendId = `legend-${group.id}`;
  return (
    <li className="lp-layer" data-layer={group.id}>
      <div className="lp-layer-row">
        <label>
          <input type="checkbox" checked={visible} onChange={(e) => onToggle(group.id, e.target.checked)} />
          <span>{group.title[locale]}</span>
        </label>
        {onExport && isTileLayer(id) && (
          <button
            type="button"
            className="lp-layer-export"
            data-testid={`export-layer-${group.id}`}
            onClick={() => onExport(id)}
          >
            {t("exportLayer")}
          </button>
        )}
        <button
          type="button"
          className="lp-disclose"
          aria-expanded={open}
          aria-controls={legendId}
          onClick={() => setOpen(!open)}
        >
          {open ? "▾" : "▸"}
        </button>
      </div>
      {open && (
        <div id={legendId} className={visible ? "lp-legend" : "lp-legend lp-dim"}>
          {legend.map((section, i) => (
            <div key={section.title?.en ?? i}>
              {section.title && <h3>{section.title[locale]}</h3>}
              <ul>
                {section.items.map((item) => (
                  <li key={item.label.en}>
                    <LegendSwatch swatch={item.swatch} />
                    <span>{item.label[locale]}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </li>
  );
}
