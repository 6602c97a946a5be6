import { dangerGrade, type Proposal, zoneType } from "@lianpian/domain";
import { useState } from "react";
import { type ProposalQuery, planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText, int, lengthText } from "../plan-format.ts";

export interface ProposalsPanelProps {
  proposals: readonly Proposal[];
  active: number | null;
  onResult(proposals: Proposal[]): void;
  onFocus(index: number): void;
  onAdopt(proposal: Proposal): void;
  onError(error: unknown): void;
}

/** Contiguous-zone proposals: the damage to include, the distance, the ranking; adopt one. */
export function ProposalsPanel({
  proposals,
  active,
  onResult,
  onFocus,
  onAdopt,
  onError,
}: ProposalsPanelProps) {
  const { p, label, locale } = usePlanText();
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
    setBusy(true);
    try {
      onResult(await planApi.proposals(q));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lp-plan-proposals" data-testid="proposals">
      <h3>{p("proposalsTitle")}</h3>
      <label>
        {p("distance")}
        <input
          type="number"
          min="50"
          max="5000"
          value={q.distance_m}
          onChange={(e) => setQ({ ...q, distance_m: Number(e.target.value) })}
        />
      </label>
      {check("include_historic_pits", p("historicPits"))}
      {check("include_closed_mines", p("closedMines"))}
      {check("include_subsidence", p("subsidence"))}
      <label>
        {p("hazardGrade")}
        <select
          value={q.hazard_min_grade ?? ""}
          onChange={(e) => setQ({ ...q, hazard_min_grade: e.target.value || null })}
        >
          <option value="">{p("none")}</option>
          {dangerGrade.values.map((g) => (
            <option key={g} value={g}>
              {label(dangerGrade, g)}
            </option>
          ))}
        </select>
      </label>
      {check("allow_protected", p("allowProtected"))}
      <label>
        {p("rankBy")}
        <select value={q.rank_by} onChange={(e) => setQ({ ...q, rank_by: e.target.value })}>
          <option value="score">{p("rankScore")}</option>
          <option value="threatened_people">{p("rankPeople")}</option>
          <option value="damage_area">{p("rankDamage")}</option>
          <option value="nearness">{p("rankNear")}</option>
        </select>
      </label>
      <button
        type="button"
        className="lp-plan-primary"
        data-testid="find-proposals"
        disabled={busy}
        onClick={run}
      >
        {busy ? p("working") : p("findProposals")}
      </button>
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
            <small>
              {p("threatenedPeople")} {int(c.threatened_people, locale)} · {p("damage")}{" "}
              {areaText(c.damage_m2, locale)} · {p("nearestHsr")} {lengthText(c.dist_hsr_m, locale)}
              <br />
              {p("members")}: {p("historicPits")} {c.members.historic_pits}, {p("closedMines")}{" "}
              {c.members.closed_mines}, {p("subsidence")} {c.members.subsidence}, {p("hazards")}{" "}
              {c.members.hazards}
            </small>
            <button type="button" data-testid="adopt-proposal" onClick={() => onAdopt(c)}>
              {p("adopt")}
            </button>
          </li>
        ))}
      </ol>
      {proposals.length === 0 && !busy && <p className="lp-plan-muted">{p("noProposals")}</p>}
    </section>
  );
}
