import type { InspectionReply, InspectionView } from "@lianpian/domain";
import { call } from "../../platform/api-client.ts";

/** Which inspections the review list shows; empty fields do not narrow it. */
export interface ReviewFilter {
  hazardId: string;
  userId: string;
  from: string;
  to: string;
  alert: "" | "true" | "false";
  review: "" | "pending" | "accepted" | "rejected";
}

export const EMPTY_FILTER: ReviewFilter = {
  hazardId: "",
  userId: "",
  from: "",
  to: "",
  alert: "",
  review: "",
};

/** The query string of a filter; dates are whole days in local time, `to` inclusive. */
export function filterQuery(f: ReviewFilter): string {
  const q = new URLSearchParams();
  if (/^\d+$/.test(f.hazardId)) q.set("hazard_id", f.hazardId);
  if (f.userId) q.set("user_id", f.userId);
  if (f.from) q.set("from", new Date(`${f.from}T00:00:00`).toISOString());
  if (f.to) {
    const end = new Date(`${f.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    q.set("to", end.toISOString());
  }
  if (f.alert) q.set("alert", f.alert);
  if (f.review) q.set("review", f.review);
  return q.toString();
}

export const reviewApi = {
  list: (f: ReviewFilter) =>
    call<{ inspections: InspectionView[] }>("GET", `/api/inspections?limit=200&${filterQuery(f)}`).then(
      (r) => r.inspections,
    ),
  review: (key: string, decision: "accept" | "reject", reason: string | null) =>
    call<InspectionReply>("POST", `/api/inspections/${key}/review`, { decision, reason }),
  exportUrl: (f: ReviewFilter) => `/api/inspections/export.csv?${filterQuery(f)}`,
  photoUrl: (key: string, sha: string) => `/api/inspections/${key}/photos/${sha}`,
};
