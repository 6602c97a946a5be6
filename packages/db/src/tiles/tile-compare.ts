import { type DecodedFeature, ringArea, type XY } from "./tile-decode.ts";

/** How two renderings of one tile layer agree. */
export interface TileComparison {
  /** Human-readable disagreements; empty when the tiles agree. */
  differences: string[];
  /** Features whose parts match vertex by vertex (within the tolerance) after normalising. */
  exact: number;
  /** Features that differ in vertices but agree in type, bbox, area/length and part count. */
  close: number;
}

const lexLess = (a: XY, b: XY) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function normaliseParts(type: 1 | 2 | 3, parts: XY[][]): XY[][] {
  if (type === 1) {
    return parts
      .flat()
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map((p) => [p]);
  }
  const out = parts.map((part) => {
    if (type === 2) {
      const first = part[0] as XY;
      const last = part[part.length - 1] as XY;
      return lexLess(last, first) ? [...part].reverse() : [...part];
    }
    // ring: drop the closing vertex, start at the lowest vertex, keep the winding
    const first = part[0] as XY;
    const last = part[part.length - 1] as XY;
    const open = first[0] === last[0] && first[1] === last[1] ? part.slice(0, -1) : [...part];
    let k = 0;
    open.forEach((p, i) => {
      if (lexLess(p, open[k] as XY)) k = i;
    });
    return [...open.slice(k), ...open.slice(0, k)];
  });
  return out.sort((a, b) => {
    const pa = a[0] as XY;
    const pb = b[0] as XY;
    return pa[0] - pb[0] || pa[1] - pb[1] || a.length - b.length;
  });
}

function sameVertices(a: XY[][], b: XY[][], tolerance: number): boolean {
  if (a.length !== b.length) return false;
  return a.every((pa, i) => {
    const pb = b[i] as XY[];
    if (pa.length !== pb.length) return false;
    return pa.every((p, j) => {
      const q = pb[j] as XY;
      return Math.abs(p[0] - q[0]) <= tolerance && Math.abs(p[1] - q[1]) <= tolerance;
    });
  });
}

