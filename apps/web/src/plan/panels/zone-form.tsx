import {
  checkZoneName,
  decisionFor,
  implementationMode,
  nextZoneStatuses,
  phase,
  taskKind,
  type Zone,
  type ZoneField,
  type ZoneStatus,
  zoneFieldLabel,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import { squareMetersToMu } from "@lianpian/geo";
import { usePlanText } from "../i18n/use-plan-text.ts";
import { type Refusal, refusalOfCheck, refusalText } from "./field-refusal.ts";
import type { ZoneDraft } from "./zone-draft.ts";

const MU = 10_000 / 15;

export interface ZoneFormProps {
  draft: ZoneDraft;
  zone: Zone | null;
  canSave: boolean;
  /** The last refusal of a save (the rule's or the server's words), said at its field. */
  refusal?: Refusal | null;
  onChange(draft: ZoneDraft): void;
  onSave(): void;
  onStatus(status: ZoneStatus): void;
  onDelete(): void;
}

/** Attributes, the six tasks with lead units, the yearly plan, and the lifecycle buttons. */
export function ZoneForm({
  draft,
  zone,
  canSave,
  refusal,
  onChange,
  onSave,
  onStatus,
  onDelete,
}: ZoneFormProps) {
  const { t, label, locale } = usePlanText();
  // the API's rule, run as the name is typed: a name it would refuse is refused here first
  const nameCheck = draft.name_zh ? refusalOfCheck(checkZoneName(draft.name_zh)) : null;
  const said = (field: string) => {
    const r = field === "name_zh" && nameCheck ? nameCheck : refusal?.field === field ? refusal : null;
    const text = refusalText(r, locale);
    return text ? (
      <span className="lp-plan-warn" role="alert" data-testid={`refusal-${field}`}>
        {text}
      </span>
    ) : null;
  };
  const known = new Set(["name_zh", "code", "zone_type", "phase", "implementation_mode", "budget_wan"]);
  // The labels every view of a zone shares (form, OGC collection, history).
  const f = (field: ZoneField) => zoneFieldLabel[field][locale];
  const set = (patch: Partial<ZoneDraft>) => onChange({ ...draft, ...patch });
  const task = (kind: string) => draft.tasks.find((t) => t.task_kind === kind);
  const setTask = (kind: string, lead: string, areaMu: string) => {
    const rest = draft.tasks.filter((t) => t.task_kind !== kind);
    if (!lead.trim()) return set({ tasks: rest });
    const planned = areaMu ? Number(areaMu) * MU : null;
    set({ tasks: [...rest, { task_kind: kind as never, lead_unit: lead, planned_area_m2: planned }] });
  };
  const setYear = (i: number, patch: Partial<ZoneDraft["yearly"][number]>) =>
    set({ yearly: draft.yearly.map((y, k) => (k === i ? { ...y, ...patch } : y)) });
  const lastYear = draft.yearly.at(-1)?.year ?? 2025;

  return (
    <section className="lp-plan-form" data-testid="zone-form">
      <h3>
        {t("zoneForm")}
        {zone && (
          <small>
            {" "}
            {zone.code} · {t("version")} {zone.version} · {label(zoneStatus, zone.status)}
          </small>
        )}
      </h3>
      <label>
        {f("name_zh")}
        <input
          data-testid="zone-name"
          value={draft.name_zh}
          aria-invalid={Boolean(nameCheck) || refusal?.field === "name_zh"}
          onChange={(e) => set({ name_zh: e.target.value })}
        />
        {said("name_zh")}
      </label>
      <label>
        {f("code")}
        <input
          value={draft.code}
          placeholder={t("codeAuto")}
          data-testid="zone-code"
          aria-invalid={refusal?.field === "code"}
          onChange={(e) => set({ code: e.target.value })}
        />
        {said("code")}
      </label>
      <label>
        {f("zone_type")}
        <select value={draft.zone_type} onChange={(e) => set({ zone_type: e.target.value })}>
          {zoneType.values.map((v) => (
            <option key={v} value={v}>
              {label(zoneType, v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f("phase")}
        <select value={draft.phase} onChange={(e) => set({ phase: e.target.value })}>
          <option value="">—</option>
          {phase.values.map((v) => (
            <option key={v} value={v}>
              {label(phase, v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f("implementation_mode")}
        <select
          value={draft.implementation_mode}
          onChange={(e) => set({ implementation_mode: e.target.value })}
        >
          <option value="">—</option>
          {implementationMode.values.map((v) => (
            <option key={v} value={v}>
              {label(implementationMode, v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f("budget_wan")}
        <input
          type="number"
          min="0"
          value={draft.budget_wan}
          data-testid="zone-budget"
          onChange={(e) => set({ budget_wan: e.target.value })}
        />
        {said("budget_wan")}
      </label>
      <details>
        <summary>{f("tasks")}</summary>
        {taskKind.values.map((kind) => {
          const current = task(kind);
          const areaMu = current?.planned_area_m2
            ? String(Math.round(squareMetersToMu(current.planned_area_m2)))
            : "";
          return (
            <div key={kind} className="lp-plan-task">
              <span>{label(taskKind, kind)}</span>
              <input
                placeholder={t("leadUnit")}
                value={current?.lead_unit ?? ""}
                onChange={(e) => setTask(kind, e.target.value, areaMu)}
              />
              <input
                type="number"
                placeholder={t("plannedArea")}
                value={areaMu}
                onChange={(e) => setTask(kind, current?.lead_unit ?? "", e.target.value)}
              />
            </div>
          );
        })}
      </details>
      <details>
        <summary>{t("yearly")}</summary>
        <table className="lp-plan-table">
          <thead>
            <tr>
              <th>{t("year")}</th>
              <th>{t("planArea")}</th>
              <th>{t("doneArea")}</th>
            </tr>
          </thead>
          <tbody>
            {draft.yearly.map((y, i) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td>
                  <input
                    type="number"
                    value={Math.round(y.planned_area_m2 / MU)}
                    onChange={(e) => setYear(i, { planned_area_m2: Number(e.target.value) * MU })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    value={Math.round(y.done_area_m2 / MU)}
                    onChange={(e) => setYear(i, { done_area_m2: Number(e.target.value) * MU })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {lastYear < 2035 && (
          <button
            type="button"
            onClick={() =>
              set({
                yearly: [
                  ...draft.yearly,
                  {
                    year: lastYear + 1,
                    planned_area_m2: 0,
                    done_area_m2: 0,
                    planned_spend_wan: 0,
                    done_spend_wan: 0,
                  },
                ],
              })
            }
          >
            {t("addYear")}
          </button>
        )}
      </details>
      <div className="lp-plan-row">
        <button
          type="button"
          className="lp-plan-primary"
          data-testid="save-zone"
          disabled={!canSave}
          onClick={onSave}
        >
          {t("save")}
        </button>
        {said("geometry")}
        {refusal && !known.has(refusal.field) && refusal.field !== "geometry" && said(refusal.field)}
        {zone?.status === "draft" && (
          <button type="button" onClick={onDelete}>
            {t("deleteZone")}
          </button>
        )}
      </div>
      {zone && (
        <div className="lp-plan-row">
          {/* Approval and acceptance are decisions with a document: the decisions panel offers them. */}
          {nextZoneStatuses(zone.status)
            .filter((s) => !decisionFor(s))
            .map((s) => (
              <button key={s} type="button" data-testid={`status-${s}`} onClick={() => onStatus(s)}>
                {t("moveTo")} {label(zoneStatus, s)}
              </button>
            ))}
        </div>
      )}
    </section>
  );
}
