import { ACCOUNT_ROLES, roleLabel } from "@lianpian/domain";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { formatDateTime } from "../platform/format.ts";
import { TextField } from "../platform/text-field.tsx";
import { type AdminSession, type AdminUser, adminApi } from "./admin-api.ts";
import { type AdminTextKey, useAdminText } from "./admin-text.ts";

/** The accounts table's columns, by their headings. */
const COLUMNS: readonly AdminTextKey[] = ["username", "displayName", "role", "state", "actions"];

/** Accounts: create (the user changes the password at first login), role, disable, reset password, sessions. */
export function UsersTab({ run }: { run(work: () => Promise<unknown>, ok?: string): Promise<void> }) {
  const { t, locale } = useAdminText();
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [form, setForm] = useState({ username: "", display_name: "", role: "planner", password: "" });
  const [open, setOpen] = useState<{ id: number; sessions: AdminSession[] } | null>(null);
  const [resetFor, setResetFor] = useState<{ id: number; password: string } | null>(null);
  const load = useCallback(() => adminApi.users().then(setUsers), []);

  useEffect(() => {
    void run(load);
  }, [load, run]);

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await adminApi.createUser({ ...form, username: form.username.trim().toLowerCase() });
      setForm({ username: "", display_name: "", role: "planner", password: "" });
      await load();
    }, t("created"));
  };
  const showSessions = (id: number) =>
    run(async () => setOpen({ id, sessions: await adminApi.sessions(id) }));

  return (
    <section data-testid="admin-users">
      <form className="lp-admin-form" onSubmit={create} data-testid="user-create">
        <TextField
          label={t("username")}
          name="new-username"
          value={form.username}
          onValue={(username) => setForm({ ...form, username })}
          required
        />
        <TextField
          label={t("displayName")}
          name="new-display-name"
          value={form.display_name}
          onValue={(display_name) => setForm({ ...form, display_name })}
          required
        />
        <label>
          {t("role")}
          <select
            name="new-role"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          >
            {ACCOUNT_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r][locale]}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={t("password")}
          name="new-password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onValue={(password) => setForm({ ...form, password })}
          required
        />
        <button type="submit" className="lp-plan-primary">
          {t("create")}
        </button>
        <small className="lp-plan-muted">{t("passwordRules")}</small>
      </form>
      <table className="lp-admin-table">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-username={u.username}>
              <td>{u.username}</td>
              <td>{u.display_name}</td>
              <td>
                <select
                  aria-label={t("role")}
                  value={u.role}
                  onChange={(e) => run(() => adminApi.updateUser(u.id, { role: e.target.value }).then(load))}
                >
                  {ACCOUNT_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {roleLabel[r][locale]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {u.disabled ? t("disabled") : t("enabled")}
                {u.must_change_password && ` · ${t("mustChange")}`}
              </td>
              <td className="lp-admin-actions">
                <button
                  type="button"
                  onClick={() => run(() => adminApi.updateUser(u.id, { disabled: !u.disabled }).then(load))}
                >
                  {u.disabled ? t("enable") : t("disable")}
                </button>
                <button type="button" onClick={() => setResetFor({ id: u.id, password: "" })}>
                  {t("resetPassword")}
                </button>
                <button type="button" onClick={() => showSessions(u.id)}>
                  {t("sessions")}
                </button>
                {resetFor?.id === u.id && (
                  <form
                    className="lp-plan-row"
                    onSubmit={(e) => {
                      e.preventDefault();
                      return run(async () => {
                        await adminApi.resetPassword(u.id, resetFor.password);
                        setResetFor(null);
                        await load();
                      }, t("saved"));
                    }}
                  >
                    <input
                      type="password"
                      autoComplete="new-password"
                      placeholder={t("newPassword")}
                      value={resetFor.password}
                      onChange={(e) => setResetFor({ id: u.id, password: e.target.value })}
                      required
                    />
                    <button type="submit">{t("save")}</button>
                  </form>
                )}
                {open?.id === u.id && (
                  <ul className="lp-admin-sessions">
                    {open.sessions.length === 0 && <li>{t("noSessions")}</li>}
                    {open.sessions.map((s) => (
                      <li key={s.id}>
                        {t("lastSeen")} {formatDateTime(s.last_seen_at, locale)} ·{" "}
                        {s.user_agent?.slice(0, 40) ?? ""}{" "}
                        <button
                          type="button"
                          onClick={() =>
                            run(() => adminApi.revokeSessions(u.id, s.id).then(() => showSessions(u.id)))
                          }
                        >
                          {t("revoke")}
                        </button>
                      </li>
                    ))}
                    {open.sessions.length > 1 && (
                      <li>
                        <button
                          type="button"
                          onClick={() =>
                            run(() => adminApi.revokeSessions(u.id).then(() => showSessions(u.id)))
                          }
                        >
                          {t("revokeAll")}
                        </button>
                      </li>
                    )}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
