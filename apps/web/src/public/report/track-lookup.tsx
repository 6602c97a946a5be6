import { reportStatus } from "@lianpian/domain";
import { type FormEvent, useEffect, useId, useState } from "react";
import { errorText } from "../../platform/api-client.ts";
import { formatDateTime } from "../../platform/format.ts";
import { useText } from "../../platform/use-text.ts";
import { publicApi, type ReportStatusReply } from "../public-api.ts";
import { reportText } from "./report-messages.ts";

/** The reporter's path through the statuses, as steps (a rejection ends it early). */
const STEPS = ["new", "triaged", "checking", "checked", "resolved"] as const;

/** Status lookup by tracking code: the status, the public reply and when it changed — nothing else. */
export function TrackLookup({
  initialCode,
  onCode,
}: {
  initialCode: string | null;
  onCode(code: string): void;
}) {
  const { t, locale } = useText(reportText);
  const id = useId();
  const [code, setCode] = useState(initialCode ?? "");
  const [result, setResult] = useState<ReportStatusReply | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function look(value: string) {
    setError(null);
    setResult(null);
    try {
      const reply = await publicApi.track(value.trim());
      setResult(reply);
      onCode(reply.tracking_code);
    } catch (e) {
      setError(errorText(e, locale));
    }
  }

  // A shared link (?tab=track&code=…) looks the code up at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival with a code
  useEffect(() => {
    if (initialCode) void look(initialCode);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void look(code);
  };
  const reached = result ? STEPS.indexOf(result.status as (typeof STEPS)[number]) : -1;

  return (
    <section className="lp-pub-track">
      <h2>{t("trackHeading")}</h2>
      <form onSubmit={submit} className="lp-pub-track-form">
        <label htmlFor={`${id}-code`}>{t("trackCode")}</label>
        <input
          id={`${id}-code`}
          value={code}
          required
          maxLength={40}
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="LP-XXXXX-XXXXX"
          data-testid="track-code"
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" className="lp-pub-primary">
          {t("trackSubmit")}
        </button>
      </form>
      {error && (
        <p className="lp-pub-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div
          className="lp-pub-status"
          aria-live="polite"
          data-testid="track-result"
          data-status={result.status}
        >
          <p>
            {t("trackStatus")}:{" "}
            <strong className={`lp-pub-state lp-pub-state-${result.status}`}>
              {locale === "zh" ? result.status_zh : result.status_en}
            </strong>
          </p>
          {result.status !== "rejected" && (
            <ol className="lp-pub-steps">
              {STEPS.map((step, i) => (
                <li
                  key={step}
                  className={i <= reached ? "lp-pub-step-done" : undefined}
                  aria-current={i === reached ? "step" : undefined}
                >
                  {reportStatus.labels[step][locale]}
                </li>
              ))}
            </ol>
          )}
          <p>
            {t("trackReply")}:{" "}
            <span data-testid="track-reply">{result.public_reply ?? t("trackNoReply")}</span>
          </p>
          {result.status_changed_at && (
            <p className="lp-pub-note">
              {t("trackUpdated")}: {formatDateTime(result.status_changed_at, locale)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
