import type { InspectionInput, PhotoManifestEntry } from "@lianpian/domain";

/**
 * The inspection form as the user types it (text in number fields), and
 * its conversion into the body the API takes. Pure, so it is tested apart
 * from React.
 */
export interface CrackDraft {
  crackId: string;
  width: string;
  change: string;
}

export interface InspectionDraft {
  kind: InspectionInput["kind"];
  rainfall: string;
  cracks: CrackDraft[];
  displacement: string;
  macroSigns: InspectionInput["macro_signs"];
  assessment: InspectionInput["assessment"];
  alertLevel: InspectionInput["alert_level"];
  actions: InspectionInput["actions"];
  notes: string;
}

export function emptyDraft(): InspectionDraft {
  return {
    kind: "routine",
    rainfall: "",
    cracks: [{ crackId: "L1", width: "", change: "" }],
    displacement: "",
    macroSigns: [],
    assessment: "normal",
    alertLevel: "none",
    actions: [],
    notes: "",
  };
}

/** A field that did not parse, named like the draft's keys (cracks as `cracks.0.width`). */
export type DraftErrors = Record<string, "number">;

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/** "" → null; "12,5" (a Chinese keyboard's comma) → 12.5; anything else outside the range → undefined. */
export function parseMeasurement(text: string, min: number, max: number): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  if (!NUMBER.test(t)) return undefined;
  const v = Number(t.replace(",", "."));
  return v >= min && v <= max ? v : undefined;
}

export interface DraftContext {
  clientKey: string;
  hazardId: number;
  hazardVersion: number;
  inspectedAt: Date;
  location: { lng: number; lat: number; accuracy_m: number | null } | null;
  photos: PhotoManifestEntry[];
  /** the field task this inspection answers */
  taskId?: number | null;
}

/** The API body of a draft, or the fields to fix. Empty crack rows are dropped. */
export function draftToInspection(
  draft: InspectionDraft,
  ctx: DraftContext,
): { ok: true; input: InspectionInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const num = (key: string, text: string, min: number, max: number) => {
    const v = parseMeasurement(text, min, max);
    if (v === undefined) errors[key] = "number";
    return v ?? null;
  };
  const rainfall = num("rainfall", draft.rainfall, 0, 2000);
  const displacement = num("displacement", draft.displacement, -100000, 100000);
  const cracks: InspectionInput["cracks"] = [];
  draft.cracks.forEach((c, i) => {
    if (c.width.trim() === "" && c.change.trim() === "") return;
    const width = num(`cracks.${i}.width`, c.width, 0, 10000);
    const change = num(`cracks.${i}.change`, c.change, -10000, 10000);
    if (width === null) errors[`cracks.${i}.width`] = "number";
    cracks.push({ crack_id: c.crackId.trim() || `L${i + 1}`, width_mm: width ?? 0, change_mm: change });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const notes = draft.notes.trim();
  return {
    ok: true,
    input: {
      client_key: ctx.clientKey,
      hazard_id: ctx.hazardId,
      hazard_version: ctx.hazardVersion,
      inspected_at: ctx.inspectedAt.toISOString(),
      kind: draft.kind,
      rainfall_mm: rainfall,
      cracks,
      displacement_mm: displacement,
      macro_signs: draft.macroSigns,
      assessment: draft.assessment,
      alert_level: draft.alertLevel,
      actions: draft.actions,
      notes: notes === "" ? null : notes,
      location: ctx.location,
      photos: ctx.photos,
      ...(ctx.taskId ? { task_id: ctx.taskId } : {}),
    },
  };
}
