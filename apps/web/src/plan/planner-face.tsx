import "./planner.css";
import type { SessionUser as User } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { PasswordChange } from "../admin/password-change.tsx";
import { planApi } from "./api/plan-api.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { PlannerLogin } from "./planner-login.tsx";
import { printZoneId } from "./planner-route.ts";
import { PlannerWorkspace } from "./planner-workspace.tsx";
import { ZonePrint } from "./print/zone-print.tsx";

/** /plan: the planner's face — login, then the workspace; `?print=<id>` shows a zone's print page. */
export function PlannerFace() {
  const { t } = usePlanText();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const printId = printZoneId(window.location.search);

  useEffect(() => {
    planApi.me().then(setUser, () => setUser(null));
  }, []);

  if (user === undefined) return <main className="lp-planner-login" />;
  if (!user) return <PlannerLogin onLogin={setUser} />;
  if (user.must_change_password)
    return <PasswordChange onChanged={() => planApi.me().then(setUser, () => setUser(null))} />;
  if (user.role === "field")
    return (
      <main className="lp-planner-login">
        <p className="lp-plan-warn">{t("noPlannerRole")}</p>
        <button type="button" onClick={() => planApi.logout().then(() => setUser(null))}>
          {t("logout")}
        </button>
      </main>
    );
  if (printId !== null) return <ZonePrint zoneId={printId} />;
  return <PlannerWorkspace user={user} onLogout={() => planApi.logout().then(() => setUser(null))} />;
}
