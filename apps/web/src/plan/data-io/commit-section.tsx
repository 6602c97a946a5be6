import { useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { blockingErrors, errorRows } from "./import-rules.ts";
import type { StagedImport } from "./import-types.ts";
import { RefusalText } from "./refusal-text.tsx";
import type { ImportSession } from "./use-import-session.ts";

/** Step 5: what to do with the rows in error (skip them, repair their geometry), then write all or nothing. */
export function CommitSection({ session, staged }: { session: ImportSession; staged: StagedImport }) {
  const { t } = usePlanText();
  const [skip, setSkip] = useState(false);
  const [repair, setRepair] = useState(false);
  const bad = errorRows(staged);
  const hasGeometryErrors = staged.errors.some((e) => e.code === "geometry_invalid");
  const blocked = blockingErrors(staged.errors, { skip, repair }).length > 0;
  const writes = staged.feature_count - (skip ? bad.length : 0);
  return (
    <section className="lp-io-step" data-testid="import-commit">
      <h3>{t("ioStepCommit")}</h3>
      {bad.length > 0 && (
        <label className="lp-plan-check">
          <input
            type="checkbox"
            data-testid="import-skip"
            checked={skip}
            onChange={(e) => setSkip(e.target.checked)}
          />
          {t("ioSkipRows")} ({bad.join(", ")})
        </label>
      )}
      {hasGeometryErrors && (
        <label className="lp-plan-check">
          <input
            type="checkbox"
            data-testid="import-repair"
            checked={repair}
            onChange={(e) => setRepair(e.target.checked)}
          />
          {t("ioRepair")}
        </label>
      )}
      {blocked && <p className="lp-plan-muted">{t("ioFixFirst")}</p>}
      <button
        type="button"
        data-testid="import-commit-button"
        disabled={blocked || session.busy !== null || writes <= 0}
        onClick={() =>
          session.commit({ ...(skip ? { skip_rows: bad } : {}), ...(repair ? { repair: true } : {}) })
        }
      >
        {t("ioCommit")} ({writes})
      </button>
      <RefusalText session={session} control="commit" />
    </section>
  );
}
