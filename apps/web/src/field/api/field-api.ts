import type {
  AlertLevel,
  CardReply,
  FieldTask,
  InspectionInput,
  InspectionReply,
  MonitoredPointHistory,
  NearestHazard,
  PackReply,
} from "@lianpian/domain";
import { apiFetch, apiJson, queryString } from "../../platform/api-client.ts";

/**
 * The field face's calls to the API (platform/api-client.ts: same origin,
 * the session cookie). A call that gets no response at all throws the
 * network ApiFailure (`isNetworkFailure`); an HTTP error an ApiFailure with
 * the catalogue code. Login, logout and the session are platform/auth-api.ts.
 */

export async function nearest(
  position: readonly [number, number],
  filter: { onlyMine: boolean; alertLevels: readonly AlertLevel[]; limit: number },
): Promise<NearestHazard[]> {
  const q = new URLSearchParams({
    lng: String(position[0]),
    lat: String(position[1]),
    limit: String(filter.limit),
    mine: String(filter.onlyMine),
  });
  for (const level of filter.alertLevels) q.append("alert", level);
  return (await apiJson<{ hazards: NearestHazard[] }>(`/api/field/hazards/nearest?${q}`)).hazards;
}

export function card(id: number): Promise<CardReply> {
  return apiJson<CardReply>(`/api/field/hazards/${id}/card`);
}

/** The logged-in monitor's open field tasks. */
export async function tasks(): Promise<FieldTask[]> {
  return (await apiJson<{ tasks: FieldTask[] }>("/api/field/tasks?status=open")).tasks;
}

/** The monitor's own points with their last inspection and last pre-/post-flood checks. */
export async function myPoints(): Promise<MonitoredPointHistory[]> {
  return (await apiJson<{ points: MonitoredPointHistory[] }>("/api/field/my-points")).points;
}

/** The cards of an area and of the user's points; with `since`, only those changed since then. */
export function pack(bbox: readonly number[] | null, since?: string): Promise<PackReply> {
  const bboxParam = bbox ? bbox.map((v) => v.toFixed(6)).join(",") : null;
  return apiJson<PackReply>(`/api/field/pack${queryString({ bbox: bboxParam, since: since || null })}`);
}

/** A send's raw outcome, for the outbox to judge (it never throws on HTTP errors). */
export interface SendResult<T> {
  status: number;
  body: T | { error?: { code?: string; message?: string } } | null;
}

export async function sendInspection(body: InspectionInput): Promise<SendResult<InspectionReply>> {
  const response = await apiFetch("/api/inspections", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export async function sendPhoto(
  clientKey: string,
  sha256: string,
  contentType: string,
  blob: Blob,
): Promise<SendResult<{ created: boolean }>> {
  const response = await apiFetch(`/api/inspections/${clientKey}/photos/${sha256}`, {
    method: "PUT",
    headers: { "content-type": contentType },
    body: blob,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
