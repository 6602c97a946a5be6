import {
  checkProposalDistance,
  dangerGrade,
  type Proposal,
  type ProposalReply,
  zoneType,
} from "@lianpian/domain";
import { useState } from "react";
import { call } from "../../platform/api-client.ts";
import type { ProposalQuery } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText, int } from "../plan-format.ts";
import { type Refusal, refusalOf, refusalOfCheck, refusalText } from "./field-refusal.ts";
import { KIND_KEYS, ProposalFigures } from "./proposal-figures.tsx";
import { zm } from "./zone-messages.ts";

export interface ProposalsPanelProps {
  proposals: readonly Proposal[];
  active: number | null;
  onResult(proposals: Proposal[]): void;
  onFocus(index: number): void;
  onAdopt(proposal: Proposal): void;
  /** Kept for the tab's wiring; refusals are said in the panel, beside the control. */
  onError?(error: unknown): void;
}

/**
 * Contiguous-zone proposals: the damage to include, the distance, the
 * ranking; each candidate with its members by name, the value it is ranked
 * by, and the report of the zone it would become; the damage left out
 * because planned zones cover it; adopt one.
 */
export function ProposalsPanel({ proposals, active, onResult, onFocus, onAdopt }: ProposalsPanelProps) {
  const { t, label, locale } = usePlanText();
  const [q, setQ] = useState<ProposalQuery>({
    distance_m: 500,
    include_historic_pits: true,
    include_closed_mines: true,
    include_subsidence: true,
    hazard_min_grade: "medium",
    allow_protected: false,
    rank_by: "score",
  });
  const [busy, setBusy] = useState(false);
  const [leftOut, setLeftOut] = useState<ProposalReply["left_out"] | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // the API's own rule, so a distance it would refuse is refused here first
  const distanceCheck = refusalOfCheck(checkProposalDistance(q.distance_m));
  const check = (key: keyof ProposalQuery, text: string) => (
    <label className="lp-plan-check">
      <input
        type="checkbox"
        checked={Boolean(q[key])}
        onChange={(e) => setQ({ ...q, [key]: e.target.checked })}
      />
      {text}
    </label>
  );
  const run = async () => {
    if (distanceCheck) return setRefusal(distanceCheck);
    setBusy(true);
    try {
      const reply = await call<ProposalReply>("POST", "/api/analysis/proposals", q);
      setRefusal(null);
      setLeftOut(reply.left_out);
      onResult(reply.proposals);
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  };
  const distanceText = refusalText(
    distanceCheck ?? (refusal?.field === "distance_m" ? refusal : null),
    locale,
  );
  const otherText = refusal && refusal.field !== "distance_m" ? refusalText(refusal, locale) : null;

  return (
    <section className="lp-plan-proposals" data-testid="proposals">
      <h3>{t("proposalsTitle")}</h3>
      <label>
        {t("distance")}
        <input
          type="number"
          min="50"
          max="5000"
          value={q.distance_m}
          data-testid="proposal-distance"
          aria-invalid={Boolean(distanceCheck)}
          onChange={(e) => setQ({ ...q, distance_m: Number(e.target.value) })}
        />
        {distanceText && (
          <span className="lp-plan-warn" role="alert" data-testid="refusal-distance_m">
            {distanceText}
          </span>
        )}
      </label>
      {check("include_historic_pits", t("historicPits"))}
      {check("include_closed_mines", t("closedMines"))}
      {check("include_subsidence", t("subsidence"))}
      <label>
        {t("hazardGrade")}
        <select
          value={q.hazard_min_grade ?? ""}
          // the options are the vocabulary's values
          onChange={(e) =>
            setQ({ ...q, hazard_min_grade: (e.target.value || null) as ProposalQuery["hazard_min_grade"] })
          }
        >
          <option value="">{t("none")}</option>
          {dangerGrade.values.map((g) => (
            <option key={g} value={g}>
              {label(dangerGrade, g)}
            </option>
          ))}
        </select>
      </label>
      {check("allow_protected", t("allowProtected"))}
      <label>
        {t("rankBy")}
        <select
          value={q.rank_by}
          onChange={(e) => setQ({ ...q, rank_by: e.target.value as ProposalQuery["rank_by"] })}
        >
          <option value="score">{t("rankScore")}</option>
          <option value="threatened_people">{t("rankPeople")}</option>
          <option value="damage_area">{t("rankDamage")}</option>
          <option value="nearness">{t("rankNear")}</option>
        </select>
      </label>
      <button
        type="button"
        className="lp-plan-primary"
        data-testid="find-proposals"
        disabled={busy}
        onClick={run}
      >
        {busy ? t("working") : t("findProposals")}
      </button>
      {otherText && (
        <p className="lp-plan-warn" role="alert" data-testid="refusal-form">
          {otherText}
        </p>
      )}
      <ol className="lp-plan-candidates">
        {proposals.map((c, i) => (
          <li
            key={`${c.rank}-${c.area_m2}`}
            aria-current={active === i ? "true" : undefined}
            data-testid="proposal"
          >
            <button type="button" className="lp-plan-link" onClick={() => onFocus(i)}>
              #{c.rank} {label(zoneType, c.suggested_zone_type)} · {areaText(c.area_m2, locale)}
            </button>
            <ProposalFigures candidate={c} />
            <button type="button" data-testid="adopt-proposal" onClick={() => onAdopt(c)}>
              {t("adopt")}
            </button>
          </li>
        ))}
      </ol>
      {proposals.length === 0 && !busy && <p className="lp-plan-muted">{t("noProposals")}</p>}
      {leftOut && leftOut.count > 0 && (
        <details className="lp-plan-left-out" data-testid="proposals-left-out">
          <summary>
            {zm("leftOutTitle", locale)} ({int(leftOut.count, locale)})
          </summary>
          <ul>
            {leftOut.items.map((d) => (
              <li key={`${d.layer}-${d.id}`}>
                {d.name} · {t(KIND_KEYS[d.kind])} · {d.zone_codes.join("、")} (
                {Math.round(d.share_in_zones * 100)}%)
              </li>
            ))}
          </ul>
          {leftOut.count > leftOut.items.length && (
            <p className="lp-plan-muted">
              {zm("leftOutMore", locale, { n: leftOut.count - leftOut.items.length })}
            </p>
          )}
        </details>
      )}
    </section>
  );
}
