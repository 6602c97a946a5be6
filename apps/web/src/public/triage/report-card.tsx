import { reportCategory, reportStatus } from "@lianpian/domain";
import { useEffect, useId, useState } from "react";
import { errorText } from "../../platform/api-client.ts";
import { formatDateTime } from "../../platform/format.ts";
import { useText } from "../../platform/use-text.ts";
import { type Nearby, type StaffReport, triageApi } from "./triage-api.ts";
import { triageText } from "./triage-messages.ts";

export interface ReportCardProps {
  report: StaffReport;
  onChanged(report: StaffReport): void;
  onShow(lngLat: [number, number]): void;
}

/** One report for staff: what was reported (private fields too), its links, and the actions open to it. */
export function ReportCard({ report, onChanged, onShow }: ReportCardProps) {
  const { t, locale } = useText(triageText);
  const id = useId();
  const [nearby, setNearby] = useState<Nearby | null>(null);
  const [hazardId, setHazardId] = useState<number | null>(report.hazard_id);
  const [zoneId, setZoneId] = useState<number | null>(report.zone_id);
  const [reply, setReply] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    triageApi.nearby(report.id).then(setNearby, () => setNearby({ hazards: [], zones: [] }));
  }, [report.id]);

  async function run(call: () => Promise<StaffReport>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call());
      setReply("");
    } catch (e) {
      setError(errorText(e, locale));
    } finally {
      setBusy(false);
    }
  }

  function act(action: string) {
    const base = { action, version: report.version };
    if ((action === "reject" || action === "resolve") && !reply.trim()) return setError(t("replyRequired"));
    if (action === "assign_check" && hazardId === null) return setError(t("hazardRequired"));
    const body = {
      ...base,
      ...(reply.trim() ? { reply: reply.trim() } : {}),
      ...(action === "assign_check"
        ? { hazard_id: hazardId, ...(note.trim() ? { note: note.trim() } : {}) }
        : {}),
    };
    void run(() => triageApi.act(report.id, body));
  }

  const linkChanged = hazardId !== report.hazard_id || zoneId !== report.zone_id;
  const status = reportStatus.has(report.status) ? reportStatus.labels[report.status][locale] : report.status;
  return (
    <article
      className="lp-pub-card lp-pub-triage-card"
      data-report={report.tracking_code}
      data-status={report.status}
    >
      <header>
        <h3>
          {reportCategory.has(report.category)
            ? reportCategory.labels[report.category][locale]
            : report.category}
        </h3>
        <span className={`lp-pub-state lp-pub-state-${report.status}`}>{status}</span>
      </header>
      <p className="lp-pub-quote">{report.report_text}</p>
      <dl className="lp-pub-facts">
        <dt>{t("received")}</dt>
        <dd>
          {formatDateTime(report.created_at, locale)} · {report.tracking_code}
        </dd>
        <dt>{t("contact")}</dt>
        <dd>{report.reporter_contact ?? t("noContact")}</dd>
        <dt>{t("place")}</dt>
        <dd>
          {report.lng.toFixed(5)}, {report.lat.toFixed(5)} ·{" "}
          <span data-testid="report-place-source">
            {report.location_source === "gps"
              ? `${t("placeGps")}${report.location_accuracy_m !== null ? ` ±${Math.round(report.location_accuracy_m)} m` : ""}`
              : t("placeMap")}
          </span>{" "}
          <button type="button" className="lp-pub-link" onClick={() => onShow([report.lng, report.lat])}>
            {t("showOnMap")}
          </button>
        </dd>
        {report.check_requested_at && (
          <>
            <dt>{t("checkAsked")}</dt>
            <dd>
              {formatDateTime(report.check_requested_at, locale)}
              {report.check_note ? ` · ${report.check_note}` : ""}
            </dd>
          </>
        )}
        {report.checked_inspection_id !== null && (
          <>
            <dt>{t("checkedBy")}</dt>
            <dd>#{report.checked_inspection_id}</dd>
          </>
        )}
        {report.public_reply && (
          <>
            <dt>{t("reply")}</dt>
            <dd>{report.public_reply}</dd>
          </>
        )}
      </dl>
      {report.has_photo && (
        <img
          className="lp-pub-triage-photo"
          src={`/api/reports/${report.id}/photo`}
          alt={t("photo")}
          loading="lazy"
        />
      )}
      {report.actions.length > 0 && (
        <div className="lp-pub-triage-form">
          <label htmlFor={`${id}-hazard`}>{t("linkedHazard")}</label>
          <select
            id={`${id}-hazard`}
            value={hazardId ?? ""}
            data-testid="triage-hazard"
            onChange={(e) => setHazardId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">{t("nothing")}</option>
            {report.hazard_id !== null && !nearby?.hazards.some((h) => h.id === report.hazard_id) && (
              <option value={report.hazard_id}>{report.hazard_name ?? report.hazard_id}</option>
            )}
            {nearby?.hazards.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name_zh} · {h.unified_code} · {Math.round(h.distance_m)} m
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-zone`}>{t("linkedZone")}</label>
          <select
            id={`${id}-zone`}
            value={zoneId ?? ""}
            onChange={(e) => setZoneId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">{t("nothing")}</option>
            {report.zone_id !== null && !nearby?.zones.some((z) => z.id === report.zone_id) && (
              <option value={report.zone_id}>{report.zone_code ?? report.zone_id}</option>
            )}
            {nearby?.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name_zh} · {z.code} · {Math.round(z.distance_m)} m
              </option>
            ))}
          </select>
          {linkChanged && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(() => triageApi.link(report.id, { hazard_id: hazardId, zone_id: zoneId }))
              }
            >
              {t("link")}
            </button>
          )}
          <label htmlFor={`${id}-reply`}>{t("reply")}</label>
          <textarea
            id={`${id}-reply`}
            rows={2}
            maxLength={1000}
            value={reply}
            onChange={(e) => setReply(e.currentTarget.value)}
          />
          {report.actions.includes("assign_check") && (
            <>
              <label htmlFor={`${id}-note`}>{t("note")}</label>
              <input
                id={`${id}-note`}
                maxLength={500}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
            </>
          )}
          {error && (
            <p className="lp-pub-error" role="alert">
              {error}
            </p>
          )}
          <div className="lp-pub-actions">
            {report.actions.map((action) => (
              <button
                key={action}
                type="button"
                disabled={busy}
                data-action={action}
                className={action === "reject" ? "lp-pub-danger" : undefined}
                onClick={() => act(action)}
              >
                {t(action as keyof typeof triageText)}
              </button>
            ))}
          </div>
        </div>
      )}
    </article>
  );
}
