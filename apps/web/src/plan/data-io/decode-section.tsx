import { DataTable } from "../../platform/data-table.tsx";
import type { PlanMessageKey } from "../i18n/plan-messages.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { CrsSelect } from "./crs-select.tsx";
import { DatumParams } from "./datum-params.tsx";
import { ENCODINGS } from "./import-layers.ts";
import { issueText } from "./import-rules.ts";
import type { ImportEncoding, ImportIssue, StagedImport } from "./import-types.ts";
import { RefusalText } from "./refusal-text.tsx";
import type { ImportSession } from "./use-import-session.ts";

const SOURCE_KEY: Record<ImportEncoding["source"], PlanMessageKey> = {
  override: "ioEncodingOverride",
  cpg: "ioEncodingCpg",
  detected: "ioEncodingDetected",
  format: "ioEncodingFormat",
};

/** Step 2: how the text was decoded (with the first rows to judge by) and which coordinate system the file is in. */
export function DecodeSection({ session, staged }: { session: ImportSession; staged: StagedImport }) {
  const { t } = usePlanText();
  const { encoding } = staged;
  const encodings = ENCODINGS.includes(encoding.used as never) ? ENCODINGS : [encoding.used, ...ENCODINGS];
  const busy = session.busy !== null;
  return (
    <section className="lp-io-step" data-testid="import-decode">
      <h3>{t("ioStepDecode")}</h3>
      <p className="lp-plan-muted" data-testid="import-summary">
        {staged.file_name} · {t("ioFeatureCount")} {staged.feature_count} · SHA-256{" "}
        {staged.sha256.slice(0, 12)}…
      </p>
      <label>
        <span>{t("ioEncoding")}</span>
        <select
          data-testid="import-encoding"
          value={encoding.used}
          disabled={busy || encoding.source === "format"}
          onChange={(e) => session.change("encoding", { encoding: e.target.value })}
        >
          {encodings.map((e) => (
            <option key={e} value={e}>
              {e.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <p className="lp-plan-muted" data-testid="import-encoding-source">
        {t(SOURCE_KEY[encoding.source])}
        {encoding.detected && encoding.detected !== encoding.used
          ? ` (${t("ioDetectedAs")} ${encoding.detected})`
          : ""}
      </p>
      <RefusalText session={session} control="encoding" />
      <PreviewTable staged={staged} />
      <CrsSelect
        testId="import-crs"
        value={staged.crs}
        emptyLabel={t("ioCrsUnknown")}
        disabled={busy}
        onChange={(crs) => session.change("crs", { crs })}
      />
      <FileIssues staged={staged} field="crs" />
      <DatumParams session={session} staged={staged} />
      <RefusalText session={session} control="crs" />
      {staged.source_layers.length > 1 && (
        <label>
          <span>{t("ioSourceLayer")}</span>
          <select
            data-testid="import-source-layer"
            value={staged.source_layer ?? ""}
            disabled={busy}
            onChange={(e) => session.change("file", { layer: e.target.value })}
          >
            {staged.source_layers.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}

/** The whole file's errors and warnings about one choice (the CRS found, refused or assumed), beside its control. */
function FileIssues({ staged, field }: { staged: StagedImport; field: string }) {
  const { locale } = usePlanText();
  const about = (kind: "error" | "warning") => (i: ImportIssue) => ({ ...i, kind });
  const issues = [...staged.errors.map(about("error")), ...staged.warnings.map(about("warning"))].filter(
    (i) => i.row === null && i.field === field,
  );
  return issues.map((i) => (
    <p
      key={i.code}
      className={i.kind === "error" ? "lp-plan-warn" : "lp-plan-muted"}
      data-testid={`file-issue-${i.code}`}
    >
      {issueText(i, locale)}
    </p>
  ));
}

/** The first rows as the server decoded them: 晋城市… must read right before anything is written. */
function PreviewTable({ staged }: { staged: StagedImport }) {
  const { t } = usePlanText();
  if (staged.preview.length === 0) return null;
  const columns =
    staged.source_fields.length > 0 ? staged.source_fields : Object.keys(staged.preview[0] ?? {});
  return (
    <div className="lp-io-scroll">
      <DataTable
        className="lp-plan-table"
        data-testid="import-preview"
        aria-label={t("ioPreview")}
        rows={staged.preview}
        rowKey={(row) => row.row}
        columns={[
          { head: t("ioRow"), cell: (row) => row.row },
          ...columns.map((c) => ({
            key: `field-${c}`,
            head: c,
            cell: (row: StagedImport["preview"][number]) => cellText(row[c]),
          })),
        ]}
      />
    </div>
  );
}

const cellText = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
