import { type FormEvent, useCallback, useEffect, useState } from "react";
import { formatDateTime } from "../platform/format.ts";
import { TextField } from "../platform/text-field.tsx";
import { type AuditEntry, type AuditFilter, adminApi, auditQuery } from "./admin-api.ts";
import { type AdminTextKey, useAdminText } from "./admin-text.ts";

/** The log's columns, by their headings. */
const COLUMNS: readonly AdminTextKey[] = ["time", "filterUser", "action", "entity", "details"];

/** The audit log: filter by user, action, entity and time; export what is filtered as CSV. */
export function AuditTab({ run }: { run(work: () => Promise<unknown>, ok?: string): Promise<void> }) {
  const { t, locale } = useAdminText();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const search = useCallback((f: AuditFilter) => adminApi.audit(f).then(setEntries), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page loads once; later by the form
  useEffect(() => {
    void run(() => search({}));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(() => search(filter));
  };
  const field = (key: keyof AuditFilter, label: string, type = "text") => (
    <TextField
      label={label}
      name={`audit-${key}`}
      type={type}
      value={filter[key] ?? ""}
      onValue={(value) => setFilter({ ...filter, [key]: value })}
    />
  );

  return (
    <section data-testid="admin-audit">
      <form className="lp-admin-form" onSubmit={submit} data-testid="audit-filter">
        {field("user", t("filterUser"))}
        {field("action", t("filterAction"))}
        {field("entity", t("filterEntity"))}
        {field("entity_id", t("filterEntityId"))}
        {field("from", t("from"), "datetime-local")}
        {field("to", t("to"), "datetime-local")}
        <button type="submit" className="lp-plan-primary">
          {t("search")}
        </button>
        <a href={`/api/admin/audit?${auditQuery(filter, { format: "csv", limit: "5000" })}`} download>
          {t("exportCsv")}
        </a>
      </form>
      <table className="lp-admin-table" data-testid="audit-entries">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length}>{t("noEntries")}</td>
            </tr>
          )}
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>{formatDateTime(e.at, locale)}</td>
              <td>
                {e.username} ({e.role})
              </td>
              <td>{e.action}</td>
              <td>
                {e.entity}
                {e.entity_id ? ` #${e.entity_id}` : ""}
              </td>
              <td>
                <code>{JSON.stringify(e.details).slice(0, 300)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
