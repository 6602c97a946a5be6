import type { Locale } from "../i18n/locale.ts";

/**
 * The one way the web app calls the API: same origin, the session cookie,
 * JSON both ways, and one error type. A refused request is an ApiFailure with
 * the catalogue code and its zh/en message (apps/api/src/errors.ts); a call
 * that got no response at all is an ApiFailure with status 0 and code
 * "network" (`isNetworkFailure`), which the field outbox keeps for later.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details: unknown = null,
  ) {
    super(messageEn || messageZh);
  }

  /** The most precise message: the details' own wording when the API gave one. */
  text(locale: Locale): string {
    const d = this.details as { message_zh?: string; message_en?: string } | null | undefined;
    const precise = locale === "zh" ? d?.message_zh : d?.message_en;
    const base = (locale === "zh" ? this.messageZh : this.messageEn) || this.message;
    return precise ? `${base}：${precise}` : base;
  }
}

/** True when the call never reached the server (offline, DNS, reset). */
export function isNetworkFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure && error.status === 0 && error.code === "network";
}

/** The message of any error in a language: an ApiFailure's own text, else its string. */
export function errorText(error: unknown, locale: Locale): string {
  return error instanceof ApiFailure ? error.text(locale) : String(error);
}

/** The failure a refused reply's JSON body describes (fetch and XMLHttpRequest alike). */
export function failureOf(status: number, json: unknown): ApiFailure {
  const e = (
    json as { error?: { code?: string; message?: string; message_en?: string; details?: unknown } } | null
  )?.error;
  return new ApiFailure(
    status,
    e?.code ?? "http",
    e?.message ?? `HTTP ${status}`,
    e?.message_en ?? `HTTP ${status}`,
    e?.details ?? null,
  );
}

const NETWORK_ZH = "网络连接失败";
const NETWORK_EN = "The network is not reachable";

/** fetch on the page's origin with the session cookie; no response at all becomes a network ApiFailure. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, { credentials: "same-origin", ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiFailure(0, "network", NETWORK_ZH, NETWORK_EN, null);
  }
}

/** A reply's JSON, or its ApiFailure; 204 is undefined. */
async function replyJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const json = await response.json().catch(() => null);
  if (!response.ok) throw failureOf(response.status, json);
  return json as T;
}

/** fetch + JSON + the API's error shape. */
export async function apiJson<T>(path: string, init?: RequestInit): Promise<T> {
  return replyJson<T>(await apiFetch(path, init));
}

/** A JSON request: `method path` with `body` as JSON (none when undefined). */
export function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return apiJson<T>(path, {
    method,
    signal,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The query string of the parameters that have a value ("" when none has). */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
