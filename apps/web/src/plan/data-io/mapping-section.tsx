import { importLayer } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { errorText } from "../../platform/api-client.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { importApi } from "./import-api.ts";
import { fieldLabel } from "./import-layers.ts";
import type { FieldMapping, StagedImport } from "./import-types.ts";
import { assignColumn, fieldOfColumn, sameMapping, unmappedRequired } from "./mapping-edit.ts";
import { RefusalText } from "./refusal-text.tsx";
import type { ImportSession } from "./use-import-session.ts";

/** Step 3: each source column to a layer field (automatic matches filled in), applied, saved or reused. */
export function MappingSection({ session, staged }: { session: ImportSession; staged: StagedImport }) {
  const { t, locale } = usePlanText();
  const [draft, setDraft] = useState<FieldMapping>(staged.mapping);
  const [saved, setSaved] = useState<FieldMapping | null>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  useEffect(() => setDraft(staged.mapping), [staged.mapping]);
  useEffect(() => {
    let live = true;
    importApi.savedMapping(staged.layer).then(
      (m) => live && setSaved(m?.mapping ?? null),
      () => live && setSaved(null),
    );
    return () => {
      live = false;
    };
  }, [staged.layer]);

  const byColumn = fieldOfColumn(draft);
  const required =
    importLayer(staged.layer)
      ?.fields.filter((f) => f.required)
      .map((f) => f.name) ?? [];
  const missing = unmappedRequired(draft, required);
  const changed = !sameMapping(draft, staged.mapping);
  const busy = session.busy !== null;
  const save = () =>
    importApi.saveMapping(staged.layer, draft).then(
      (m) => {
        setSaved(m.mapping ?? draft);
        setSavedNote(t("ioMappingSaved"));
      },
      (e: unknown) => setSavedNote(errorText(e, locale)),
    );

  return (
    <section className="lp-io-step" data-testid="import-mapping">
      <h3>{t("ioStepMapping")}</h3>
      <table className="lp-plan-table">
        <thead>
          <tr>
            <th>{t("ioSourceColumn")}</th>
            <th>{t("ioLayerField")}</th>
          </tr>
        </thead>
        <tbody>
          {staged.source_fields.map((column) => (
            <tr key={column}>
              <td>{column}</td>
              <td>
                <select
                  data-testid={`map-${column}`}
                  value={byColumn[column] ?? ""}
                  disabled={busy}
                  onChange={(e) => setDraft(assignColumn(draft, column, e.target.value || null))}
                >
                  <option value="">{t("ioNotImported")}</option>
                  {staged.target_fields.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(staged.layer, f, locale)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="lp-plan-muted" data-testid="mapping-missing">
          {t("ioRequiredUnmapped")} {missing.map((f) => fieldLabel(staged.layer, f, locale)).join("、")}
        </p>
      )}
      <div className="lp-plan-row">
        <button
          type="button"
          data-testid="mapping-apply"
          disabled={busy || !changed}
          onClick={() => session.change("mapping", { mapping: draft })}
        >
          {t("ioApplyMapping")}
        </button>
        <button type="button" data-testid="mapping-save" disabled={busy} onClick={save}>
          {t("ioSaveMapping")}
        </button>
        {saved && !sameMapping(saved, staged.mapping) && (
          <button
            type="button"
            data-testid="mapping-reuse"
            disabled={busy}
            onClick={() => session.change("mapping", { mapping: saved })}
          >
            {t("ioReuseMapping")}
          </button>
        )}
        {savedNote && (
          <span className="lp-plan-muted" role="status">
            {savedNote}
          </span>
        )}
      </div>
      <RefusalText session={session} control="mapping" />
    </section>
  );
}
