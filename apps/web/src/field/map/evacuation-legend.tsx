import "./evacuation-legend.css";
import type { HazardCard } from "@lianpian/domain";
import { useFieldText } from "../i18n/use-field-text.ts";

/**
 * The evacuation view's legend: what each mark on the map is, in words
 * beside a drawn sample (not colour alone). Only what the card has is listed.
 */
export function EvacuationLegend({ card, hasPosition }: { card: HazardCard; hasPosition: boolean }) {
  const { t } = useFieldText();
  return (
    <div className="lpf-legend" data-testid="evacuation-legend">
      <strong>{t("legendTitle")}</strong>
      <ul>
        <li>
          <span className="lpf-legend-point" aria-hidden="true" /> {card.name_zh} · {t("legendPoint")}
        </li>
        {card.evacuation_route && (
          <li data-legend="route">
            <span className="lpf-legend-route" aria-hidden="true" /> {t("legendRoute")}
          </li>
        )}
        {card.shelter && (
          <li data-legend="shelter">
            <span className="lpf-legend-shelter" aria-hidden="true" /> {t("legendShelter")}
            {card.shelter_name ? `：${card.shelter_name}` : ""}
          </li>
        )}
        {hasPosition && (
          <li>
            <span className="lpf-legend-me" aria-hidden="true" /> {t("legendMe")}
          </li>
        )}
      </ul>
    </div>
  );
}
