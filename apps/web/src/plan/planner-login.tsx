import type { DemoAccount, SessionUser as User } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { ApiFailure } from "../platform/api-client.ts";
import { LoginForm } from "../platform/login-form.tsx";
import { planApi } from "./api/plan-api.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";

const CLASSES = { form: "", error: "lp-plan-warn", primary: "lp-plan-primary", link: "lp-plan-link" };

/** Login for planners and admins; on the embedded demo the demo accounts are listed (click to fill in). */
export function PlannerLogin({ onLogin }: { onLogin(user: User): void }) {
  const { t, locale } = usePlanText();
  const [demo, setDemo] = useState<DemoAccount[]>([]);

  useEffect(() => {
    planApi.demoAccounts().then(setDemo, () => setDemo([]));
  }, []);

  const submit = async (username: string, password: string) => {
    try {
      onLogin(await planApi.login(username, password));
      return null;
    } catch (e) {
      return e instanceof ApiFailure ? e.text(locale) : t("loginFailed");
    }
  };

  return (
    <main className="lp-planner-login">
      <LoginForm
        title={t("loginTitle")}
        onSubmit={submit}
        demoAccounts={demo}
        classes={CLASSES}
        testId="planner-login"
      />
    </main>
  );
}
