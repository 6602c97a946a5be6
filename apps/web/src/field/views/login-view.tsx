import { type FormEvent, useEffect, useState } from "react";
import { demoAccounts } from "../api/field-api.ts";
import type { LoginError } from "../hooks/use-session.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

const ERROR_KEY = { credentials: "loginFailed", offline: "loginOffline", other: "loginFailed" } as const;

/** Login of a field monitor; the embedded demo offers its field account. */
export function LoginView({
  onLogin,
}: {
  onLogin(username: string, password: string): Promise<LoginError | null>;
}) {
  const { ft } = useFieldText();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<LoginError | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<{ username: string; password: string } | null>(null);

  useEffect(() => {
    demoAccounts()
      .then((list) => setDemo(list.find((a) => a.role === "field") ?? null))
      .catch(() => setDemo(null));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await onLogin(username.trim(), password));
    setBusy(false);
  };

  return (
    <form className="lpf-login" onSubmit={submit}>
      <h1>{ft("loginTitle")}</h1>
      <label>
        {ft("username")}
        <input
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
      </label>
      <label>
        {ft("password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="lpf-error" role="alert">
          {ft(ERROR_KEY[error])}
        </p>
      )}
      <button type="submit" className="lpf-primary" disabled={busy}>
        {ft("login")}
      </button>
      {demo && (
        <button
          type="button"
          className="lpf-secondary"
          onClick={() => {
            setUsername(demo.username);
            setPassword(demo.password);
          }}
        >
          {ft("demoAccount")}: {demo.username}
        </button>
      )}
    </form>
  );
}
