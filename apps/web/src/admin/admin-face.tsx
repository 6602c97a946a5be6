import "../plan/planner.css";
import "./admin.css";
import type { SessionUser as User } from "@lianpian/domain";
import { useCallback, useEffect, useState } from "react";
import { PlannerLogin } from "../plan/planner-login.tsx";
import { errorText } from "../platform/api-client.ts";
import { authApi } from "../platform/auth-api.ts";
import { TabList } from "../platform/tab-list.tsx";
import { TriageView } from "../public/triage/triage-view.tsx";
import { type AdminTextKey, useAdminText } from "./admin-text.ts";
import { AuditTab } from "./audit-tab.tsx";
import { PasswordChange } from "./password-change.tsx";
import { SettingsTab } from "./settings-tab.tsx";
import { UsersTab } from "./users-tab.tsx";

const TABS = ["users", "audit", "reports", "settings", "imports"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, AdminTextKey> = {
  users: "tabUsers",
  audit: "tabAudit",
  reports: "tabReports",
  settings: "tabSettings",
  imports: "tabImports",
};

/** /admin: users, the audit log, citizen-report moderation and run-time settings, for administrators only. */
export function AdminFace() {
  const { t, locale } = useAdminText();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [tab, setTab] = useState<Tab>("users");
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    authApi.me().then(setUser, () => setUser(null));
  }, []);

  const run = useCallback(
    async (work: () => Promise<unknown>, ok?: string) => {
      setNotice(null);
      try {
        await work();
        if (ok) setNotice({ ok: true, text: ok });
      } catch (e) {
        setNotice({ ok: false, text: errorText(e, locale) });
      }
    },
    [locale],
  );

  if (user === undefined) return <main className="lp-planner-login" />;
  if (!user) return <PlannerLogin onLogin={setUser} />;
  if (user.must_change_password)
    return <PasswordChange onChanged={() => authApi.me().then(setUser, () => setUser(null))} />;
  const logout = (
    <button type="button" onClick={() => authApi.logout().then(() => setUser(null))}>
      {t("logout")}
    </button>
  );
  if (user.role !== "admin")
    return (
      <main className="lp-planner-login">
        <p className="lp-plan-warn">{t("onlyAdmins")}</p>
        {logout}
      </main>
    );

  return (
    <main className="lp-admin" data-testid="admin">
      <div className="lp-plan-row lp-admin-head">
        <h2>{t("title")}</h2>
        <span>{user.display_name}</span>
        {logout}
      </div>
      <TabList
        className="lp-admin-tabs"
        tabs={TABS}
        current={tab}
        onChoose={(id) => {
          setNotice(null);
          setTab(id);
        }}
        label={(id) => t(TAB_LABEL[id])}
      />
      {notice && (
        <p className={notice.ok ? "lp-plan-ok" : "lp-plan-warn"} role="status" data-testid="admin-notice">
          {notice.text}
        </p>
      )}
      {tab === "users" && <UsersTab run={run} />}
      {tab === "audit" && <AuditTab run={run} />}
      {tab === "reports" && (
        <TriageView
          onShow={([lng, lat]) => window.open(`/public?at=${lng},${lat},16`, "_blank", "noopener")}
        />
      )}
      {tab === "settings" && <SettingsTab run={run} />}
      {tab === "imports" && (
        <p>
          <a href="/plan?tab=import">{t("importsLink")}</a>
        </p>
      )}
    </main>
  );
}
