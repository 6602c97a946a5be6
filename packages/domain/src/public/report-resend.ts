import type { CleanReport } from "./report-input.ts";

/** Where a report was made, as the form sends it. */
export interface ReportPlace {
  lng: number;
  lat: number;
  locationSource: "map" | "gps";
  accuracyM: number | null;
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/**
 * The canonical text of a citizen report: two sends of one report (a resend
 * after a lost reply) agree on it; any other report differs. The photo
 * counts by its SHA-256, which the caller computes.
 * @example canonicalReportJson(r, place, null) === canonicalReportJson(r, place, null)
 */
export function canonicalReportJson(
  report: CleanReport,
  place: ReportPlace,
  photoSha256: string | null,
): string {
  return JSON.stringify([
    report.category,
    report.text.normalize("NFC"),
    report.contact?.normalize("NFC") ?? null,
    place.locationSource,
    round7(place.lng),
    round7(place.lat),
    place.accuracyM === null ? null : Math.round(place.accuracyM * 10) / 10,
    photoSha256,
  ]);
}
