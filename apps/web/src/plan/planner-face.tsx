import "./planner.css";
import type { SessionUser as User } from "@lianpian/domain";
import { lazy, Suspense, useEffect, useState } from "react";
import { planApi } from "./api/plan-api.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";
import { PlannerLogin } from "./planner-login.tsx";
import { printZoneId } from "./planner-route.ts";
import { PlannerWorkspace } from "./planner-workspace.tsx";

// Pages few visits need load when asked for: the print page, the forced password change.
const ZonePrint = lazy(() => import("./print/zone-print.tsx").then((m) => ({ default: m.ZonePrint })));
const PasswordChange = lazy(() =>
  import("../admin/password-change.tsx").then((m) => ({ default: m.PasswordChange })),
);

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
    return (
      <Suspense fallback={<main className="lp-planner-login" />}>
        <PasswordChange onChanged={() => planApi.me().then(setUser, () => setUser(null))} />
      </Suspense>
    );
  if (user.role === "field")
    return (
      <main className="lp-planner-login">
        <p className="lp-plan-warn">{t("noPlannerRole")}</p>
        <button type="button" onClick={() => planApi.logout().then(() => setUser(null))}>
          {t("logout")}
        </button>
      </main>
    );
  if (printId !== null)
    return (
      <Suspense fallback={<main className="lp-print" />}>
        <ZonePrint zoneId={printId} />
      </Suspense>
    );
  return <PlannerWorkspace user={user} onLogout={() => planApi.logout().then(() => setUser(null))} />;
}
