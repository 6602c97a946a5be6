import {
  alertLevel,
  dangerGrade,
  hazardStability,
  hazardType,
  inspectionKind,
  thresholdParameter,
} from "@lianpian/domain";
import type { ReactNode } from "react";
import { formatDateTime } from "../../platform/format.ts";
import type { CardState } from "../hooks/use-card.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="lpf-field">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The 明白卡: who is threatened, who to call, the signal, where to run, the thresholds, the last inspections. */
export function CardView({
  state,
  onBack,
  onInspect,
  onMap,
}: {
  state: CardState;
  onBack(): void;
  onInspect(): void;
  onMap(): void;
}) {
  const { t, label, locale } = useFieldText();
  const c = state.card;
  const dash = "—";
  const priv = (v: string | null) => v ?? (state.source === "server" ? dash : t("privateHidden"));
  const phone = (v: string | null) => (v ? <a href={`tel:${v}`}>{v}</a> : dash);
  return (
    <section className="lpf-card" data-testid="hazard-card">
      <button type="button" className="lpf-back" onClick={onBack}>
        ← {t("back")}
      </button>
      {state.loading && <p className="lpf-note">…</p>}
      {!state.loading && !c && <p className="lpf-note">{t("cardNotCached")}</p>}
      {c && (
        <>
          <h2>
            <span className={`lpf-alert-dot lpf-alert-${c.current_alert}`} aria-hidden="true" /> {c.name_zh}
          </h2>
          <p className="lpf-sub">
            {[t("card"), c.unified_code, c.township, c.village].filter(Boolean).join(" · ")}
          </p>
          {c.inventory_status === "written_off" && <p className="lpf-warn">{t("writtenOff")}</p>}
          {state.source === "cache" && <p className="lpf-note">{t("fromCache")}</p>}
          <dl>
            <Row name={t("currentAlert")}>{label(alertLevel, c.current_alert)}</Row>
            <Row name={t("dangerGrade")}>
              {label(hazardType, c.hazard_type)} · {label(dangerGrade, c.danger_grade)}
              {c.stability ? ` · ${label(hazardStability, c.stability)}` : ""}
            </Row>
            <Row name={t("threatened")}>
              {c.threatened_people} {t("people")} / {c.threatened_households} {t("households")}
            </Row>
            <Row name={t("property")}>{c.threatened_property_wan}</Row>
            <Row name={t("threatObjects")}>{c.threat_objects ?? dash}</Row>
            <Row name={t("monitor")}>
              {priv(c.monitor_name)} {phone(c.monitor_phone)}
            </Row>
            <Row name={t("responsible")}>
              {priv(c.responsible_name)} {phone(c.responsible_phone)}
            </Row>
            <Row name={t("warningSignal")}>{c.warning_signal ?? dash}</Row>
            <Row name={t("shelter")}>{c.shelter_name ?? dash}</Row>
            <Row name={t("thresholds")}>
              {c.thresholds.length === 0
                ? t("none")
                : c.thresholds
                    .map((t) => `${label(thresholdParameter, t.parameter)} ≥ ${t.warn_value}`)
                    .join("；")}
            </Row>
          </dl>
          <div className="lpf-actions">
            <button type="button" className="lpf-secondary" onClick={onMap}>
              {t("route")}
            </button>
            <button type="button" className="lpf-primary" data-testid="inspect" onClick={onInspect}>
              {t("inspect")}
            </button>
          </div>
          {state.recent.length > 0 && (
            <>
              <h3>{t("recent")}</h3>
              <ul className="lpf-recent">
                {state.recent.map((r) => (
                  <li key={r.client_key}>
                    {formatDateTime(r.inspected_at, locale)} · {label(inspectionKind, r.kind)} ·{" "}
                    {label(alertLevel, r.alert_level)} · {r.inspector_name}
                    {r.photo_count > 0 ? ` · 📷${r.photo_count}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
