import type { SessionUser as User, Zone, ZoneGovernance } from "@lianpian/domain";
import { decisionLabel } from "@lianpian/domain";
import { type FormEvent, useEffect, useState } from "react";
import { call, errorText } from "../../platform/api-client.ts";
import { formatDateTime } from "../../platform/format.ts";
import { useText } from "../../platform/use-text.ts";
import TEXT from "./zone-decision-panel.text.json" with { type: "json" };

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * The zone's lock state and decisions; for a reviewer or admin the approve /
 * accept form (document number, date, optional scan, confirmation) and the
 * reopen form; aftercare records once the zone is accepted.
 */
export function ZoneDecisionPanel({
  zone,
  user,
  onChanged,
}: {
  zone: Zone;
  user: User;
  onChanged(z: Zone): void;
}) {
  const { t, locale } = useText(TEXT);
  const [gov, setGov] = useState<ZoneGovernance | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [docNo, setDocNo] = useState("");
  const [docDate, setDocDate] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [reason, setReason] = useState("");
  const [visit, setVisit] = useState({ inspected_on: "", condition: "good", notes: "" });
  const decider = user.role === "reviewer" || user.role === "admin";

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the zone may change its locks
  useEffect(() => {
    let live = true;
    call<ZoneGovernance>("GET", `/api/zones/${zone.id}/governance`).then(
      (g) => live && setGov(g),
      console.warn,
    );
    return () => {
      live = false;
    };
  }, [zone.id, zone.version]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e, locale));
    }
  };
  const kind = zone.status === "planned" ? "approve" : zone.status === "completed" ? "accept" : null;

  const decide = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return;
    return run(async () => {
      const attachment = file
        ? { filename: file.name, content_type: file.type || undefined, content_base64: await base64Of(file) }
        : undefined;
      const z = await call<Zone>("POST", `/api/zones/${zone.id}/decisions`, {
        version: zone.version,
        kind,
        confirm: true,
        document_no: docNo,
        document_date: docDate,
        ...(attachment ? { attachment } : {}),
      });
      setDocNo("");
      setDocDate("");
      setFile(null);
      setConfirmed(false);
      onChanged(z);
    });
  };

  return (
    <section className="lp-plan-decisions" data-testid="zone-decisions">
      <h3>{t("title")}</h3>
      {gov?.read_only && (
        <p className="lp-plan-warn" data-testid="zone-locked" data-lock="read_only">
          {t("readOnly")}
        </p>
      )}
      {gov?.outline_locked && !gov.read_only && (
        <p className="lp-plan-warn" data-testid="zone-locked" data-lock="locked">
          🔒 {t("locked")}
        </p>
      )}
      {gov?.reopened && <p className="lp-plan-muted">{t("reopened")}</p>}
      <ul>
        {gov?.decisions.length === 0 && <li className="lp-plan-muted">{t("none")}</li>}
        {gov?.decisions.map((d) => (
          <li key={d.id} data-testid="zone-decision">
            <strong>{decisionLabel[d.kind][locale]}</strong>
            {d.document_no && ` · ${d.document_no} · ${d.document_date}`}
            {d.reason && ` · ${d.reason}`} · {t("by")} {d.decided_by} · {formatDateTime(d.decided_at, locale)}
            {d.attachment && (
              <>
                {" · "}
                <a href={`/api/zones/${zone.id}/decisions/${d.id}/attachment`}>{d.attachment.filename}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      {decider && kind && (
        <form onSubmit={decide} data-testid="decision-form">
          <label>
            {t("docNo")}
            <input
              data-testid="decision-doc-no"
              value={docNo}
              onChange={(e) => setDocNo(e.target.value)}
              required
            />
          </label>
          <label>
            {t("docDate")}
            <input
              data-testid="decision-doc-date"
              type="date"
              value={docDate}
              onChange={(e) => setDocDate(e.target.value)}
              required
            />
          </label>
          <label>
            {t("attachment")}
            <input
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <label className="lp-plan-row">
            <input
              type="checkbox"
              data-testid="decision-confirm"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            {t("confirm")}
          </label>
          <button
            type="submit"
            className="lp-plan-primary"
            data-testid="decision-submit"
            disabled={!confirmed}
          >
            {t(kind)}
          </button>
        </form>
      )}
      {decider && gov?.outline_locked && !gov.read_only && (
        <form
          className="lp-plan-row"
          onSubmit={(e) => {
            e.preventDefault();
            return run(async () => {
              onChanged(
                await call<Zone>("POST", `/api/zones/${zone.id}/reopen`, { version: zone.version, reason }),
              );
              setReason("");
            });
          }}
        >
          <input
            placeholder={t("reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          <button type="submit">{t("reopen")}</button>
        </form>
      )}
      {gov?.aftercare_open && (
        <>
          <h4>{t("aftercare")}</h4>
          <ul>
            {gov.aftercare.map((r) => (
              <li key={r.id}>
                {r.kind === "inspection"
                  ? `${r.inspected_on} · ${r.condition ? t(r.condition as "good") : ""} · ${r.notes ?? ""}`
                  : `${r.responsible_unit} · ${r.period_start} – ${r.period_end ?? ""}`}{" "}
                · {r.recorded_by}
              </li>
            ))}
          </ul>
          <form
            className="lp-plan-row"
            onSubmit={(e) => {
              e.preventDefault();
              return run(async () => {
                await call("POST", `/api/zones/${zone.id}/aftercare`, {
                  kind: "inspection",
                  inspected_on: visit.inspected_on,
                  condition: visit.condition,
                  ...(visit.notes ? { notes: visit.notes } : {}),
                });
                setGov(await call<ZoneGovernance>("GET", `/api/zones/${zone.id}/governance`));
              });
            }}
          >
            <input
              type="date"
              aria-label={t("inspectedOn")}
              value={visit.inspected_on}
              onChange={(e) => setVisit({ ...visit, inspected_on: e.target.value })}
              required
            />
            <select
              aria-label={t("condition")}
              value={visit.condition}
              onChange={(e) => setVisit({ ...visit, condition: e.target.value })}
            >
              {(["good", "fair", "poor"] as const).map((c) => (
                <option key={c} value={c}>
                  {t(c)}
                </option>
              ))}
            </select>
            <input
              placeholder={t("notes")}
              value={visit.notes}
              onChange={(e) => setVisit({ ...visit, notes: e.target.value })}
            />
            <button type="submit">{t("addInspection")}</button>
          </form>
        </>
      )}
      {error && (
        <p className="lp-plan-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
