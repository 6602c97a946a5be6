import { usePlanText } from "../i18n/use-plan-text.ts";
import { crsLabel, IMPORT_CRS_GROUPS } from "./crs-choices.ts";

interface CrsSelectProps {
  value: string | null;
  /** What the empty choice says: "detect from the file" before an upload, "not recognised" after. */
  emptyLabel: string;
  disabled?: boolean;
  testId: string;
  onChange(crs: string): void;
}

/** The import's coordinate system choice, grouped; a CRS found in the file but not listed shows as found. */
export function CrsSelect({ value, emptyLabel, disabled, testId, onChange }: CrsSelectProps) {
  const { t, locale } = usePlanText();
  const listed = IMPORT_CRS_GROUPS.some((g) => g.choices.some((c) => c.value === value));
  return (
    <label>
      <span>{t("ioCrs")}</span>
      <select
        data-testid={testId}
        value={value ?? ""}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {!value && <option value="">{emptyLabel}</option>}
        {value && !listed && <option value={value}>{crsLabel(value, locale)}</option>}
        {IMPORT_CRS_GROUPS.map((g) => (
          <optgroup key={g.label.en} label={g.label[locale]}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label[locale]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
