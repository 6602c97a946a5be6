import type {
  DemoAccount,
  MonitorBeat,
  Operands,
  OperationResult,
  Proposal,
  ProposalRequest,
  SessionUser,
  Zone,
  ZoneHistoryEntry,
  ZoneReport,
  ZoneStatus,
  ZoneSummary,
} from "@lianpian/domain";
import type { MultiPolygon, Polygon } from "geojson";
import { call } from "../../platform/api-client.ts";

export type Polygonal = Polygon | MultiPolygon;
/** A draft zone's outline (the export's GeoJSON, of which the map needs only this). */
export interface DraftOutline {
  id: number;
  geometry: Polygonal;
}

/** The proposal search the panel sends: the domain's request without the map extent and limit. */
export type ProposalQuery = Omit<ProposalRequest, "bbox" | "limit">;

export const planApi = {
  me: () => call<{ user: SessionUser }>("GET", "/api/auth/me").then((r) => r.user),
  login: (username: string, password: string) =>
    call<{ user: SessionUser }>("POST", "/api/auth/login", { username, password }).then((r) => r.user),
  logout: () => call<void>("POST", "/api/auth/logout"),
  demoAccounts: () =>
    call<{ accounts: DemoAccount[] }>("GET", "/api/auth/demo-accounts").then((r) => r.accounts),

  report: (geometry: Polygonal, excludeZoneId?: number) =>
    call<ZoneReport>("POST", "/api/analysis/report", {
      geometry,
      ...(excludeZoneId ? { exclude_zone_id: excludeZoneId } : {}),
    }),
  buffer: (op: Operands, distanceM: number) =>
    call<OperationResult>("POST", "/api/analysis/buffer", { ...op, distance_m: distanceM }),
  union: (op: Operands) => call<OperationResult>("POST", "/api/analysis/union", op),
  subtract: (base: Operands, minus: Operands) =>
    call<OperationResult>("POST", "/api/analysis/subtract", { base, subtract: minus }),
  closeGaps: (op: Operands, gapM: number) =>
    call<OperationResult>("POST", "/api/analysis/close-gaps", { ...op, gap_m: gapM }),
  select: (geometry: Polygonal, layers: string[]) =>
    call<{ features: { layer: string; id: string; name: string }[]; truncated: boolean }>(
      "POST",
      "/api/analysis/select",
      { geometry, layers },
    ),
  proposals: (q: ProposalQuery) =>
    call<{ proposals: Proposal[] }>("POST", "/api/analysis/proposals", q).then((r) => r.proposals),

  zones: () => call<{ zones: ZoneSummary[]; total: number }>("GET", "/api/zones?limit=500"),
  zone: (id: number) => call<Zone>("GET", `/api/zones/${id}`),
  draftOutlines: () =>
    call<{ features: DraftOutline[] }>("GET", "/api/zones/export?format=geojson&status=draft").then(
      (r) => r.features,
    ),
  zoneReport: (id: number) => call<ZoneReport>("GET", `/api/zones/${id}/report`),
  createZone: (body: Record<string, unknown>) => call<Zone>("POST", "/api/zones", body),
  patchZone: (id: number, body: Record<string, unknown>) => call<Zone>("PATCH", `/api/zones/${id}`, body),
  deleteZone: (id: number, version: number) => call<void>("DELETE", `/api/zones/${id}?version=${version}`),
  setStatus: (id: number, version: number, status: ZoneStatus) =>
    call<Zone>("POST", `/api/zones/${id}/status`, { version, status }),
  setParties: (id: number, version: number, shares?: { company_id: number | null; share_pct: number }[]) =>
    call<Zone>("PUT", `/api/zones/${id}/parties`, { version, ...(shares ? { shares } : {}) }),
  history: (id: number) =>
    call<{ versions: ZoneHistoryEntry[] }>("GET", `/api/zones/${id}/history`).then((r) => r.versions),
  version: (id: number, version: number) => call<Zone>("GET", `/api/zones/${id}/versions/${version}`),
  revert: (id: number, version: number, toVersion: number) =>
    call<Zone>("POST", `/api/zones/${id}/revert`, { version, to_version: toVersion }),

  monitors: () => call<{ monitors: MonitorBeat[] }>("GET", "/api/monitors").then((r) => r.monitors),
  changeBeat: (id: number, change: { add: number[]; remove: number[] }) =>
    call<{ monitor: MonitorBeat; added: number[]; removed: number[] }>(
      "POST",
      `/api/monitors/${id}/points`,
      change,
    ),
};

/** Download links of the exports (the session cookie authorises them). */
export const exportUrl = (format: "geojson" | "csv", zoneId?: number) =>
  zoneId ? `/api/zones/${zoneId}/export?format=${format}` : `/api/zones/export?format=${format}`;
