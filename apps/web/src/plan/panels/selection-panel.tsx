import { useState } from "react";
import type { Operands, OperationResult, Polygonal } from "../api/plan-api.ts";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { asFeatureRefs, type SelectedRef } from "../selection/selection-state.ts";

export interface SelectionPanelProps {
  selection: readonly SelectedRef[];
  outline: Polygonal | null;
  onClear(): void;
  onResult(result: OperationResult): void;
  onError(error: unknown): void;
}

/** The selected features and the PostGIS operations on them (and on the drawn shape). */
export function SelectionPanel({ selection, outline, onClear, onResult, onError }: SelectionPanelProps) {
  const { p } = usePlanText();
  const [bufferM, setBufferM] = useState(500);
  const [gapM, setGapM] = useState(200);
  const [withDrawn, setWithDrawn] = useState(true);
  const [busy, setBusy] = useState(false);
  const operands = (): Operands => ({
    features: asFeatureRefs(selection),
    ...(withDrawn && outline ? { geometries: [outline] } : {}),
  });
  const run = async (op: () => Promise<OperationResult>) => {
    setBusy(true);
    try {
      onResult(await op());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const nothing = selection.length === 0 && !(withDrawn && outline);

  return (
    <section className="lp-plan-selection" data-testid="selection">
      <h3>{p("selection")}</h3>
      {selection.length === 0 ? (
        <p className="lp-plan-muted">{p("selectionEmpty")}</p>
      ) : (
        <ul data-testid="selection-list">
          {selection.map((s) => (
            <li key={`${s.layer}/${s.id}`}>
              {s.name}{" "}
              <small>
                ({s.layer} #{s.id})
              </small>
            </li>
          ))}
        </ul>
      )}
      {selection.length > 0 && (
        <button type="button" onClick={onClear}>
          {p("clearSelection")}
        </button>
      )}
      <h4>{p("operations")}</h4>
      <label className="lp-plan-check">
        <input type="checkbox" checked={withDrawn} onChange={(e) => setWithDrawn(e.target.checked)} />
        {p("includeDrawn")}
      </label>
      <div className="lp-plan-row">
        <input
          type="number"
          aria-label={p("bufferBy")}
          data-testid="buffer-distance"
          value={bufferM}
          onChange={(e) => setBufferM(Number(e.target.value))}
        />
        <button
          type="button"
          data-testid="op-buffer"
          disabled={busy || nothing}
          onClick={() => run(() => planApi.buffer(operands(), bufferM))}
        >
          {p("buffer")}
        </button>
      </div>
      <div className="lp-plan-row">
        <button type="button" disabled={busy || nothing} onClick={() => run(() => planApi.union(operands()))}>
          {p("union")}
        </button>
        <button
          type="button"
          disabled={busy || !outline || selection.length === 0}
          onClick={() =>
            outline &&
            run(() => planApi.subtract({ geometries: [outline] }, { features: asFeatureRefs(selection) }))
          }
        >
          {p("subtract")}
        </button>
      </div>
      <div className="lp-plan-row">
        <input
          type="number"
          aria-label={p("gapBy")}
          value={gapM}
          onChange={(e) => setGapM(Number(e.target.value))}
        />
        <button
          type="button"
          disabled={busy || nothing}
          onClick={() => run(() => planApi.closeGaps(operands(), gapM))}
        >
          {p("closeGaps")}
        </button>
      </div>
    </section>
  );
}
