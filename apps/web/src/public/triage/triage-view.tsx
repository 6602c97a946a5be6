import type { SessionUser } from "@lianpian/domain";
import { useCallback, useEffect, useState } from "react";
import { ApiFailure, errorText } from "../../platform/api-client.ts";
import { authApi } from "../../platform/auth-api.ts";
import { useText } from "../../platform/use-text.ts";
import { StaffLogin } from "./login-form.tsx";
import { ReportCard } from "./report-card.tsx";
import { type StaffReport, triageApi } from "./triage-api.ts";
import { triageText } from "./triage-messages.ts";

const OPEN = ["new", "triaged", "checking", "checked"] as const;

type Session = { state: "checking" } | { state: "anonymous" } | { state: "in"; user: SessionUser };

/** Planners' and administrators' triage of citizen reports, behind a login. */
export function TriageView({ onShow }: { onShow(lngLat: [number, number]): void }) {
  const { t, locale } = useText(triageText);
  const [session, setSession] = useState<Session>({ state: "checking" });
  const [openOnly, setOpenOnly] = useState(true);
  const [reports, setReports] = useState<StaffReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    authApi.me().then(
      (user) => setSession({ state: "in", user }),
      () => setSession({ state: "anonymous" }),
    );
  }, []);

  const load = useCallback(async () => {
    setError(null);
    try {
      setReports((await triageApi.list(openOnly ? OPEN : [])).reports);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 403) setError(triageText.forbidden[locale]);
      else setError(errorText(e, locale));
    }
  }, [openOnly, locale]);

  useEffect(() => {
    if (session.state === "in") void load();
  }, [session, load]);

  if (session.state === "checking") return <p className="lp-pub-note">…</p>;
  if (session.state === "anonymous")
    return <StaffLogin onLoggedIn={(user) => setSession({ state: "in", user })} />;

  const replace = (next: StaffReport) =>
    setReports((list) => list?.map((r) => (r.id === next.id ? next : r)) ?? null);
  return (
    <section className="lp-pub-triage" data-testid="triage">
      <header className="lp-pub-triage-head">
        <h2>{t("heading")}</h2>
        <span className="lp-pub-note">{session.user.display_name}</span>
        <button
          type="button"
          className="lp-pub-secondary"
          onClick={() => void authApi.logout().then(() => setSession({ state: "anonymous" }))}
        >
          {t("logout")}
        </button>
      </header>
      <fieldset className="lp-pub-segment">
        <legend>{t("filter")}</legend>
        <label>
          <input type="radio" name="triage-filter" checked={openOnly} onChange={() => setOpenOnly(true)} />
          {t("open")}
        </label>
        <label>
          <input type="radio" name="triage-filter" checked={!openOnly} onChange={() => setOpenOnly(false)} />
          {t("all")}
        </label>
      </fieldset>
      {error && (
        <p className="lp-pub-error" role="alert">
          {error}
        </p>
      )}
      {reports?.length === 0 && <p className="lp-pub-note">{t("none")}</p>}
      {reports?.map((report) => (
        <ReportCard key={report.id} report={report} onChanged={replace} onShow={onShow} />
      ))}
    </section>
  );
}
