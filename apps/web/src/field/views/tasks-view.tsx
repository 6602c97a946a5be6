import { type FieldTask, inspectionKind } from "@lianpian/domain";
import { formatDateTime } from "../../platform/format.ts";
import { openView } from "../hooks/use-field-view.ts";
import type { TasksState } from "../hooks/use-tasks.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

/**
 * The field checks asked of this monitor, due first: the place, the due
 * time (overdue said in words and by a mark), the note, and the button that
 * opens the inspection that closes the task. A task already recorded in the
 * outbox says so until it is sent.
 */
export function TasksView({ state, recorded }: { state: TasksState; recorded: ReadonlySet<number> }) {
  const { ft, label, locale } = useFieldText();
  const when = (iso: string) => formatDateTime(iso, locale);
  if (state.tasks.length === 0) return <p className="lpf-note">{ft("tasksEmpty")}</p>;
  return (
    <>
      {state.fromCache && state.savedAt !== null && (
        <p className="lpf-note">
          {ft("tasksOffline")} · {formatDateTime(state.savedAt, locale)}
        </p>
      )}
      <ul className="lpf-tasks" data-testid="tasks">
        {state.tasks.map((t: FieldTask) => {
          const overdue = Date.parse(t.due_at) < Date.now();
          const done = recorded.has(t.id);
          return (
            <li key={t.id} data-task-id={t.id} data-testid="task">
              <div className="lpf-outbox-head">
                <strong>{t.hazard_name}</strong>
                <span className={overdue ? "lpf-state lpf-state-attention" : "lpf-state lpf-state-waiting"}>
                  <span aria-hidden="true">{overdue ? "⚠" : "◷"}</span>{" "}
                  {overdue ? ft("taskOverdue") : ft("taskDue")} {when(t.due_at)}
                </span>
              </div>
              <small>
                {t.unified_code}
                {t.village ? ` · ${t.village}` : ""} · {t.lat.toFixed(5)}, {t.lng.toFixed(5)} ·{" "}
                {label(inspectionKind, t.kind)} ·{" "}
                {t.source === "report" ? ft("taskFromReport") : ft("taskFromPlanner")}
              </small>
              {t.note && <p className="lpf-task-note">{t.note}</p>}
              {done ? (
                <p className="lpf-note" data-testid="task-recorded">
                  <span aria-hidden="true">✔</span> {ft("taskSaved")}
                </p>
              ) : (
                <button
                  type="button"
                  className="lpf-primary"
                  data-testid="task-answer"
                  onClick={() => openView({ name: "inspect", id: t.hazard_id, task: t.id })}
                >
                  {ft("taskAnswer")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
