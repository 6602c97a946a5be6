import { useEffect, useState } from "react";
import { ApiFailure } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { importApi } from "./import-api.ts";
import type { ImportMapping, StagedImport } from "./import-types.ts";
import { RefusalText } from "./refusal-text.tsx";
import type { ImportSession } from "./use-import-session.ts";

/** The fields a column can go to: as the API lists them, else those the mapping already names. */
export function targetFields(staged: StagedImport): string[] {
  if (staged.target_fields?.length) return staged.target_fields;
  return [...new Set(Object.values(staged.mapping).filter((f): f is string => Boolean(f)))].sort();
}

const sameMapping = (a: ImportMapping, b: ImportMapping) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? null) === (b[k] ?? null));

/** Step 3: each source column to a layer field (automatic matches filled in), applied, saved or reused. */
export function MappingSection({ session, staged }: { session: ImportSession; staged: StagedImport }) {
  const { p, locale } = usePlanText();
  const [draft, setDraft] = useState<ImportMapping>(staged.mapping);
  const [saved, setSaved] = useState<ImportMapping | null>(null);
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

  const fields = targetFields(staged);
  const changed = !sameMapping(draft, staged.mapping);
  const busy = session.busy !== null;
  return (
    <section className="lp-io-step" data-testid="import-mapping">
      <h3>{p("ioStepMapping")}</h3>
      <table className="lp-plan-table">
        <thead>
          <tr>
            <th>{p("ioSourceColumn")}</th>
            <th>{p("ioLayerField")}</th>
          </tr>
        </thead>
        <tbody>
          {staged.source_fields.map((column) => (
            <tr key={column}>
              <td>{column}</td>
              <td>
                <select
                  data-testid={`map-${column}`}
                  value={draft[column] ?? ""}
                  disabled={busy}
                  onChange={(e) => setDraft({ ...draft, [column]: e.target.value || null })}
                >
                  <option value="">{p("ioNotImported")}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="lp-plan-row">
        <button
          type="button"
          data-testid="mapping-apply"
          disabled={busy || !changed}
          onClick={() => session.change("mapping", { mapping: draft })}
        >
          {p("ioApplyMapping")}
        </button>
        <button
          type="button"
          data-testid="mapping-save"
          disabled={busy}
          onClick={() =>
            importApi.saveMapping(staged.layer, draft).then(
              (m) => {
                setSaved(m.mapping ?? draft);
                setSavedNote(p("ioMappingSaved"));
              },
              (e: unknown) => setSavedNote(e instanceof ApiFailure ? e.text(locale) : String(e)),
            )
          }
        >
          {p("ioSaveMapping")}
        </button>
        {saved && !sameMapping(saved, staged.mapping) && (
          <button
            type="button"
            data-testid="mapping-reuse"
            disabled={busy}
            onClick={() => session.change("mapping", { mapping: saved })}
          >
            {p("ioReuseMapping")}
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
