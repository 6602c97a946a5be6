import { type AlertLevel, alertLevel } from "@lianpian/domain";
import { ALERT_MARK } from "../../alerts/alert-level-badge.tsx";
import { formatDateTime, formatTime } from "../../platform/format.ts";
import type { FieldMessageKey } from "../i18n/field-messages.ts";
import { useFieldText } from "../i18n/use-field-text.ts";
import type { OutboxItem, OutboxState } from "../store/field-db.ts";

const STATE_TEXT: Record<OutboxState, FieldMessageKey> = {
  waiting: "stateWaiting",
  sending: "stateSending",
  done: "stateDone",
  attention: "stateAttention",
};

/** Every inspection on the phone and where it stands; the ones that need the user say why. */
export function OutboxView({ items, onRetry }: { items: OutboxItem[]; onRetry(clientKey: string): void }) {
  const { t, label, locale } = useFieldText();
  const time = (ms: number) => formatTime(ms, locale);
  if (items.length === 0) return <p className="lpf-note">{t("outboxEmpty")}</p>;
  return (
    <ul className="lpf-outbox" data-testid="outbox">
      {items.map((item) => (
        <li key={item.clientKey} data-state={item.state} data-client-key={item.clientKey}>
          <div className="lpf-outbox-head">
            <strong>
              {item.urgent && (
                <span className="lpf-urgent" data-testid="outbox-urgent">
                  ⚠ {t("urgent")}
                </span>
              )}{" "}
              {item.hazardName}
            </strong>
            <span className={`lpf-state lpf-state-${item.state}`} data-testid="outbox-state">
              {t(STATE_TEXT[item.state])}
            </span>
          </div>
          <small>
            {formatDateTime(item.body.inspected_at, locale)} · {t("photosSent")} {item.body.photos.length}
            {item.attempts > 0 ? ` · ${t("attempts")} ${item.attempts}` : ""}
            {item.state === "waiting" && item.nextAttemptAt > Date.now()
              ? ` · ${t("nextTry")} ${time(item.nextAttemptAt)}`
              : ""}
          </small>
          {item.result?.conflictReason && (
            <p className="lpf-warn" data-testid="conflict">
              {item.result.conflictReason === "hazard_written_off"
                ? t("conflictWrittenOff")
                : t("conflictChanged")}
            </p>
          )}
          {item.result?.alertLevel && (
            <p className={`lpf-warn lpf-alert-${item.result.alertLevel}`}>
              <span aria-hidden="true">{ALERT_MARK[item.result.alertLevel as AlertLevel] ?? "■"}</span>{" "}
              {t("alertRaised")}: {label(alertLevel, item.result.alertLevel)}
            </p>
          )}
          {item.state === "attention" && (
            <div className="lpf-attention">
              <p className="lpf-error">
                {item.lastError?.status === 401
                  ? t("loginAgain")
                  : `${item.lastError?.status ?? ""} ${item.lastError?.message ?? item.lastError?.code ?? ""}`}
              </p>
              <button type="button" className="lpf-secondary" onClick={() => onRetry(item.clientKey)}>
                {t("retryNow")}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
