import "./alerts.css";
import { type AlertWithStatus, alertLevel, dangerGrade, type Label } from "@lianpian/domain";
import { useCallback, useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { elapsedText } from "./elapsed.ts";

const TEXT = {
  title: { zh: "预警速报", en: "Raised alerts" },
  empty: { zh: "没有待上报的预警", en: "No alerts waiting to be reported" },
  since: { zh: "距发现", en: "Since observed" },
  limit: { zh: "时限", en: "Limit" },
  report: { zh: "标记已上报", en: "Mark reported" },
  within: { zh: "时限内", en: "Within limit" },
  due_soon: { zh: "即将超时", en: "Due soon" },
  overdue: { zh: "已超时", en: "Overdue" },
  reported: { zh: "已按时上报", en: "Reported in time" },
  reported_late: { zh: "逾期上报", en: "Reported late" },
  failed: { zh: "无法读取预警", en: "Could not read the alerts" },
} as const satisfies Record<string, Label>;

/**
 * The planners' list of alerts raised by field inspections: oldest
 * unreported first, with the time since the monitor observed it against the
 * 4 h / 12 h reporting limit, and a button to mark it reported upward.
 * Needs a logged-in planner or admin (alerts.read).
 */
export function AlertsPanel({ onLocate }: { onLocate?(lngLat: [number, number]): void }) {
  const { locale, label } = useI18n();
  const t = (key: keyof typeof TEXT) => TEXT[key][locale];
  const [alerts, setAlerts] = useState<AlertWithStatus[] | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const response = await fetch("/api/alerts?status=open", { credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      setAlerts(((await response.json()) as { alerts: AlertWithStatus[] }).alerts);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    void load();
    // The clock of each alert moves; a minute is the list's resolution.
    const timer = setInterval(load, 60_000);
    return () => clearInterval(timer);
  }, [load]);

  const report = async (id: number) => {
    await fetch(`/api/alerts/${id}/report`, { method: "POST", credentials: "same-origin" });
    await load();
  };

  return (
    <section className="lp-alerts" data-testid="alerts-panel">
      <h2>{t("title")}</h2>
      {failed && <p className="lp-warn">{t("failed")}</p>}
      {alerts?.length === 0 && <p>{t("empty")}</p>}
      <ol>
        {alerts?.map((a) => (
          <li key={a.id} data-state={a.reporting.state}>
            <button type="button" className="lp-alerts-name" onClick={() => onLocate?.([a.lng, a.lat])}>
              <span className={`lp-alert-${a.level}`}>{label(alertLevel, a.level)}</span> {a.hazard_name}
            </button>
            <small>
              {label(dangerGrade, a.danger_grade)} · {a.inspector_name} · {t("since")}{" "}
              {elapsedText(a.reporting.elapsed_minutes, locale)} · {t("limit")} {a.report_limit_hours} h ·{" "}
              <strong>{t(a.reporting.state as keyof typeof TEXT)}</strong>
            </small>
            <button type="button" onClick={() => report(a.id)}>
              {t("report")}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
