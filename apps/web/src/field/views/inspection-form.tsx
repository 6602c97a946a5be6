import {
  alertLevel,
  assessment,
  type HazardCard,
  inspectionAction,
  inspectionKind,
  macroSign,
  thresholdParameter,
} from "@lianpian/domain";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { reasonText } from "../../alerts/alert-reason.ts";
import { ChoiceChips } from "../form/choice-chips.tsx";
import { CrackRows } from "../form/crack-rows.tsx";
import {
  type DraftErrors,
  draftToInspection,
  emptyDraft,
  type InspectionDraft,
} from "../form/inspection-draft.ts";
import { PhotoPicker } from "../form/photo-picker.tsx";
import { checkThresholds } from "../form/threshold-check.ts";
import type { PositionState } from "../hooks/use-position.ts";
import { useFieldText } from "../i18n/use-field-text.ts";
import { enqueueInspection } from "../outbox/outbox-store.ts";
import type { PreparedPhoto } from "../photos/prepare-photo.ts";

const FORM_KINDS = ["routine", "pre_flood", "post_flood", "emergency"] as const;

function locationOf(position: PositionState) {
  if (position.kind === "gps")
    return { lng: position.lngLat[0], lat: position.lngLat[1], accuracy_m: position.accuracyM };
  if (position.kind === "manual")
    return { lng: position.lngLat[0], lat: position.lngLat[1], accuracy_m: null };
  return null;
}

/**
 * The inspection form. Saving writes to the phone's outbox first (works with
 * no signal); the outbox sends it. The client key is made once per form, so
 * a double tap or a second save can never make a second inspection.
 */
export function InspectionForm({
  card,
  userId,
  position,
  taskId = null,
  onSaved,
  onCancel,
}: {
  card: HazardCard;
  /** the field task this inspection answers (it closes that task only) */
  taskId?: number | null;
  /** The recording user; only their session will send it. */
  userId: number;
  position: PositionState;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, label, locale } = useFieldText();
  const [draft, setDraft] = useState<InspectionDraft>(emptyDraft);
  const [photos, setPhotos] = useState<PreparedPhoto[]>([]);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const clientKey = useRef(crypto.randomUUID());
  const saved = useRef(false);
  const set = (patch: Partial<InspectionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // checked as the values are typed, against the thresholds the card carries (offline too)
  const check = useMemo(() => checkThresholds(draft, card.thresholds), [draft, card.thresholds]);
  const [needActions, setNeedActions] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved.current || saving) return;
    const result = draftToInspection(draft, {
      clientKey: clientKey.current,
      hazardId: card.id,
      hazardVersion: card.version,
      inspectedAt: new Date(),
      location: locationOf(position),
      photos: photos.map((p) => ({ sha256: p.sha256, content_type: p.contentType, byte_size: p.blob.size })),
      taskId,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (check.urgent && draft.actions.length === 0) {
      setNeedActions(true);
      return;
    }
    setSaving(true);
    try {
      await enqueueInspection(
        result.input,
        card.name_zh,
        userId,
        photos.map((p) => ({ sha256: p.sha256, contentType: p.contentType, blob: p.blob })),
        check.urgent,
      );
    } catch (error) {
      // A second save of the same form: the key is already in the outbox.
      if (!(error instanceof DOMException && error.name === "ConstraintError")) {
        setSaving(false);
        throw error;
      }
    }
    saved.current = true;
    for (const p of photos) URL.revokeObjectURL(p.previewUrl);
    onSaved();
  };

  return (
    <form className="lpf-form" onSubmit={submit} data-testid="inspection-form">
      <button type="button" className="lpf-back" onClick={onCancel}>
        ← {t("back")}
      </button>
      <h2>
        {t("formTitle")} · {card.name_zh}
      </h2>
      {taskId !== null && (
        <p className="lpf-note" data-testid="form-task">
          <span aria-hidden="true">☑</span> {t("forTask")} #{taskId}
        </p>
      )}
      <h3>{t("kind")}</h3>
      <ChoiceChips
        name="kind"
        vocabulary={inspectionKind}
        values={FORM_KINDS}
        selected={[draft.kind]}
        multiple={false}
        onChange={([kind]) => kind && set({ kind })}
      />
      <label>
        {t("rainfall")}
        <input
          name="rainfall"
          inputMode="decimal"
          aria-invalid={Boolean(errors.rainfall)}
          value={draft.rainfall}
          onChange={(e) => set({ rainfall: e.target.value })}
        />
      </label>
      <CrackRows cracks={draft.cracks} errors={errors} onChange={(cracks) => set({ cracks })} />
      <label>
        {t("displacement")}
        <input
          name="displacement"
          inputMode="decimal"
          aria-invalid={Boolean(errors.displacement)}
          value={draft.displacement}
          onChange={(e) => set({ displacement: e.target.value })}
        />
      </label>
      <h3>{t("macroSigns")}</h3>
      <ChoiceChips
        name="macro"
        vocabulary={macroSign}
        selected={draft.macroSigns}
        multiple
        onChange={(macroSigns) => set({ macroSigns })}
      />
      <h3>{t("assessment")}</h3>
      <ChoiceChips
        name="assessment"
        vocabulary={assessment}
        selected={[draft.assessment]}
        multiple={false}
        onChange={([a]) => a && set({ assessment: a })}
      />
      <h3>{t("alertLevel")}</h3>
      <ChoiceChips
        name="alert"
        vocabulary={alertLevel}
        selected={[draft.alertLevel]}
        multiple={false}
        onChange={([level]) => level && set({ alertLevel: level })}
      />
      {check.urgent && (
        <div className="lpf-threshold" role="alert" data-testid="threshold-warning">
          <p>
            <span aria-hidden="true">⚠</span> <strong>{t("overThreshold")}</strong>
          </p>
          <ul>
            {check.reasons.map((r) => (
              <li key={`${r.rule}-${"parameter" in r ? r.parameter : ""}-${"crackId" in r ? r.crackId : ""}`}>
                {r.rule === "monitor_level"
                  ? t("monitorLevel")
                  : reasonText(r, locale, (p) => label(thresholdParameter, p))}
              </li>
            ))}
          </ul>
          <p>{t("askActions")}</p>
        </div>
      )}
      <h3>{t("actions")}</h3>
      <ChoiceChips
        name="actions"
        vocabulary={inspectionAction}
        selected={draft.actions}
        multiple
        onChange={(actions) => set({ actions })}
      />
      <label>
        {t("notes")}
        <textarea
          name="notes"
          rows={3}
          maxLength={4000}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </label>
      <PhotoPicker photos={photos} onChange={setPhotos} />
      {needActions && check.urgent && draft.actions.length === 0 && (
        <p className="lpf-error" role="alert" data-testid="actions-required">
          {t("actionsRequired")}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <p className="lpf-error" role="alert">
          {t("invalidNumber")}
        </p>
      )}
      <button type="submit" className="lpf-primary lpf-save" data-testid="save-inspection" disabled={saving}>
        {saving ? t("saving") : t("save")}
      </button>
    </form>
  );
}
