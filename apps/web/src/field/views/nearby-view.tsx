import {
  type AlertLevel,
  alertLevel,
  compassLabel,
  dangerGrade,
  formatDistanceMeters,
  hazardType,
} from "@lianpian/domain";
import { ChoiceChips } from "../form/choice-chips.tsx";
import type { NearestState } from "../hooks/use-nearest.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

export interface NearbyFilter {
  onlyMine: boolean;
  alertLevels: AlertLevel[];
}

const FILTER_LEVELS: AlertLevel[] = ["blue", "yellow", "orange", "red"];

/** The nearest points first, with distance and direction; tap one for its card. */
export function NearbyView({
  nearest,
  filter,
  onFilter,
  onOpen,
  hasPosition,
}: {
  nearest: NearestState;
  filter: NearbyFilter;
  onFilter(next: NearbyFilter): void;
  onOpen(id: number): void;
  hasPosition: boolean;
}) {
  const { t, label, locale } = useFieldText();
  return (
    <section className="lpf-nearby">
      <div className="lpf-filters">
        <label className="lpf-toggle">
          <input
            type="checkbox"
            checked={filter.onlyMine}
            onChange={(e) => onFilter({ ...filter, onlyMine: e.target.checked })}
          />
          {t("onlyMine")}
        </label>
        <ChoiceChips
          name="alert-filter"
          vocabulary={alertLevel}
          values={FILTER_LEVELS}
          selected={filter.alertLevels}
          multiple
          onChange={(alertLevels) => onFilter({ ...filter, alertLevels })}
        />
      </div>
      {nearest.source === "cache" && <p className="lpf-note">{t("fromCache")}</p>}
      {!hasPosition && <p className="lpf-note">{t("needPosition")}</p>}
      {hasPosition && !nearest.loading && nearest.rows.length === 0 && (
        <p className="lpf-note">{nearest.source === "cache" ? t("noCache") : t("noPoints")}</p>
      )}
      <ol className="lpf-list" data-testid="nearest-list" data-source={nearest.source ?? ""}>
        {nearest.rows.map((row) => (
          <li key={row.id}>
            <button type="button" data-hazard-id={row.id} onClick={() => onOpen(row.id)}>
              <span className={`lpf-alert-dot lpf-alert-${row.currentAlert}`} aria-hidden="true" />
              <span className="lpf-row-main">
                <strong>{row.name}</strong>
                <small>
                  {label(hazardType, row.hazardType)} · {label(dangerGrade, row.dangerGrade)} ·{" "}
                  {row.threatenedPeople} {t("people")}
                  {row.monitored ? " · ★" : ""}
                </small>
              </span>
              <span className="lpf-row-dist">
                <strong>{formatDistanceMeters(row.distanceM)}</strong>
                <small>{row.compass ? compassLabel[row.compass][locale] : "·"}</small>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
