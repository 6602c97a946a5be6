import { useState } from "react";
import { usePlanText } from "../i18n/use-plan-text.ts";
import type { ImportChange, StagedImport } from "./import-types.ts";
import type { ImportSession } from "./use-import-session.ts";

const SEVEN_PARAMS = ["dx", "dy", "dz", "rx", "ry", "rz", "ppm"] as const;
type SevenParams = NonNullable<ImportChange["datum_params"]>;

/** Whether the file is in Xi'an 1980 or Beijing 1954, refused until the seven parameters are given. */
export function needsDatumParams(staged: StagedImport): boolean {
  return staged.errors.some((e) => {
    const reason = (e.details as { reason?: unknown } | undefined)?.reason;
    return e.code === "crs_refused" && (reason === "xian80" || reason === "beijing54");
  });
}

/** The seven conversion parameters (Bursa-Wolf: metres, arc-seconds, ppm) a Xi'an 80 / Beijing 54 file needs. */
export function DatumParams({ session, staged }: { session: ImportSession; staged: StagedImport }) {
  const { t } = usePlanText();
  const [values, setValues] = useState<Record<string, string>>({});
  if (!needsDatumParams(staged)) return null;
  const numbers = SEVEN_PARAMS.map((k) => Number(values[k]));
  const complete =
    SEVEN_PARAMS.every((k) => (values[k] ?? "").trim() !== "") && numbers.every(Number.isFinite);
  return (
    <fieldset className="lp-io-datum" data-testid="datum-params">
      <legend>{t("ioDatumParams")}</legend>
      {SEVEN_PARAMS.map((k) => (
        <label key={k}>
          <span>{k}</span>
          <input
            type="number"
            step="any"
            value={values[k] ?? ""}
            onChange={(e) => setValues({ ...values, [k]: e.target.value })}
          />
        </label>
      ))}
      <button
        type="button"
        disabled={!complete || session.busy !== null}
        onClick={() =>
          session.change("crs", {
            datum_params: Object.fromEntries(SEVEN_PARAMS.map((k, i) => [k, numbers[i]])) as SevenParams,
          })
        }
      >
        {t("ioApplyDatum")}
      </button>
    </fieldset>
  );
}
