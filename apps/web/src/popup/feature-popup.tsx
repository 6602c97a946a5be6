import { useEffect } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import type { FeatureSelection } from "../map/feature-selection.ts";
import { LAYER_GROUPS } from "../map/layer-catalog.ts";
import { POPUP_FIELDS, recordTitle } from "./popup-fields.ts";
import { renderField } from "./render-field.ts";
import { useFeatureRecord } from "./use-feature-record.ts";

/**
 * The record of a clicked feature: tile attributes at once, the full record
 * when it arrives (handed to `onRecord`, if given).
 */
export function FeaturePopup({
  selection,
  onRecord,
}: {
  selection: FeatureSelection;
  onRecord?(properties: Record<string, unknown>): void;
}) {
  const { locale, t } = useI18n();
  const record = useFeatureRecord(selection.layer, selection.id);
  const props =
    record.state === "ok" ? { ...selection.properties, ...record.properties } : selection.properties;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrived record, not per render
  useEffect(() => {
    if (record.state === "ok") onRecord?.(props);
  }, [record]);
  const group = LAYER_GROUPS.find((g) => g.id === selection.layer);
  const rows = POPUP_FIELDS[selection.layer]
    .map((field) => ({ field, value: renderField(field.format, props[field.key], locale) }))
    .filter((row) => row.value !== null);

  return (
    <article className="lp-record" data-layer={selection.layer} data-id={String(selection.id)}>
      <header>
        <p className="lp-record-kind">{group?.title[locale]}</p>
        <h3>{recordTitle(selection.layer, props, locale)}</h3>
      </header>
      <dl>
        {rows.map(({ field, value }) => (
          <div key={field.key}>
            <dt>{field.label[locale]}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {record.state === "loading" && <p className="lp-record-note">{t("loadingRecord")}</p>}
      {record.state === "error" && <p className="lp-record-note lp-warn">{t("recordFailed")}</p>}
    </article>
  );
}
