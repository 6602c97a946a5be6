/** Zone codes the app hands out: LP-<year>-<nnn>, e.g. LP-2026-007. */
export const ZONE_CODE_PATTERN = /^[A-Z0-9-]{3,40}$/;

/**
 * The next free LP code of a year, after the highest one in use.
 * @example nextZoneCode(["LP-2026-001", "LP-2026-009", "X-1"], 2026) // "LP-2026-010"
 */
export function nextZoneCode(existing: readonly string[], year: number): string {
  const prefix = `LP-${year}-`;
  let max = 0;
  for (const code of existing) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, "0")}`;
}
