import { compareZoneVersions, type Zone } from "@lianpian/domain";
import { geodesicArea } from "@lianpian/geo";
import type { Polygonal } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { areaText, int } from "../plan-format.ts";
import type { ZoneConflict } from "../use-zone-session.ts";
import { bodyOf, type ZoneDraft } from "./zone-draft.ts";
import { zm } from "./zone-messages.ts";

export interface ZoneConflictPanelProps {
  conflict: ZoneConflict;
  draft: ZoneDraft;
  outline: Polygonal | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** The draft as a version of the zone, so it compares like one. */
function mineAsZone(base: Zone, draft: ZoneDraft, outline: Polygonal | null): Zone {
  const body = bodyOf(draft, false);
  return { ...base, ...body, geometry: (outline ?? base.geometry) as Zone["geometry"] } as Zone;
}

/**
 * A stale save, before the planner chooses: every field the other version
 * changed (as it was, theirs, and mine), the outline's area difference, and
 * their outline drawn on the map (the session's comparison).
 */
export function ZoneConflictPanel({
  conflict,
  draft,
  outline,
  onKeepMine,
  onTakeTheirs,
}: ZoneConflictPanelProps) {
  const { locale } = usePlanText();
  const { base, theirs } = conflict;
  const mine = mineAsZone(base, draft, outline);
  const theirChanges = compareZoneVersions(base, theirs, locale).filter((c) => c.field !== "area_m2");
  const myChanges = new Map(compareZoneVersions(base, mine, locale).map((c) => [c.field, c.after]));
  const myArea = outline ? geodesicArea(outline) : base.area_m2;
  const outlineChanged = theirChanges.some((c) => c.field === "geometry");
  return (
    <section className="lp-plan-conflict" data-testid="zone-conflict" role="alert">
      <h3>
        {zm("conflictTitle", locale)}{" "}
        <small>
          v{base.version} → v{theirs.version}
        </small>
      </h3>
      <p>{zm("conflictIntro", locale)}</p>
      {theirChanges.length === 0 ? (
        <p className="lp-plan-muted">{zm("conflictNoFields", locale)}</p>
      ) : (
        <table className="lp-plan-table" data-testid="conflict-fields">
          <thead>
            <tr>
              <th>{zm("conflictField", locale)}</th>
              <th>{zm("conflictBase", locale)}</th>
              <th>{zm("conflictTheirs", locale)}</th>
              <th>{zm("conflictMine", locale)}</th>
            </tr>
          </thead>
          <tbody>
            {theirChanges.map((c) => (
              <tr key={c.field} data-field={c.field}>
                <th scope="row">{c.label}</th>
                <td>{c.before}</td>
                <td>{c.after}</td>
                <td>{myChanges.get(c.field) ?? c.before}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outlineChanged && (
        <p data-testid="conflict-area">
          {zm("conflictArea", locale)}: {theirs.area_m2 - myArea >= 0 ? "+" : "−"}
          {int(Math.round(Math.abs(theirs.area_m2 - myArea)), locale)} m² (
          {areaText(Math.abs(theirs.area_m2 - myArea), locale)})
          <br />
          <small>{zm("conflictDrawn", locale)}</small>
        </p>
      )}
      <div className="lp-plan-row">
        <button
          type="button"
          className="lp-plan-primary"
          data-testid="conflict-keep-mine"
          onClick={onKeepMine}
        >
          {zm("keepMine", locale)}
        </button>
        <button type="button" data-testid="conflict-take-theirs" onClick={onTakeTheirs}>
          {zm("takeTheirs", locale)}
        </button>
      </div>
    </section>
  );
}
