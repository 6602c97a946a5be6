import type { AlertLevel } from "../enums.ts";
import type { InspectionInput } from "./inspection.schema.ts";

/**
 * The canonical form of an inspection: what is stored, and what two sends of
 * "the same" inspection must agree on. Key order is fixed, strings are NFC
 * and trimmed, sets are sorted, measurements are rounded to the 0.1 mm the
 * database keeps, the time is UTC ISO. The client key is the identity, not
 * content, so it is left out.
 */
export interface NormalisedInspection {
  hazardId: number;
  hazardVersion: number;
  inspectedAt: string;
  kind: InspectionInput["kind"];
  rainfallMm: number | null;
  cracks: { crackId: string; widthMm: number; changeMm: number | null }[];
  displacementMm: number | null;
  macroSigns: InspectionInput["macro_signs"];
  assessment: InspectionInput["assessment"];
  alertLevel: AlertLevel;
  actions: InspectionInput["actions"];
  notes: string | null;
  location: { lng: number; lat: number; accuracyM: number | null } | null;
  photos: { sha256: string; contentType: string; byteSize: number }[];
  taskId: number | null;
}

const tenth = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // no -0 in the hash
};
const tenthOrNull = (v: number | null | undefined) => (v === null || v === undefined ? null : tenth(v));
const text = (v: string) => v.normalize("NFC").trim();
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** The stored form of an inspection the phone sent. */
export function normaliseInspection(input: InspectionInput): NormalisedInspection {
  const notes = input.notes ? text(input.notes) : "";
  return {
    hazardId: input.hazard_id,
    hazardVersion: input.hazard_version,
    inspectedAt: new Date(input.inspected_at).toISOString(),
    kind: input.kind,
    rainfallMm: tenthOrNull(input.rainfall_mm),
    cracks: input.cracks
      .map((c) => ({
        crackId: text(c.crack_id),
        widthMm: tenth(c.width_mm),
        changeMm: tenthOrNull(c.change_mm),
      }))
      .sort((a, b) => byText(a.crackId, b.crackId) || a.widthMm - b.widthMm),
    displacementMm: tenthOrNull(input.displacement_mm),
    macroSigns: [...new Set(input.macro_signs)].sort(byText),
    assessment: input.assessment,
    alertLevel: input.alert_level,
    actions: [...new Set(input.actions)].sort(byText),
    notes: notes === "" ? null : notes,
    location: input.location
      ? {
          lng: round7(input.location.lng),
          lat: round7(input.location.lat),
          accuracyM: input.location.accuracy_m == null ? null : Math.round(input.location.accuracy_m),
        }
      : null,
    photos: input.photos
      .map((p) => ({ sha256: p.sha256, contentType: p.content_type, byteSize: p.byte_size }))
      .sort((a, b) => byText(a.sha256, b.sha256)),
    taskId: input.task_id ?? null,
  };
}

/**
 * The canonical JSON text of an inspection; hash it (SHA-256) to compare two sends.
 * @example canonicalInspectionJson(a) === canonicalInspectionJson(b) // same content, any key order
 */
export function canonicalInspectionJson(input: InspectionInput): string {
  const n = normaliseInspection(input);
  // Built in a fixed order: JSON.stringify keeps insertion order.
  const fields: unknown[] = [
    n.hazardId,
    n.hazardVersion,
    n.inspectedAt,
    n.kind,
    n.rainfallMm,
    n.cracks.map((c) => [c.crackId, c.widthMm, c.changeMm]),
    n.displacementMm,
    n.macroSigns,
    n.assessment,
    n.alertLevel,
    n.actions,
    n.notes,
    n.location ? [n.location.lng, n.location.lat, n.location.accuracyM] : null,
    n.photos.map((p) => [p.sha256, p.contentType, p.byteSize]),
  ];
  // Only when set, so the hash of an inspection without a task is what it always was.
  if (n.taskId !== null) fields.push(n.taskId);
  return JSON.stringify(fields);
}
