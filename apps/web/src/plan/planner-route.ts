/** The planner's face lives at /plan (the base map stays at /). */
export function isPlannerPath(pathname: string): boolean {
  return pathname === "/plan" || pathname.startsWith("/plan/");
}

/** `?print=<zone id>` opens the print-ready report of a zone instead of the planner. */
export function printZoneId(search: string): number | null {
  const raw = new URLSearchParams(search).get("print");
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** `?tab=<name>` opens the workspace on that tab (the admin face links to /plan?tab=import); else the fallback. */
export function openingTab<T extends string>(search: string, tabs: readonly T[], fallback: T): T {
  const asked = new URLSearchParams(search).get("tab");
  return tabs.find((t) => t === asked) ?? fallback;
}
