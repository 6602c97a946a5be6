import { phase, type ZoneSummary, zoneStatus, zoneType } from "@lianpian/domain";
import { exportUrl } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText } from "../plan-format.ts";

export interface ZonesPanelProps {
  zones: readonly ZoneSummary[];
  openId: number | null;
  onOpen(id: number): void;
  onNew(): void;
}

/** The saved zones, to open one; exports of all zones. */
export function ZonesPanel({ zones, openId, onOpen, onNew }: ZonesPanelProps) {
  const { t, label, locale } = usePlanText();
  return (
    <section className="lp-plan-zones" data-testid="zones-list">
      <div className="lp-plan-row">
        <button type="button" onClick={onNew}>
          {t("newZone")}
        </button>
        <a href={exportUrl("geojson")} download>
          {t("exportGeoJson")}
        </a>
        <a href={exportUrl("csv")} download>
          {t("exportCsv")}
        </a>
      </div>
      <h3>{t("zonesList")}</h3>
      <ul>
        {zones.map((z) => (
          <li key={z.id} aria-current={z.id === openId ? "true" : undefined}>
            <button
              type="button"
              className="lp-plan-link"
              data-testid={`open-zone-${z.id}`}
              onClick={() => onOpen(z.id)}
            >
              {z.code} {z.name_zh}
            </button>
            <small>
              {label(zoneType, z.zone_type)} · {label(phase, z.phase)} · {label(zoneStatus, z.status)} ·{" "}
              {areaText(z.area_m2, locale)}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
