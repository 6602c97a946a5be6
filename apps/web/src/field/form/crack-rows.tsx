import { useFieldText } from "../i18n/use-field-text.ts";
import type { CrackDraft, DraftErrors } from "./inspection-draft.ts";

const MAX_CRACKS = 20;

/** Several cracks, one row each: mark, width now, change since last (mm). */
export function CrackRows({
  cracks,
  errors,
  onChange,
}: {
  cracks: CrackDraft[];
  errors: DraftErrors;
  onChange(next: CrackDraft[]): void;
}) {
  const { t } = useFieldText();
  const set = (i: number, patch: Partial<CrackDraft>) =>
    onChange(cracks.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="lpf-cracks">
      <legend>{t("cracks")}</legend>
      {cracks.map((c, i) => (
        // Rows have no identity beyond their place; the list only grows at the end or loses a row.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="lpf-crack" key={i}>
          <input
            aria-label={t("crackId")}
            value={c.crackId}
            maxLength={20}
            onChange={(e) => set(i, { crackId: e.target.value })}
          />
          <input
            aria-label={t("widthMm")}
            placeholder={t("widthMm")}
            inputMode="decimal"
            name={`crack-${i}-width`}
            aria-invalid={Boolean(errors[`cracks.${i}.width`])}
            value={c.width}
            onChange={(e) => set(i, { width: e.target.value })}
          />
          <input
            aria-label={t("changeMm")}
            placeholder={t("changeMm")}
            inputMode="decimal"
            name={`crack-${i}-change`}
            aria-invalid={Boolean(errors[`cracks.${i}.change`])}
            value={c.change}
            onChange={(e) => set(i, { change: e.target.value })}
          />
          <button
            type="button"
            className="lpf-small"
            aria-label={t("remove")}
            onClick={() => onChange(cracks.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      {cracks.length < MAX_CRACKS && (
        <button
          type="button"
          className="lpf-secondary"
          onClick={() => onChange([...cracks, { crackId: `L${cracks.length + 1}`, width: "", change: "" }])}
        >
          + {t("addCrack")}
        </button>
      )}
    </fieldset>
  );
}
