import { useCallback, useEffect, useState } from "react";
import { ApiFailure, errorText } from "../../platform/api-client.ts";
import { formatDateTime } from "../../platform/format.ts";
import type { PlanMessageKey } from "../i18n/plan-messages.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { crsLabel } from "./crs-choices.ts";
import { importApi } from "./import-api.ts";
import { layerTitle } from "./import-layers.ts";
import type { ChangedRow, ImportRecord, ImportStatus } from "./import-types.ts";

const STATUS_KEY: Record<ImportStatus, PlanMessageKey> = {
  staged: "ioStatusStaged",
  committed: "ioStatusCommitted",
  undone: "ioStatusUndone",
};

interface HistorySectionProps {
  /** Bumped on every commit here: the list reads again. */
  revision: number;
  onResume(id: number): void;
  /** An import undone: the layer's rows changed. */
  onUndone(layer: string): void;
}

/** A refused undo: why, and the rows edited since the import that stop it. */
interface UndoRefusal {
  id: number;
  text: string;
  rows: ChangedRow[];
}

/** Who imported what, when, from which file; a committed import is undone while its rows are untouched. */
export function HistorySection({ revision, onResume, onUndone }: HistorySectionProps) {
  const { t, locale } = usePlanText();
  const [records, setRecords] = useState<ImportRecord[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<UndoRefusal | null>(null);
  const [reads, setReads] = useState(0);
  const text = useCallback((e: unknown) => errorText(e, locale), [locale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision and reads are the triggers to read again
  useEffect(() => {
    let live = true;
    importApi.list().then(
      (r) => {
        if (!live) return;
        setRecords(r);
        setFailure(null);
      },
      (e: unknown) => live && setFailure(text(e)),
    );
    return () => {
      live = false;
    };
  }, [revision, reads, text]);

  const undo = (r: ImportRecord) => {
    setRefusal(null);
    importApi.undo(r.id).then(
      () => {
        setReads((n) => n + 1);
        onUndone(r.layer);
      },
      (e: unknown) => setRefusal({ id: r.id, text: text(e), rows: changedRows(e) }),
    );
  };

  return (
    <section className="lp-io-step" data-testid="import-history">
      <h3>{t("ioHistory")}</h3>
      {failure && <p className="lp-plan-warn">{failure}</p>}
      {records?.length === 0 && <p className="lp-plan-muted">{t("ioHistoryEmpty")}</p>}
      <ul className="lp-io-history">
        {records?.map((r) => (
          <li key={r.id} data-import={r.id} data-status={r.status}>
            <div>
              <strong>{r.file_name}</strong> → {layerTitle(r.layer, locale)} ·{" "}
              {t(STATUS_KEY[r.status] ?? "ioStatusStaged")}
            </div>
            <small>
              {formatDateTime(r.created_at, locale)}
              {r.created_by ? ` · ${r.created_by}` : ""} · {crsLabel(r.crs, locale)} · {t("ioFeatureCount")}{" "}
              {r.feature_count}
              {r.inserted != null &&
                ` · ${t("ioInserted")} ${r.inserted} · ${t("ioUpdated")} ${r.updated ?? 0}`}{" "}
              · SHA-256 <code title={r.sha256}>{r.sha256.slice(0, 10)}</code>
            </small>
            <div className="lp-plan-row">
              {r.status === "staged" && (
                <button type="button" onClick={() => onResume(r.id)}>
                  {t("ioResume")}
                </button>
              )}
              {r.status === "committed" && (
                <button type="button" data-testid={`undo-import-${r.id}`} onClick={() => undo(r)}>
                  {t("ioUndo")}
                </button>
              )}
            </div>
            {refusal?.id === r.id && (
              <div className="lp-plan-warn" role="alert" data-testid="undo-refusal">
                <p>{refusal.text}</p>
                {refusal.rows.length > 0 && (
                  <>
                    <p>{t("ioChangedRows")}</p>
                    <ul>
                      {refusal.rows.map((c) => (
                        <li key={`${c.table}/${c.id}`}>
                          {c.row === null ? "" : `${t("ioRow")} ${c.row}: `}
                          {layerTitle(r.layer, locale)} #{c.id}{" "}
                          {t(c.change === "deleted" ? "ioRowDeleted" : "ioRowEdited")}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The rows a refused undo names as changed since the import. */
export function changedRows(e: unknown): ChangedRow[] {
  if (!(e instanceof ApiFailure)) return [];
  const rows = (e.details as { rows?: unknown } | null | undefined)?.rows;
  return Array.isArray(rows) ? (rows as ChangedRow[]) : [];
}
