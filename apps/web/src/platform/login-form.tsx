import type { DemoAccount } from "@lianpian/domain";
import { type FormEvent, type ReactNode, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { TextField } from "./text-field.tsx";

/** A face's class names for the form's parts (the form looks like its face). */
interface LoginFormClasses {
  form: string;
  error: string;
  primary: string;
  link: string;
}

export interface LoginFormProps {
  title: string;
  /** A line under the title. */
  hint?: ReactNode;
  /** Tries the login: null once logged in, else the message to show. */
  onSubmit(username: string, password: string): Promise<string | null>;
  /** Demo accounts offered (a click fills the form in); the embedded demo only. */
  demoAccounts?: readonly DemoAccount[];
  classes: LoginFormClasses;
  testId?: string;
}

/** The one login form of the app (planner, admin, field, staff triage): username, password, demo accounts. */
export function LoginForm({ title, hint, onSubmit, demoAccounts = [], classes, testId }: LoginFormProps) {
  const { t, locale } = useI18n();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setError(await onSubmit(username.trim(), password));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={classes.form} onSubmit={submit} data-testid={testId}>
      <h2>{title}</h2>
      {hint}
      <TextField
        label={t("loginUsername")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        required
        value={username}
        onValue={setUsername}
      />
      <TextField
        label={t("loginPassword")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      {error && (
        <p className={classes.error} role="alert">
          {error}
        </p>
      )}
      <button type="submit" className={classes.primary} disabled={busy}>
        {t("loginSubmit")}
      </button>
      {demoAccounts.length > 0 && (
        <section data-testid="demo-accounts">
          <h3>{t("loginDemoAccounts")}</h3>
          <ul>
            {demoAccounts.map((a) => (
              <li key={a.username}>
                <button
                  type="button"
                  className={classes.link}
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
  );
}
