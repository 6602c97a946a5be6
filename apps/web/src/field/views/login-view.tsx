import type { DemoAccount } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { authApi } from "../../platform/auth-api.ts";
import { LoginForm } from "../../platform/login-form.tsx";
import type { LoginError } from "../hooks/use-session.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

const ERROR_KEY = { credentials: "loginFailed", offline: "loginOffline", other: "loginFailed" } as const;
const CLASSES = { form: "lpf-login", error: "lpf-error", primary: "lpf-primary", link: "lpf-secondary" };

/** Login of a field monitor; the embedded demo offers its field account. */
export function LoginView({
  onLogin,
}: {
  onLogin(username: string, password: string): Promise<LoginError | null>;
}) {
  const { t } = useFieldText();
  const [demo, setDemo] = useState<DemoAccount[]>([]);

  useEffect(() => {
    authApi
      .demoAccounts()
      .then((list) => setDemo(list.filter((a) => a.role === "field")))
      .catch(() => setDemo([]));
  }, []);

  const submit = async (username: string, password: string) => {
    const error = await onLogin(username, password);
    return error ? t(ERROR_KEY[error]) : null;
  };

  return <LoginForm title={t("loginTitle")} onSubmit={submit} demoAccounts={demo} classes={CLASSES} />;
}
