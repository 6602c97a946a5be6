/** Pure arithmetic for the offline pack's screen: time left, an estimate from samples, age. */

/** Milliseconds left at the rate so far, or null before there is a rate to go by. */
export function timeLeftMs(done: number, total: number, elapsedMs: number, resumedFrom = 0): number | null {
  const fetched = done - resumedFrom;
  if (fetched <= 0 || elapsedMs <= 0) return null;
  return Math.max(0, Math.round(((total - done) * elapsedMs) / fetched));
}

/** "3 min 20 s" / "45 s" in either language. */
export function formatDuration(ms: number, locale: "zh" | "en"): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (locale === "zh") return m > 0 ? `${m} 分 ${rest} 秒` : `${rest} 秒`;
  return m > 0 ? `${m} min ${rest} s` : `${rest} s`;
}

/** How old a download is, in words: "2 天前", "3 h ago". */
export function formatAge(fromMs: number, nowMs: number, locale: "zh" | "en"): string {
  const minutes = Math.max(0, Math.floor((nowMs - fromMs) / 60_000));
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (locale === "zh") {
    if (days > 0) return `${days} 天前`;
    if (hours > 0) return `${hours} 小时前`;
    return minutes > 0 ? `${minutes} 分钟前` : "刚刚";
  }
  if (days > 0) return `${days} d ago`;
  if (hours > 0) return `${hours} h ago`;
  return minutes > 0 ? `${minutes} min ago` : "just now";
}

/**
 * An estimate of a tile download's size: tile sizes differ by zoom far more
 * than within one, so each zoom's mean sample size is weighed by that zoom's
 * tile count; a zoom with no sample takes the mean of all samples. Tiles
 * already held count at their real size.
 */
export function estimateBytes(
  countByZoom: ReadonlyMap<number, number>,
  samplesByZoom: ReadonlyMap<number, readonly number[]>,
  heldBytes = 0,
): number {
  const all = [...samplesByZoom.values()].flat();
  const overall = all.length === 0 ? 0 : all.reduce((a, b) => a + b, 0) / all.length;
  let total = heldBytes;
  for (const [z, count] of countByZoom) {
    const s = samplesByZoom.get(z) ?? [];
    const mean = s.length === 0 ? overall : s.reduce((a, b) => a + b, 0) / s.length;
    total += mean * count;
  }
  return Math.round(total);
}
