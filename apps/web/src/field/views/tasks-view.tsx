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
  const { t, label, locale } = useFieldText();
  const when = (iso: string) => formatDateTime(iso, locale);
  if (state.tasks.length === 0) return <p className="lpf-note">{t("tasksEmpty")}</p>;
  return (
    <>
      {state.fromCache && state.savedAt !== null && (
        <p className="lpf-note">
          {t("tasksOffline")} · {formatDateTime(state.savedAt, locale)}
        </p>
      )}
      <ul className="lpf-tasks" data-testid="tasks">
        {state.tasks.map((task: FieldTask) => {
          const overdue = Date.parse(task.due_at) < Date.now();
          const done = recorded.has(task.id);
          return (
            <li key={task.id} data-task-id={task.id} data-testid="task">
              <div className="lpf-outbox-head">
                <strong>{task.hazard_name}</strong>
                <span className={overdue ? "lpf-state lpf-state-attention" : "lpf-state lpf-state-waiting"}>
                  <span aria-hidden="true">{overdue ? "⚠" : "◷"}</span>{" "}
                  {overdue ? t("taskOverdue") : t("taskDue")} {when(task.due_at)}
                </span>
              </div>
              <small>
                {task.unified_code}
                {task.village ? ` · ${task.village}` : ""} · {task.lat.toFixed(5)}, {task.lng.toFixed(5)} ·{" "}
                {label(inspectionKind, task.kind)} ·{" "}
                {task.source === "report" ? t("taskFromReport") : t("taskFromPlanner")}
              </small>
              {task.note && <p className="lpf-task-note">{task.note}</p>}
              {done ? (
                <p className="lpf-note" data-testid="task-recorded">
                  <span aria-hidden="true">✔</span> {t("taskSaved")}
                </p>
              ) : (
                <button
                  type="button"
                  className="lpf-primary"
                  data-testid="task-answer"
                  onClick={() => openView({ name: "inspect", id: task.hazard_id, task: task.id })}
                >
                  {t("taskAnswer")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
