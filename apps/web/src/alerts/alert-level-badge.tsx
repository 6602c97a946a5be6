import { type AlertLevel, alertLevel } from "@lianpian/domain";
import { useI18n } from "../i18n/i18n-context.tsx";

/**
 * Alert levels are told apart by a mark and the word, not by colour alone;
 * each pair of text and background colour in alerts.css has a contrast of at
 * least 4.5:1 (WCAG AA).
 */
export const ALERT_MARK: Record<AlertLevel, string> = {
  none: "○",
  blue: "●",
  yellow: "▲",
  orange: "◆",
  red: "■",
};

/** The alert level as a badge: its mark and its label, in colours that read. */
export function AlertLevelBadge({ level }: { level: string }) {
  const { label } = useI18n();
  const known = (alertLevel.has(level) ? level : "none") as AlertLevel;
  return (
    <span className={`lp-alert-badge lp-alert-badge-${known}`} data-level={known}>
      <span aria-hidden="true">{ALERT_MARK[known]}</span> {label(alertLevel, known)}
    </span>
  );
}
