import "./data-io.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { CommitSection } from "./commit-section.tsx";
import { DecodeSection } from "./decode-section.tsx";
import { FileSection } from "./file-section.tsx";
import { HistorySection } from "./history-section.tsx";
import { layerTitle } from "./import-layers.ts";
import { type Bounds, stagedBounds } from "./import-rules.ts";
import { IssuesSection } from "./issues-section.tsx";
import { MappingSection } from "./mapping-section.tsx";
import { RefusalText } from "./refusal-text.tsx";
import { useImportSession } from "./use-import-session.ts";
import { useStagedLayer } from "./use-staged-layer.ts";

export interface ImportPanelProps {
  map: MapLibreMap | null;
  /** Rows were written to (or taken out of) a layer: the map reloads it. */
  onLayerWritten(layer: string): void;
  /** Shows a layer on the map (its switch in the layer list turned on). */
  onShowLayer(layer: string): void;
}

const fit = (map: MapLibreMap | null, bounds: Bounds | null) => {
  if (map && bounds) map.fitBounds(bounds, { padding: 60, maxZoom: 15, duration: 600 });
};

/** /plan's 数据导入 tab: file → decoding and CRS → mapping → check → commit, and the imports made so far. */
export function ImportPanel({ map, onLayerWritten, onShowLayer }: ImportPanelProps) {
  const { t, locale } = usePlanText();
  const [focusedRow, setFocusedRow] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const session = useImportSession((staged) => {
    setRevision((n) => n + 1);
    onLayerWritten(staged.layer);
  });
  const { staged, features, result } = session;
  // committed rows are on the layer's tiles now: the staged copy leaves the map
  useStagedLayer(map, result ? null : features, focusedRow);
  // a newly staged file: the map goes to it (a re-validation keeps the view)
  const stagedId = features ? staged?.id : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new import moves the map
  useEffect(() => {
    if (stagedId !== undefined && features) fit(map, stagedBounds(features));
    setFocusedRow(null);
  }, [stagedId, map]);

  const focusRow = (row: number) => {
    setFocusedRow(row);
    if (features) fit(map, stagedBounds(features, row));
  };

  return (
    <div className="lp-io" data-testid="import-panel">
      {!staged || result ? (
        <FileSection session={session} />
      ) : (
        <div className="lp-plan-row">
          <span data-testid="import-staged-name">
            {staged.file_name} → {layerTitle(staged.layer, locale)}
          </span>
          <button type="button" onClick={() => fit(map, features && stagedBounds(features))}>
            {t("ioShowStaged")}
          </button>
          <button type="button" data-testid="import-discard" onClick={session.reset}>
            {t("ioStartOver")}
          </button>
          <RefusalText session={session} control="file" />
        </div>
      )}
      {result && staged && (
        <section className="lp-io-step" data-testid="import-result">
          <p className="lp-plan-ok">
            {t("ioCommitted")}: {t("ioInserted")} {result.inserted} · {t("ioUpdated")} {result.updated}
          </p>
          <button
            type="button"
            className="lp-plan-link"
            data-testid="import-fly"
            onClick={() => {
              onShowLayer(staged.layer);
              fit(map, features && stagedBounds(features));
            }}
          >
            {t("ioFlyTo")} {layerTitle(staged.layer, locale)}
          </button>
        </section>
      )}
      {staged && !result && (
        <>
          <DecodeSection session={session} staged={staged} />
          <MappingSection session={session} staged={staged} />
          <IssuesSection staged={staged} focusedRow={focusedRow} onFocusRow={focusRow} />
          <CommitSection key={staged.id} session={session} staged={staged} />
        </>
      )}
      <HistorySection revision={revision} onResume={session.resume} onUndone={onLayerWritten} />
    </div>
  );
}
