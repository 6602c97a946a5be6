import { apiJson } from "../../platform/api-client.ts";

/** A citizen report as staff see it (GET /api/reports). */
export interface StaffReport {
  id: number;
  tracking_code: string;
  category: string;
  report_text: string;
  reporter_contact: string | null;
  county_code: string;
  lng: number;
  lat: number;
  /** "gps" (with its accuracy) or "map" (picked by hand) */
  location_source: string;
  location_accuracy_m: number | null;
  status: string;
  public_reply: string | null;
  hazard_id: number | null;
  hazard_name: string | null;
  zone_id: number | null;
  zone_code: string | null;
  check_requested_at: string | null;
  check_note: string | null;
  checked_inspection_id: number | null;
  has_photo: boolean;
  version: number;
  created_at: string;
  actions: string[];
}

export interface Nearby {
  hazards: { id: number; name_zh: string; unified_code: string; danger_grade: string; distance_m: number }[];
  zones: { id: number; code: string; name_zh: string; status: string; distance_m: number }[];
}

export interface Me {
  user: { id: number; username: string; display_name: string; role: string };
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
