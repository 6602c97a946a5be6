import { type FormEvent, useId, useState } from "react";
import { errorText } from "../../platform/api-client.ts";
import { usePublicText } from "../public-messages.ts";
import { type Me, triageApi } from "./triage-api.ts";
import { triageText } from "./triage-messages.ts";

/** Staff log in (session cookie) to reach the triage view. */
export function LoginForm({ onLoggedIn }: { onLoggedIn(me: Me): void }) {
  const { locale } = usePublicText();
  const tx = (k: keyof typeof triageText) => triageText[k][locale];
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      onLoggedIn(await triageApi.login(username.trim(), password));
    } catch (e) {
      setError(errorText(e, locale));
    }
  }

  return (
    <form className="lp-pub-login" onSubmit={submit}>
      <h2>{tx("loginHeading")}</h2>
      <p className="lp-pub-note">{tx("loginHint")}</p>
      <label htmlFor={`${id}-user`}>{tx("username")}</label>
      <input
        id={`${id}-user`}
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
      />
      <label htmlFor={`${id}-password`}>{tx("password")}</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      {error && (
        <p className="lp-pub-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="lp-pub-primary">
        {tx("login")}
      </button>
    </form>
  );
}
