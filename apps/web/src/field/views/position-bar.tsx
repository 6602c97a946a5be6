import type { PositionState } from "../hooks/use-position.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

/** Where the list is measured from, and the two ways to change it. */
export function PositionBar({
  state,
  onLocate,
  onPick,
}: {
  state: PositionState;
  onLocate(): void;
  onPick(): void;
}) {
  const { t } = useFieldText();
  let text: string;
  if (state.kind === "gps") text = `${t("located")} ${state.accuracyM} m`;
  else if (state.kind === "manual") text = t("manualPosition");
  else if (state.kind === "locating") text = t("locating");
  else text = state.denied ? t("geoDenied") : t("noPosition");
  return (
    <div className="lpf-position" data-testid="position" data-kind={state.kind}>
      <span>{text}</span>
      <button type="button" className="lpf-small" onClick={onLocate}>
        {t("locate")}
      </button>
      <button type="button" className="lpf-small" onClick={onPick}>
        {t("pickOnMap")}
      </button>
    </div>
  );
}
