import type {
  AlertLevel,
  CardReply,
  FieldTask,
  InspectionInput,
  InspectionReply,
  NearestHazard,
  PackReply,
} from "@lianpian/domain";
import type { SessionUser } from "../store/field-db.ts";

/**
 * The field face's calls to the API, on the page's own origin with the
 * session cookie. A call that gets no response at all throws NetworkError;
 * an HTTP error comes back as an ApiFailure with the catalogue code.
 */

export class NetworkError extends Error {}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, { credentials: "same-origin", ...init });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
}

async function json<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  throw new ApiFailure(
    response.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? response.statusText,
  );
}

export async function login(username: string, password: string): Promise<SessionUser> {
  const response = await call("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  return (await json<{ user: SessionUser }>(response)).user;
}

/** The logged-in user, or null when the session is gone. */
export async function me(): Promise<SessionUser | null> {
  const response = await call("/api/auth/me");
  if (response.status === 401) return null;
  return (await json<{ user: SessionUser }>(response)).user;
}

export async function logout(): Promise<void> {
  await call("/api/auth/logout", { method: "POST" });
}

export async function demoAccounts(): Promise<{ username: string; password: string; role: string }[]> {
  return (
    await json<{ accounts: { username: string; password: string; role: string }[] }>(
      await call("/api/auth/demo-accounts"),
    )
  ).accounts;
}

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
  return (await json<{ hazards: NearestHazard[] }>(await call(`/api/field/hazards/nearest?${q}`))).hazards;
}

export async function card(id: number): Promise<CardReply> {
  return json<CardReply>(await call(`/api/field/hazards/${id}/card`));
}

/** The logged-in monitor's open field tasks. */
export async function tasks(): Promise<FieldTask[]> {
  return (await json<{ tasks: FieldTask[] }>(await call("/api/field/tasks?status=open"))).tasks;
}

export async function pack(bbox: readonly number[] | null): Promise<PackReply> {
  const q = bbox ? `?bbox=${bbox.map((v) => v.toFixed(6)).join(",")}` : "";
  return json<PackReply>(await call(`/api/field/pack${q}`));
}

/** A send's raw outcome, for the outbox to judge (it never throws on HTTP errors). */
export interface SendResult<T> {
  status: number;
  body: T | { error?: { code?: string; message?: string } } | null;
}

export async function sendInspection(body: InspectionInput): Promise<SendResult<InspectionReply>> {
  const response = await call("/api/inspections", {
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
  const response = await call(`/api/inspections/${clientKey}/photos/${sha256}`, {
    method: "PUT",
    headers: { "content-type": contentType },
    body: blob,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
