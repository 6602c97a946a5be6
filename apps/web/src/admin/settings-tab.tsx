import { useEffect, useState } from "react";
import { adminApi, type SettingRow } from "./admin-api.ts";
import { useAdminText } from "./admin-text.ts";

/** Settings a running system changes without a restart: base map, 审图号, public rate limits. */
export function SettingsTab({ run }: { run(work: () => Promise<unknown>, ok?: string): Promise<void> }) {
  const { t, locale } = useAdminText();
  const [rows, setRows] = useState<SettingRow[]>([]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once
  useEffect(() => {
    void run(() => adminApi.settings().then(setRows));
  }, []);

  const save = (row: SettingRow) => {
    const text = (drafts[row.key] ?? "").trim();
    const value = text === "" ? null : row.kind === "integer" ? Number(text) : text;
    return run(async () => {
      setRows(await adminApi.setSetting(row.key, value));
      setDrafts({ ...drafts, [row.key]: "" });
    }, t("saved"));
  };

  return (
    <section data-testid="admin-settings">
      <table className="lp-admin-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label[locale]}</th>
              <td>
                <code>{row.value === null ? t("notSet") : String(row.value)}</code>
                {row.updated_by && (
                  <small className="lp-plan-muted">
                    {" "}
                    · {t("updatedBy")} {row.updated_by}
                  </small>
                )}
              </td>
              <td>
                <form
                  className="lp-plan-row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    return save(row);
                  }}
                >
                  <input
                    aria-label={row.label[locale]}
                    type={row.kind === "integer" ? "number" : "text"}
                    value={drafts[row.key] ?? ""}
                    onChange={(e) => setDrafts({ ...drafts, [row.key]: e.target.value })}
                  />
                  <button type="submit">{t("save")}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
