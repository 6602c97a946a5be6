import { createHash, randomBytes } from "node:crypto";

/** Name of the session cookie (HttpOnly, SameSite=Lax). */
export const SESSION_COOKIE = "lianpian_session";
/** How long a login lasts. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A new random session token (sent to the client) and its SHA-256 (stored). */
export function newSessionToken(): { token: string; sha256: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, sha256: sha256(token) };
}

export function sha256(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
