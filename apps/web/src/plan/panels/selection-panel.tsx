import type { Operands, OperationResult } from "@lianpian/domain";
import { checkBufferDistance, checkGapDistance } from "@lianpian/domain";
import { useState } from "react";
import type { Polygonal } from "../api/plan-api.ts";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { asFeatureRefs, type SelectedRef } from "../selection/selection-state.ts";
import { type Refusal, refusalOf, refusalOfCheck, refusalText } from "./field-refusal.ts";

export interface SelectionPanelProps {
  selection: readonly SelectedRef[];
  outline: Polygonal | null;
  onClear(): void;
  onResult(result: OperationResult): void;
  /** Kept for the tab's wiring; refusals are said in the panel, beside the distance they concern. */
  onError?(error: unknown): void;
}

/**
 * The selected features and the PostGIS operations on them (and on the
 * drawn shape). The distances are checked by the API's own rules before
 * sending; a refusal, the rule's or the server's, is said beside its input.
 */
export function SelectionPanel({ selection, outline, onClear, onResult }: SelectionPanelProps) {
  const { t, locale } = usePlanText();
  const [bufferM, setBufferM] = useState(500);
  const [gapM, setGapM] = useState(200);
  const [withDrawn, setWithDrawn] = useState(true);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const bufferCheck = refusalOfCheck(checkBufferDistance(bufferM));
  const gapCheck = refusalOfCheck(checkGapDistance(gapM));
  const operands = (): Operands => ({
    features: asFeatureRefs(selection),
    ...(withDrawn && outline ? { geometries: [outline] } : {}),
  });
  const run = async (op: () => Promise<OperationResult>, check: Refusal | null = null) => {
    if (check) return setRefusal(check);
    setBusy(true);
    try {
      const result = await op();
      setRefusal(null);
      onResult(result);
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  };
  const said = (field: string, live: Refusal | null = null) => {
    const text = refusalText(live ?? (refusal?.field === field ? refusal : null), locale);
    return text ? (
      <p className="lp-plan-warn" role="alert" data-testid={`refusal-${field}`}>
        {text}
      </p>
    ) : null;
  };
  const nothing = selection.length === 0 && !(withDrawn && outline);

  return (
    <section className="lp-plan-selection" data-testid="selection">
      <h3>{t("selection")}</h3>
      {selection.length === 0 ? (
        <p className="lp-plan-muted">{t("selectionEmpty")}</p>
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
          {t("clearSelection")}
        </button>
      )}
      <h4>{t("operations")}</h4>
      <label className="lp-plan-check">
        <input type="checkbox" checked={withDrawn} onChange={(e) => setWithDrawn(e.target.checked)} />
        {t("includeDrawn")}
      </label>
      <div className="lp-plan-row">
        <input
          type="number"
          aria-label={t("bufferBy")}
          data-testid="buffer-distance"
          value={bufferM}
          aria-invalid={Boolean(bufferCheck)}
          onChange={(e) => {
            setBufferM(Number(e.target.value));
            setRefusal(null);
          }}
        />
        <button
          type="button"
          data-testid="op-buffer"
          disabled={busy || nothing}
          onClick={() => run(() => planApi.buffer(operands(), bufferM), bufferCheck)}
        >
          {t("buffer")}
        </button>
      </div>
      {said("distance_m", bufferCheck)}
      <div className="lp-plan-row">
        <button type="button" disabled={busy || nothing} onClick={() => run(() => planApi.union(operands()))}>
          {t("union")}
        </button>
        <button
          type="button"
          disabled={busy || !outline || selection.length === 0}
          onClick={() =>
            outline &&
            run(() => planApi.subtract({ geometries: [outline] }, { features: asFeatureRefs(selection) }))
          }
        >
          {t("subtract")}
        </button>
      </div>
      <div className="lp-plan-row">
        <input
          type="number"
          aria-label={t("gapBy")}
          data-testid="gap-distance"
          value={gapM}
          aria-invalid={Boolean(gapCheck)}
          onChange={(e) => {
            setGapM(Number(e.target.value));
            setRefusal(null);
          }}
        />
        <button
          type="button"
          data-testid="op-close-gaps"
          disabled={busy || nothing}
          onClick={() => run(() => planApi.closeGaps(operands(), gapM), gapCheck)}
        >
          {t("closeGaps")}
        </button>
      </div>
      {said("gap_m", gapCheck)}
      {refusal && !["distance_m", "gap_m"].includes(refusal.field) && said(refusal.field)}
    </section>
  );
}
