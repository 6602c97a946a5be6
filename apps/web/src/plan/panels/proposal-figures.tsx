import type { Proposal } from "@lianpian/domain";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText, int, lengthText, pct } from "../plan-format.ts";
import { type ZoneMessageKey, zm } from "./zone-messages.ts";

/** The planner's message key of each kind of damage a proposal gathers. */
export const KIND_KEYS = {
  historic_pits: "historicPits",
  closed_mines: "closedMines",
  subsidence: "subsidence",
  hazards: "hazards",
} as const;

/** The value a candidate is ranked by, in words and units: for nearness the nearer line and which. */
function rankValueText(c: Proposal, locale: "zh" | "en"): string {
  const v = c.rank_value;
  if (v.key === "nearness") {
    if (v.value === null || v.line === null) return zm("rankNearNone", locale);
    const which: ZoneMessageKey = v.line === "high_speed_rail" ? "rankNearHsr" : "rankNearExpressway";
    return `${zm(which, locale)} ${lengthText(v.value, locale)}`;
  }
  if (v.key === "threatened_people") return `${zm("rankPeople", locale)} ${int(v.value ?? 0, locale)}`;
  if (v.key === "damage_area") return `${zm("rankDamage", locale)} ${areaText(v.value ?? 0, locale)}`;
  return `${zm("rankScore", locale)} ${(v.value ?? 0).toFixed(4)}`;
}

/**
 * What a candidate is: the value it is ranked by, its members by name and
 * kind, and the figures of the zone it would become — read from the zone
 * report the API computed for its outline, the report the adopted zone shows.
 */
export function ProposalFigures({ candidate: c }: { candidate: Proposal }) {
  const { t, locale } = usePlanText();
  const r = c.report;
  return (
    <div className="lp-plan-candidate" data-testid="proposal-figures">
      <small data-testid="proposal-rank-value">
        {zm("rankedBy", locale)}: {rankValueText(c, locale)}
      </small>
      <dl className="lp-plan-figures">
        <dt>{zm("figArea", locale)}</dt>
        <dd data-testid="proposal-area">{areaText(r.area.m2, locale)}</dd>
        <dt>{zm("figDamaged", locale)}</dt>
        <dd data-testid="proposal-damaged">{areaText(r.fund_shares.damaged_ground_m2, locale)}</dd>
        <dt>{zm("figHazards", locale)}</dt>
        <dd>
          {int(r.hazards.count, locale)} / {int(r.hazards.threatened_people, locale)}
        </dd>
        <dt>{zm("figShares", locale)}</dt>
        <dd data-testid="proposal-shares">
          {r.fund_shares.parties.map((s) => `${s.company_name} ${pct(s.share_pct, 3)}`).join("；") || "—"}
        </dd>
      </dl>
      <details>
        <summary>
          {zm("membersTitle", locale)} ({c.member_features.length})
        </summary>
        <ul data-testid="proposal-members">
          {c.member_features.map((m) => (
            <li key={`${m.layer}-${m.id}`}>
              {m.name} <small>· {t(KIND_KEYS[m.kind])}</small>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
