import { alertLevel, dangerGrade, type Label, restorationState } from "@lianpian/domain";
import { corridorsLegend } from "../../map/style/corridors.style.ts";
import { ALERT_RING, DANGER_FILL } from "../../map/style/hazards.style.ts";
import type { LegendSwatch as Swatch } from "../../map/style/style-types.ts";
import { LegendSwatch } from "../../panels/legend-swatch.tsx";
import type { Progress, ProgressState } from "../public-api.ts";
import { type PublicMessageKey, publicMessages, usePublicText } from "../public-messages.ts";
import { PUBLIC_LAYERS, type PublicLayer } from "../url-state.ts";
import { CHANGZHI_COLOR, PIT_COLOR, PROGRESS_COLOR } from "./public-style.ts";

const LAYER_TITLE: Record<PublicLayer, PublicMessageKey> = {
  zones: "layerZones",
  subsidence: "layerSubsidence",
  pits: "layerPits",
  corridors: "layerCorridors",
  hazards: "layerHazards",
};

const PROGRESS_LABEL: Record<ProgressState, Label> = {
  later: { zh: "尚未开始", en: "Not yet started" },
  planned: { zh: "已列入计划", en: "Planned" },
  in_progress: { zh: "治理中", en: "In progress" },
  done: { zh: "已完成治理", en: "Done" },
};

/** Only alerts a planner confirmed reach the public map (raw field alerts stay internal). */
const CONFIRMED_ALERTS: Label = {
  zh: "地灾预警（外圈，经核实发布）",
  en: "Hazard alerts (ring; confirmed by staff)",
};

interface Row {
  label: Label;
  swatch: Swatch;
  count?: number;
}

function Rows({ rows }: { rows: readonly Row[] }) {
  const { pick } = usePublicText();
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.label.en}>
          <LegendSwatch swatch={row.swatch} />
          <span>{pick(row.label)}</span>
          {row.count !== undefined && <span className="lp-pub-count">{row.count}</span>}
        </li>
      ))}
    </ul>
  );
}

function progressRows(progress: Progress | null): Row[] {
  const states: ProgressState[] = ["done", "in_progress", "planned", "later"];
  return states.map((state) => ({
    label: PROGRESS_LABEL[state],
    swatch: { shape: "fill", fill: PROGRESS_COLOR[state], stroke: PROGRESS_COLOR[state], opacity: 0.6 },
    ...(progress
      ? { count: [...progress.zones, ...progress.subsidence].filter((f) => f.state === state).length }
      : {}),
  }));
}

export interface PublicLegendProps {
  layers: readonly PublicLayer[];
  progress: Progress | null;
  onLayers(layers: PublicLayer[]): void;
}

/** Layer switches and the legend of what is shown, built from the same tables as the style. */
export function PublicLegend({ layers, progress, onLayers }: PublicLegendProps) {
  const { t, pick } = usePublicText();
  const toggle = (layer: PublicLayer, on: boolean) =>
    onLayers(PUBLIC_LAYERS.filter((l) => (l === layer ? on : layers.includes(l))));
  return (
    <section className="lp-pub-legend" aria-label={t("legend")}>
      <fieldset>
        <legend>{t("layers")}</legend>
        {PUBLIC_LAYERS.map((layer) => (
          <label key={layer} className="lp-pub-check">
            <input
              type="checkbox"
              checked={layers.includes(layer)}
              data-layer={layer}
              onChange={(e) => toggle(layer, e.currentTarget.checked)}
            />
            {t(LAYER_TITLE[layer])}
          </label>
        ))}
      </fieldset>
      {(layers.includes("zones") || layers.includes("subsidence")) && (
        <div className="lp-legend" data-testid="progress-legend">
          <h3>{t("progressTitle")}</h3>
          <Rows rows={progressRows(progress)} />
        </div>
      )}
      {layers.includes("pits") && (
        <div className="lp-legend">
          <h3>{t("pitsTitle")}</h3>
          <Rows
            rows={restorationState.values.map((s) => ({
              label: restorationState.labels[s],
              swatch: { shape: "fill", fill: PIT_COLOR[s], stroke: "#5a2a10", hatch: true, opacity: 0.75 },
            }))}
          />
        </div>
      )}
      {layers.includes("corridors") && (
        <div className="lp-legend">
          <h3>{t("corridorsTitle")}</h3>
          <Rows rows={corridorsLegend.flatMap((section) => section.items)} />
          <p className="lp-pub-note">{t("corridorsPlannedPaler")}</p>
        </div>
      )}
      {layers.includes("hazards") && (
        <div className="lp-legend">
          <h3>{t("hazardsTitle")}</h3>
          <Rows
            rows={[...dangerGrade.values].reverse().map((g) => ({
              label: dangerGrade.labels[g],
              swatch: { shape: "circle", fill: DANGER_FILL[g], stroke: "#ffffff", radius: 5 },
            }))}
          />
          <h3 data-testid="alert-legend">{pick(CONFIRMED_ALERTS)}</h3>
          <Rows
            rows={(Object.keys(ALERT_RING) as (keyof typeof ALERT_RING)[]).map((level) => ({
              label: alertLevel.labels[level],
              swatch: { shape: "ring", stroke: ALERT_RING[level], radius: 6 },
            }))}
          />
        </div>
      )}
      <div className="lp-legend">
        <Rows
          rows={[
            {
              label: publicMessages.changzhiOutline,
              swatch: { shape: "line", stroke: CHANGZHI_COLOR, width: 2, dash: true },
            },
          ]}
        />
      </div>
    </section>
  );
}
