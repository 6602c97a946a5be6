import type { DemoAccount, SessionUser as User } from "@lianpian/domain";
import { type FormEvent, useEffect, useState } from "react";
import { ApiFailure } from "../platform/api-client.ts";
import { planApi } from "./api/plan-api.ts";
import { usePlanText } from "./i18n/use-plan-text.ts";

/** Login for planners; on the embedded demo the demo accounts are listed (click to fill in). */
export function PlannerLogin({ onLogin }: { onLogin(user: User): void }) {
  const { p, locale } = usePlanText();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [demo, setDemo] = useState<DemoAccount[]>([]);

  useEffect(() => {
    planApi.demoAccounts().then(setDemo, () => setDemo([]));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onLogin(await planApi.login(username.trim(), password));
    } catch (e) {
      setError(e instanceof ApiFailure ? e.text(locale) : p("loginFailed"));
    }
  };

  return (
    <main className="lp-planner-login">
      <form onSubmit={submit} data-testid="planner-login">
        <h2>{p("loginTitle")}</h2>
        <label>
          {p("username")}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {p("password")}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="lp-plan-warn" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="lp-plan-primary">
          {p("login")}
        </button>
        {demo.length > 0 && (
          <section data-testid="demo-accounts">
            <h3>{p("demoAccounts")}</h3>
            <ul>
              {demo.map((a) => (
                <li key={a.username}>
                  <button
                    type="button"
                    className="lp-plan-link"
                    onClick={() => {
                      setUsername(a.username);
                      setPassword(a.password);
                    }}
                  >
                    {locale === "zh" ? a.role_zh : a.role_en}：{a.username} / {a.password}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </main>
  );
}
