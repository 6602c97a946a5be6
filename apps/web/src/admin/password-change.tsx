import { type FormEvent, useState } from "react";
import { errorText } from "../platform/api-client.ts";
import { TextField } from "../platform/text-field.tsx";
import { adminApi } from "./admin-api.ts";
import { useAdminText } from "./admin-text.ts";

/** The first thing an account an admin created (or reset) sees: choose its own password. */
export function PasswordChange({ onChanged }: { onChanged(): void }) {
  const { t, locale } = useAdminText();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await adminApi.changePassword(current, next);
      onChanged();
    } catch (e) {
      setError(errorText(e, locale));
    }
  };

  return (
    <main className="lp-planner-login">
      <form onSubmit={submit} data-testid="password-change">
        <h2>{t("changePasswordTitle")}</h2>
        <TextField
          label={t("currentPassword")}
          name="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
          required
        />
        <TextField
          label={t("newPassword")}
          name="new-password"
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
          required
        />
        <p className="lp-plan-muted">{t("passwordRules")}</p>
        {error && (
          <p className="lp-plan-warn" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="lp-plan-primary">
          {t("change")}
        </button>
      </form>
    </main>
  );
}
