import type { SessionUser } from "@lianpian/domain";
import { errorText } from "../../platform/api-client.ts";
import { authApi } from "../../platform/auth-api.ts";
import { LoginForm } from "../../platform/login-form.tsx";
import { useText } from "../../platform/use-text.ts";
import { triageText } from "./triage-messages.ts";

const CLASSES = {
  form: "lp-pub-login",
  error: "lp-pub-error",
  primary: "lp-pub-primary",
  link: "lp-pub-link",
};

/** Staff log in (session cookie) to reach the triage view. */
export function StaffLogin({ onLoggedIn }: { onLoggedIn(user: SessionUser): void }) {
  const { t, locale } = useText(triageText);
  const submit = async (username: string, password: string) => {
    try {
      onLoggedIn(await authApi.login(username, password));
      return null;
    } catch (e) {
      return errorText(e, locale);
    }
  };
  return (
    <LoginForm
      title={t("loginHeading")}
      hint={<p className="lp-pub-note">{t("loginHint")}</p>}
      onSubmit={submit}
      classes={CLASSES}
    />
  );
}
