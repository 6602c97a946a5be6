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
  const { ft } = useFieldText();
  let text: string;
  if (state.kind === "gps") text = `${ft("located")} ${state.accuracyM} m`;
  else if (state.kind === "manual") text = ft("manualPosition");
  else if (state.kind === "locating") text = ft("locating");
  else text = state.denied ? ft("geoDenied") : ft("noPosition");
  return (
    <div className="lpf-position" data-testid="position" data-kind={state.kind}>
      <span>{text}</span>
      <button type="button" className="lpf-small" onClick={onLocate}>
        {ft("locate")}
      </button>
      <button type="button" className="lpf-small" onClick={onPick}>
        {ft("pickOnMap")}
      </button>
    </div>
  );
}
