import { roleLabel, type SessionUser } from "@lianpian/domain";
import { useFieldText } from "../i18n/use-field-text.ts";

/**
 * Shown instead of the field face to an account that cannot record
 * inspections (a planner or reviewer who came over from /plan with their
 * session): an inspection it wrote could never be sent, so it is asked to log
 * in as a monitor rather than given a form the server would refuse.
 */
export function NotAMonitorView({ user, onLogout }: { user: SessionUser; onLogout(): void }) {
  const { t, pick } = useFieldText();
  return (
    <section className="lpf-login" data-testid="not-a-monitor">
      <h1>{t("notMonitorTitle")}</h1>
      <p className="lpf-note">
        {t("notMonitor").replace("{role}", pick(roleLabel[user.role])).replace("{name}", user.display_name)}
      </p>
      <button type="button" className="lpf-primary" data-testid="switch-account" onClick={onLogout}>
        {t("switchAccount")}
      </button>
    </section>
  );
}
