import "../day/day.css";
import { type DueKind, formatDistanceMeters } from "@lianpian/domain";
import { formatDate, formatDateTime } from "../../platform/format.ts";
import type { DaySort } from "../day/day-rows.ts";
import type { MyDay } from "../day/use-my-day.ts";
import type { FieldMessageKey } from "../i18n/field-messages.ts";
import { useFieldText } from "../i18n/use-field-text.ts";

const DUE_LABEL: Record<DueKind, FieldMessageKey> = {
  pre_flood: "duePreFlood",
  post_flood: "duePostFlood",
  routine: "dueRoutine",
};

/**
 * The monitor's day: own points with the last inspection and what is due
 * (pre-flood, post-flood, the routine visit), sortable by distance or by due
 * date. Overdue is said in words and by a mark, not by colour alone.
 */
export function DayView({
  day,
  sort,
  onSort,
  onOpen,
}: {
  day: MyDay;
  sort: DaySort;
  onSort(next: DaySort): void;
  onOpen(id: number): void;
}) {
  const { t, locale } = useFieldText();
  const date = (iso: string) => formatDate(iso, locale);
  if (day.loading) return null;
  return (
    <section className="lpf-day" data-testid="day-view">
      <div className="lpf-day-head">
        <h2>{t("dayTitle")}</h2>
        <fieldset className="lpf-chips lpf-day-sort">
          {(["distance", "due"] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="lpf-chip"
              aria-pressed={sort === s}
              data-testid={`day-sort-${s}`}
              onClick={() => onSort(s)}
            >
              {s === "distance" ? t("sortDistance") : t("sortDue")}
            </button>
          ))}
        </fieldset>
      </div>
      {day.savedAt !== null && (
        <p className="lpf-note">
          {t("lastInspection")} · {t("packReady")} {formatDateTime(day.savedAt, locale)}
        </p>
      )}
      {day.rows.length === 0 && <p className="lpf-note">{t("dayEmpty")}</p>}
      <ol className="lpf-list" data-testid="day-list" data-sort={sort}>
        {day.rows.map((row) => {
          const pressing = row.due.filter((d) => d.overdue || d.daysLeft <= 7);
          return (
            <li key={row.id} data-day-id={row.id}>
              <button type="button" onClick={() => onOpen(row.id)}>
                <span className="lpf-row-main">
                  <strong>{row.name}</strong>
                  <small data-testid="day-last">
                    {t("lastInspection")}: {row.lastInspectedAt ? date(row.lastInspectedAt) : t("never")}
                    {row.village ? ` · ${row.village}` : ""}
                  </small>
                  {pressing.length === 0 ? (
                    <small className="lpf-day-due">
                      <span aria-hidden="true">✔</span> {t("upToDate")}
                    </small>
                  ) : (
                    pressing.map((d) => (
                      <small
                        key={d.kind}
                        className={d.overdue ? "lpf-day-due lpf-day-overdue" : "lpf-day-due"}
                        data-due={d.kind}
                        data-overdue={d.overdue}
                      >
                        <span aria-hidden="true">{d.overdue ? "⚠" : "◷"}</span> {t(DUE_LABEL[d.kind])} ·{" "}
                        {d.overdue ? t("taskOverdue") : t("taskDue")} {date(d.dueAt)}
                      </small>
                    ))
                  )}
                </span>
                <span className="lpf-row-dist">
                  <strong>{row.distanceM === null ? "–" : formatDistanceMeters(row.distanceM)}</strong>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
