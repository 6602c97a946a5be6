import type { NearbyReply, ReportView } from "@lianpian/domain";
import { call } from "../../platform/api-client.ts";

/** A citizen report as staff see it (GET /api/reports). */
export type StaffReport = ReportView;
export type Nearby = NearbyReply;

/** Staff triage's calls (the login is platform/auth-api.ts). */
export const triageApi = {
  list: (statuses: readonly string[]) => {
    const q = new URLSearchParams({ limit: "100" });
    for (const s of statuses) q.append("status", s);
    return call<{ total: number; reports: StaffReport[] }>("GET", `/api/reports?${q}`);
  },
  nearby: (id: number) => call<Nearby>("GET", `/api/reports/${id}/nearby`),
  act: (id: number, body: Record<string, unknown>) =>
    call<StaffReport>("POST", `/api/reports/${id}/actions`, body),
  link: (id: number, body: { hazard_id?: number | null; zone_id?: number | null }) =>
    call<StaffReport>("PUT", `/api/reports/${id}/links`, body),
};
