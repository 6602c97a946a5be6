import { type BeatPoint, dangerGrade, hazardType, type MonitorBeat } from "@lianpian/domain";
import { useCallback, useEffect, useMemo, useState } from "react";
import { planApi } from "../api/plan-api.ts";
import { usePlanText } from "../i18n/use-plan-text.ts";
import {
  addablePoints,
  type BeatEdit,
  changeOf,
  isEmptyEdit,
  NO_EDIT,
  withAdded,
  withoutAddition,
  withRemovalToggled,
} from "../monitors/beat-edit.ts";
import type { SelectedRef } from "../selection/selection-state.ts";

/** The chosen monitor's points as the map rings them: kept, and marked for removal. */
export interface BeatOnMap {
  kept: readonly BeatPoint[];
  removing: readonly BeatPoint[];
}

export interface MonitorsPanelProps {
  /** The planner's selection: its hazard points can join the beat. */
  selection: readonly SelectedRef[];
  onBeat(beat: BeatOnMap | null): void;
  onLocate(lngLat: [number, number]): void;
  onSaved(text: string): void;
  onError(error: unknown): void;
}

/**
 * Group monitoring beats (群测群防): pick a field monitor, see the points it
 * watches (ringed on the map), add the selected hazard points, remove
 * others, save the change. The change is sent by difference, so another
 * planner's edit of the same beat is kept.
 */
export function MonitorsPanel({ selection, onBeat, onLocate, onSaved, onError }: MonitorsPanelProps) {
  const { t, label } = usePlanText();
  const [monitors, setMonitors] = useState<MonitorBeat[] | null>(null);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [edit, setEdit] = useState<BeatEdit>(NO_EDIT);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      planApi.monitors().then((list) => {
        setMonitors(list);
        setChosenId((id) => (id !== null && list.some((m) => m.id === id) ? id : (list[0]?.id ?? null)));
      }, onError),
    [onError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const chosen = monitors?.find((m) => m.id === chosenId) ?? null;
  const onBeatIds = useMemo(() => new Set(chosen?.points.map((pt) => pt.id)), [chosen]);
  const selectedHazards = selection
    .filter((s) => s.layer === "hazards")
    .map((s) => ({ id: Number(s.id), name: s.name }));
  const addable = addablePoints(edit, onBeatIds, selectedHazards);

  useEffect(() => {
    if (!chosen) return onBeat(null);
    const removing = new Set(edit.remove);
    onBeat({
      kept: chosen.points.filter((pt) => !removing.has(pt.id)),
      removing: chosen.points.filter((pt) => removing.has(pt.id)),
    });
  }, [chosen, edit.remove, onBeat]);
  useEffect(() => () => onBeat(null), [onBeat]);

  const choose = (id: number) => {
    setChosenId(id);
    setEdit(NO_EDIT);
  };
  const save = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const result = await planApi.changeBeat(chosen.id, changeOf(edit));
      setMonitors((list) => list?.map((m) => (m.id === result.monitor.id ? result.monitor : m)) ?? null);
      setEdit(NO_EDIT);
      onSaved(`${t("beatSaved")} (+${result.added.length} −${result.removed.length})`);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  if (monitors === null) return null;
  if (monitors.length === 0) return <p className="lp-plan-muted">{t("monitorNone")}</p>;

  return (
    <section className="lp-plan-monitors" data-testid="monitors">
      <label>
        {t("monitorChoose")}
        <select
          data-testid="monitor-choose"
          value={chosenId ?? ""}
          onChange={(e) => choose(Number(e.target.value))}
        >
          {monitors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.display_name} ({m.username}) · {m.points.length}
              {m.disabled ? ` · ${t("monitorDisabled")}` : ""}
            </option>
          ))}
        </select>
      </label>

      <h4>
        {t("beatTitle")} ({chosen?.points.length ?? 0})
      </h4>
      {chosen && chosen.points.length === 0 && <p className="lp-plan-muted">{t("beatEmpty")}</p>}
      <ul className="lp-plan-beat" data-testid="beat-list">
        {chosen?.points.map((pt) => {
          const removing = edit.remove.includes(pt.id);
          return (
            <li key={pt.id} data-hazard-id={pt.id} className={removing ? "lp-plan-removing" : undefined}>
              <span>
                {pt.unified_code} {pt.name_zh}
                <small>
                  {" "}
                  · {label(hazardType, pt.hazard_type)} · {label(dangerGrade, pt.danger_grade)}
                </small>
              </span>
              <button type="button" onClick={() => onLocate([pt.lng, pt.lat])}>
                {t("beatLocate")}
              </button>
              <button type="button" onClick={() => setEdit((e) => withRemovalToggled(e, pt.id))}>
                {removing ? t("beatKeep") : t("beatRemove")}
              </button>
            </li>
          );
        })}
      </ul>

      {edit.add.length > 0 && (
        <>
          <h4>{t("beatToAdd")}</h4>
          <ul className="lp-plan-beat" data-testid="beat-to-add">
            {edit.add.map((pt) => (
              <li key={pt.id}>
                <span>
                  + {pt.name} <small>#{pt.id}</small>
                </span>
                <button type="button" onClick={() => setEdit((e) => withoutAddition(e, pt.id))}>
                  {t("beatRemove")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <button
        type="button"
        data-testid="beat-add-selected"
        disabled={!chosen || addable.length === 0}
        onClick={() => setEdit((e) => withAdded(e, onBeatIds, addable))}
      >
        {t("beatAddSelected")} ({addable.length})
      </button>
      {selectedHazards.length === 0 && <p className="lp-plan-muted">{t("beatAddHint")}</p>}
      {selectedHazards.length > 0 && addable.length === 0 && (
        <p className="lp-plan-muted">{t("beatAllOnBeat")}</p>
      )}

      <div className="lp-plan-row">
        <button
          type="button"
          data-testid="beat-save"
          disabled={busy || !chosen || isEmptyEdit(edit)}
          onClick={save}
        >
          {t("beatSave")}
          {isEmptyEdit(edit) ? "" : ` (+${edit.add.length} −${edit.remove.length})`}
        </button>
        <button type="button" disabled={busy || isEmptyEdit(edit)} onClick={() => setEdit(NO_EDIT)}>
          {t("beatDiscard")}
        </button>
      </div>
    </section>
  );
}