function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Largest distance from a vertex of `a` to the nearest point of `b`'s lines or rings (closed when `rings`). */
function vertexGap(a: XY[][], b: XY[][], rings: boolean): number {
  let worst = 0;
  for (const part of a) {
    for (const p of part) {
      let best = Infinity;
      for (const q of b) {
        if (q.length === 1) best = Math.min(best, Math.hypot(p[0] - (q[0] as XY)[0], p[1] - (q[0] as XY)[1]));
        const n = rings ? q.length : q.length - 1;
        for (let i = 0; i < n && best > 0; i++)
          best = Math.min(best, segmentDistance(p, q[i] as XY, q[(i + 1) % q.length] as XY));
      }
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

function lineLength(parts: XY[][]): number {
  let sum = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as XY;
      const b = part[i] as XY;
      sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
    }
  }
  return sum;
}

const visible = (parts: XY[][], extent: number) =>
  parts.map((part) => part.filter(([x, y]) => x >= 0 && y >= 0 && x <= extent && y <= extent));

/**
 * Why two versions of one feature's geometry are not close, or undefined when
 * they are: every vertex inside the visible tile lies within `tolerance` of
 * the other version's lines or rings (both ways), and the areas (polygons) or
 * lengths (lines) agree. Vertices in the buffer are not held to it: there the
 * encoders may keep or drop sub-unit slivers along the clip edge.
 */
function geometryGap(
  a: DecodedFeature,
  b: DecodedFeature,
  tolerance: number,
  extent: number,
): string | undefined {
  if (a.type === 1) return "points differ";
  const rings = a.type === 3;
  const gap = Math.max(
    vertexGap(visible(a.parts, extent), b.parts, rings),
    vertexGap(visible(b.parts, extent), a.parts, rings),
  );
  if (gap > tolerance) return `a visible vertex is ${gap.toFixed(2)} units from the other geometry`;
  const perimeter = Math.max(lineLength(a.parts), lineLength(b.parts));
  if (a.type === 2) {
    const la = lineLength(a.parts);
    const lb = lineLength(b.parts);
    const slack = 0.01 * perimeter + 2 * tolerance * Math.max(a.parts.length, b.parts.length);
    return Math.abs(la - lb) > slack ? `length ${la.toFixed(1)} vs ${lb.toFixed(1)}` : undefined;
  }
  const area = (f: DecodedFeature) => f.parts.reduce((s, r) => s + ringArea(r), 0);
  const aa = area(a);
  const ab = area(b);
  // moving each vertex by `tolerance` changes the area by at most perimeter × tolerance
  const slack = tolerance * perimeter + 4;
  return Math.abs(aa - ab) > slack
    ? `area ${aa.toFixed(1)} vs ${ab.toFixed(1)} (slack ${slack.toFixed(1)})`
    : undefined;
}

/**
 * Compares two decodings of the same tile layer: the same feature ids in the
 * same order (but for slivers left in the clip buffer), the same properties and type, and geometry within `tolerance`
 * tile units — vertex by vertex after normalising part order, ring start and
 * line direction; where the two encoders chose different (equally valid)
 * vertices, by distance to the other geometry plus area or length instead
 * (counted as `close`).
 */
export function compareDecodedTiles(
  a: readonly DecodedFeature[],
  b: readonly DecodedFeature[],
  tolerance = 1,
  extent = 4096,
): TileComparison {
  const differences: string[] = [];
  const idsA = new Set(a.map((f) => f.id));
  const idsB = new Set(b.map((f) => f.id));
  // A feature one encoder kept and the other dropped must be a sliver of the clip buffer: reaching no
  // more than `tolerance` into the visible tile. Points never differ.
  for (const [mine, other, label] of [
    [a, idsB, "only in the first"],
    [b, idsA, "only in the second"],
  ] as const) {
    for (const f of mine) {
      if (!other.has(f.id) && reachesInto(f, extent, tolerance))
        differences.push(`feature ${f.id}: ${label}`);
    }
  }
  const common = (fs: readonly DecodedFeature[], ids: Set<number | undefined>) =>
    fs.filter((f) => ids.has(f.id)).map((f) => f.id);
  if (common(a, idsB).join() !== common(b, idsA).join()) differences.push("features in another order");
  let exact = 0;
  let close = 0;
  const byId = new Map(b.map((f) => [f.id, f]));
  for (const fa of a) {
    const fb = byId.get(fa.id);
    if (!fb) continue;
    if (fa.type !== fb.type) differences.push(`feature ${fa.id}: type ${fa.type} vs ${fb.type}`);
    if (JSON.stringify(sortKeys(fa.properties)) !== JSON.stringify(sortKeys(fb.properties))) {
      differences.push(
        `feature ${fa.id}: properties ${JSON.stringify(fa.properties)} vs ${JSON.stringify(fb.properties)}`,
      );
    }
    if (sameVertices(normaliseParts(fa.type, fa.parts), normaliseParts(fb.type, fb.parts), tolerance)) {
      exact++;
      continue;
    }
    const gap = geometryGap(fa, fb, tolerance, extent);
    if (gap) differences.push(`feature ${fa.id}: ${gap}`);
    else close++;
  }
  return { differences, exact, close };
}

/** Whether a line or polygon reaches more than `margin` into the visible tile (0…extent); points always do. */
function reachesInto(f: DecodedFeature, extent: number, margin: number): boolean {
  if (f.type === 1) return true;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of f.parts) {
    for (const [x, y] of part) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return maxX > margin && minX < extent - margin && maxY > margin && minY < extent - margin;
}

function sortKeys(o: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(o).sort(([k1], [k2]) => (k1 < k2 ? -1 : 1)));
}
