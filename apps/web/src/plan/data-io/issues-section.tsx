import { usePlanText } from "../i18n/use-plan-text.ts";
import { fieldLabel } from "./import-layers.ts";
import { issueText } from "./import-rules.ts";
import type { ImportIssue, StagedImport } from "./import-types.ts";

interface IssuesSectionProps {
  staged: StagedImport;
  focusedRow: number | null;
  /** A row clicked: its feature is ringed and shown on the map. */
  onFocusRow(row: number): void;
}

/** Step 4: every row's errors and warnings (row, field, reason); a click shows the row on the map. */
export function IssuesSection({ staged, focusedRow, onFocusRow }: IssuesSectionProps) {
  const { t } = usePlanText();
  return (
    <section className="lp-io-step" data-testid="import-issues">
      <h3>{t("ioStepCheck")}</h3>
      <p data-testid="import-counts">
        {t("ioFeatureCount")} {staged.feature_count} ·{" "}
        <span className="lp-io-error">
          {t("ioErrors")} {staged.errors.length}
        </span>{" "}
        ·{" "}
        <span className="lp-io-warning">
          {t("ioWarnings")} {staged.warnings.length}
        </span>
      </p>
      {staged.errors.length === 0 && staged.warnings.length === 0 ? (
        <p className="lp-plan-ok">{t("ioAllValid")}</p>
      ) : (
        <div className="lp-io-scroll lp-io-issues">
          <table className="lp-plan-table">
            <thead>
              <tr>
                <th>{t("ioRow")}</th>
                <th>{t("ioField")}</th>
                <th>{t("ioReason")}</th>
              </tr>
            </thead>
            <tbody data-testid="import-errors">
              {staged.errors.map((issue) => (
                <IssueRow
                  key={issueKey(issue)}
                  issue={issue}
                  layer={staged.layer}
                  kind="error"
                  focused={focusedRow}
                  onFocusRow={onFocusRow}
                />
              ))}
            </tbody>
            <tbody data-testid="import-warnings">
              {staged.warnings.map((issue) => (
                <IssueRow
                  key={issueKey(issue)}
                  issue={issue}
                  layer={staged.layer}
                  kind="warning"
                  focused={focusedRow}
                  onFocusRow={onFocusRow}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const issueKey = (i: ImportIssue) => `${i.row}:${i.field}:${i.code}:${i.message}`;

function IssueRow({
  issue,
  layer,
  kind,
  focused,
  onFocusRow,
}: {
  issue: ImportIssue;
  layer: string;
  kind: "error" | "warning";
  focused: number | null;
  onFocusRow(row: number): void;
}) {
  const { locale } = usePlanText();
  const row = issue.row;
  return (
    <tr
      className={`lp-io-${kind}`}
      data-row={row ?? undefined}
      aria-selected={row !== null && row === focused}
      onClick={row === null ? undefined : () => onFocusRow(row)}
    >
      <td>{row === null ? "—" : row}</td>
      <td>{issue.field ? fieldLabel(layer, issue.field, locale) : "—"}</td>
      <td title={issue.code}>{issueText(issue, locale)}</td>
    </tr>
  );
}
