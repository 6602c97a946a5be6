import type { NearbyReply, ReportView, SessionUser } from "@lianpian/domain";
import { apiJson } from "../../platform/api-client.ts";

/** A citizen report as staff see it (GET /api/reports). */
export type StaffReport = ReportView;
export type Nearby = NearbyReply;
export interface Me {
  user: SessionUser;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export const triageApi = {
  me: () => apiJson<Me>("/api/auth/me"),
  login: (username: string, password: string) =>
    apiJson<Me>("/api/auth/login", json("POST", { username, password })),
  logout: () => fetch("/api/auth/logout", { method: "POST", credentials: "same-origin" }),
  list: (statuses: readonly string[]) => {
    const q = new URLSearchParams({ limit: "100" });
    for (const s of statuses) q.append("status", s);
    return apiJson<{ total: number; reports: StaffReport[] }>(`/api/reports?${q}`);
  },
  nearby: (id: number) => apiJson<Nearby>(`/api/reports/${id}/nearby`),
  act: (id: number, body: Record<string, unknown>) =>
    apiJson<StaffReport>(`/api/reports/${id}/actions`, json("POST", body)),
  link: (id: number, body: { hazard_id?: number | null; zone_id?: number | null }) =>
    apiJson<StaffReport>(`/api/reports/${id}/links`, json("PUT", body)),
};
