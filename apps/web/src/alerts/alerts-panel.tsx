import "./alerts.css";
import { type AlertWithStatus, dangerGrade, inspectionAction, thresholdParameter } from "@lianpian/domain";
import { useState } from "react";
import { apiFetch, apiJson } from "../platform/api-client.ts";
import { formatDateTime } from "../platform/format.ts";
import { dataOf, useApi } from "../platform/use-api.ts";
import { useText } from "../platform/use-text.ts";
import { AlertLevelBadge } from "./alert-level-badge.tsx";
import { reasonText, timeLeftText } from "./alert-reason.ts";
import TEXT from "./alerts-panel.text.json" with { type: "json" };
import { elapsedText } from "./elapsed.ts";

const STATE_MARK: Record<string, string> = {
  within: "◷",
  due_soon: "⚠",
  overdue: "✖",
  reported: "✔",
  reported_late: "✔",
};

/** The number of alerts waiting to be reported, for the tab's badge; null until known. */
export function useOpenAlertCount(): number | null {
  const { result } = useApi(
    (signal) => apiJson<{ open_count: number }>("/api/alerts?status=open&limit=1", { signal }),
    [],
    { refreshMs: 60_000 },
  );
  return dataOf(result)?.open_count ?? null;
}

/**
 * The planners' list of alerts raised by field inspections: unreported
 * first, the most severe and newest first, with the reason (which value
 * passed which threshold), photos and actions, the time left of the 4 h /
 * 12 h reporting limit, the confirmation that makes an alert public (who,
 * when), and the button to mark it reported upward. Needs alerts.read.
 */
export function AlertsPanel({ onLocate }: { onLocate?(lngLat: [number, number]): void }) {
  const { t, locale, label } = useText(TEXT);
  const [status, setStatus] = useState<"open" | "all">("open");
  // The clock of each alert moves; a minute is the list's resolution.
  const { result, retry } = useApi(
    (signal) => apiJson<{ alerts: AlertWithStatus[] }>(`/api/alerts?status=${status}`, { signal }),
    [status],
    { refreshMs: 60_000 },
  );
  const alerts = dataOf(result)?.alerts ?? null;
  const failed = result.state === "error";

  const post = async (id: number, what: "report" | "confirm") => {
    await apiFetch(`/api/alerts/${id}/${what}`, { method: "POST" });
    retry();
  };
  const parameterName = (p: string) => label(thresholdParameter, p);
  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <section className="lp-alerts" data-testid="alerts-panel">
      <h2>{t("title")}</h2>
      <div className="lp-alerts-filter">
        {(["open", "all"] as const).map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}>
            {t(s === "open" ? "showOpen" : "showAll")}
          </button>
        ))}
      </div>
      {failed && <p className="lp-warn">{t("failed")}</p>}
      {alerts?.length === 0 && <p>{t("empty")}</p>}
      <ol>
        {alerts?.map((a) => (
          <li key={a.id} data-state={a.reporting.state} data-testid="alert-row">
            <button type="button" className="lp-alerts-name" onClick={() => onLocate?.([a.lng, a.lat])}>
              <AlertLevelBadge level={a.level} /> {a.hazard_name}
            </button>
            <small>
              {label(dangerGrade, a.danger_grade)} · {a.inspector_name} · {when(a.observed_at)} · {t("since")}{" "}
              {elapsedText(a.reporting.elapsed_minutes, locale)}
            </small>
            <p className="lp-alerts-state">
              <strong>
                <span aria-hidden="true">{STATE_MARK[a.reporting.state] ?? ""}</span>{" "}
                {t(a.reporting.state as keyof typeof TEXT)}
              </strong>{" "}
              · {t("limit")} {a.report_limit_hours} h
              {a.reported_at === null && <> · {timeLeftText(a.reporting.remaining_minutes, locale)}</>}
            </p>
            <p>
              {t("reason")}: {a.reasons.map((r) => reasonText(r, locale, parameterName)).join("; ")}
            </p>
            <p>
              {t("actions")}:{" "}
              {a.actions.length > 0
                ? a.actions.map((x) => label(inspectionAction, x)).join("、")
                : t("noActions")}
            </p>
            {a.photos.length > 0 && (
              <div className="lp-alerts-photos">
                {a.photos.map((sha) => {
                  const src = `/api/inspections/${a.inspection_key}/photos/${sha}`;
                  return (
                    <a key={sha} href={src} target="_blank" rel="noreferrer">
                      <img src={src} alt={a.hazard_name} loading="lazy" />
                    </a>
                  );
                })}
              </div>
            )}
            <p className="lp-alerts-confirm" data-confirmed={a.confirmed_at !== null}>
              {a.confirmed_at ? (
                <>
                  <span aria-hidden="true">✔</span> {t("confirmed")}: {a.confirmed_by} ·{" "}
                  {when(a.confirmed_at)}
                </>
              ) : (
                <>
                  <span aria-hidden="true">○</span> {t("unconfirmed")}
                </>
              )}
            </p>
            <div className="lp-alerts-buttons">
              {a.confirmed_at === null && (
                <button type="button" onClick={() => post(a.id, "confirm")}>
                  {t("confirm")}
                </button>
              )}
              {a.reported_at === null && (
                <button type="button" onClick={() => post(a.id, "report")}>
                  {t("report")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
