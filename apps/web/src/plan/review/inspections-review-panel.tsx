import "./review.css";
import type { InspectionView, MonitorBeat } from "@lianpian/domain";
import { useCallback, useEffect, useState } from "react";
import { AlertsPanel, useOpenAlertCount } from "../../alerts/alerts-panel.tsx";
import { errorText } from "../../platform/api-client.ts";
import { useText } from "../../platform/use-text.ts";
import { planApi } from "../api/plan-api.ts";
import { InspectionCard } from "./inspection-card.tsx";
import TEXT from "./inspections-review-panel.text.json" with { type: "json" };
import { EMPTY_FILTER, type ReviewFilter, reviewApi } from "./review-api.ts";

/** The review tab's label: the planner workspace shows it with the open alerts' count. */
export const REVIEW_TAB_LABEL = TEXT.tab;

/** The open alerts' count as a badge for the tab (nothing while none are open). */
export function OpenAlertsBadge() {
  const n = useOpenAlertCount();
  if (!n) return null;
  return (
    <span className="lp-review-badge" data-testid="alerts-badge">
      {n}
    </span>
  );
}

/**
 * Planners' review of the field's work: inspections by point, monitor,
 * date, alert and review state (values, thresholds passed, photos, actions,
 * conflicts to accept or reject with a reason, CSV export), and the alerts
 * list beside it.
 */
export function InspectionsReviewPanel({ onLocate }: { onLocate?(lngLat: [number, number]): void }) {
  const { t, locale } = useText(TEXT);
  const [view, setView] = useState<"inspections" | "alerts">("inspections");
  const [filter, setFilter] = useState<ReviewFilter>(EMPTY_FILTER);
  const [rows, setRows] = useState<InspectionView[] | null>(null);
  const [monitors, setMonitors] = useState<MonitorBeat[]>([]);
  // the failure itself, said in the language of the moment (a change of language fetches nothing again)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const fail = useCallback((error: unknown) => setFailure({ error }), []);
  const error = failure && errorText(failure.error, locale);

  useEffect(() => {
    planApi.monitors().then(setMonitors, () => setMonitors([]));
  }, []);
  useEffect(() => {
    let alive = true;
    setFailure(null);
    reviewApi.list(filter).then((r) => alive && setRows(r), fail);
    return () => {
      alive = false;
    };
  }, [filter, fail]);

  const set = (patch: Partial<ReviewFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const replaced = (next: InspectionView) =>
    setRows((rs) => rs?.map((r) => (r.id === next.id ? { ...r, ...next } : r)) ?? null);

  return (
    <section className="lp-review" data-testid="review-panel">
      <div className="lp-review-switch">
        <button type="button" aria-pressed={view === "inspections"} onClick={() => setView("inspections")}>
          {t("inspections")}
        </button>
        <button type="button" aria-pressed={view === "alerts"} onClick={() => setView("alerts")}>
          {t("alerts")} <OpenAlertsBadge />
        </button>
      </div>
      {view === "alerts" && <AlertsPanel {...(onLocate ? { onLocate } : {})} />}
      {view === "inspections" && (
        <>
          <div className="lp-review-filter">
            <label>
              {t("point")}
              <input
                inputMode="numeric"
                value={filter.hazardId}
                onChange={(e) => set({ hazardId: e.target.value.trim() })}
              />
            </label>
            <label>
              {t("monitor")}
              <select value={filter.userId} onChange={(e) => set({ userId: e.target.value })}>
                <option value="">{t("any")}</option>
                {monitors.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.display_name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("from")}
              <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
            </label>
            <label>
              {t("to")}
              <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
            </label>
            <label>
              {t("alert")}
              <select
                value={filter.alert}
                onChange={(e) => set({ alert: e.target.value as ReviewFilter["alert"] })}
              >
                <option value="">{t("any")}</option>
                <option value="true">{t("raised")}</option>
                <option value="false">{t("quiet")}</option>
              </select>
            </label>
            <label>
              {t("review")}
              <select
                data-testid="review-state"
                value={filter.review}
                onChange={(e) => set({ review: e.target.value as ReviewFilter["review"] })}
              >
                <option value="">{t("any")}</option>
                <option value="pending">{t("pending")}</option>
                <option value="accepted">{t("accepted")}</option>
                <option value="rejected">{t("rejected")}</option>
              </select>
            </label>
            <a className="lp-review-export" href={reviewApi.exportUrl(filter)} download="inspections.csv">
              {t("export")}
            </a>
          </div>
          {error && (
            <p className="lp-plan-warn" role="alert">
              {error}
            </p>
          )}
          {rows?.length === 0 && <p>{t("empty")}</p>}
          {rows && rows.length > 0 && (
            <p>
              {rows.length} {t("count")}
            </p>
          )}
          <ol className="lp-review-list">
            {rows?.map((i) => (
              <InspectionCard key={i.id} i={i} onReviewed={replaced} onError={fail} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
