/** One satisfiable byte range of a resource, both ends inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads an HTTP `Range` header against a resource of `size` bytes (RFC 9110
 * §14): `bytes=a-b`, `bytes=a-` or the suffix `bytes=-n`, one range only.
 * Returns the range (its end cut to the last byte), "unsatisfiable" for a
 * range past the end (416), or null when the header is absent, not a byte
 * range or names several ranges (the whole resource is sent, as the RFC allows).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const m = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? Number.POSITIVE_INFINITY : Number(m[2]);
  if (end < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}
