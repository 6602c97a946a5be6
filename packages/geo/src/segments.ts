/**
 * Segment intersection tests for ring validity. Plain floating point with
 * coordinates taken relative to the first point of each test, which is
 * plenty for map data in degrees (vertices metres apart, not nanometres).
 */
export type Pt = readonly [number, number];

/** Twice the signed area of (a, b, c): > 0 left turn, < 0 right turn, 0 collinear. */
function orient(a: Pt, b: Pt, c: Pt): number {
  const bx = b[0] - a[0];
  const by = b[1] - a[1];
  const cx = c[0] - a[0];
  const cy = c[1] - a[1];
  return bx * cy - by * cx;
}

function within(a: number, b: number, v: number): boolean {
  return v >= Math.min(a, b) && v <= Math.max(a, b);
}

/** True when c, collinear with a–b, lies on the closed segment a–b. */
function onSegment(a: Pt, b: Pt, c: Pt): boolean {
  return within(a[0], b[0], c[0]) && within(a[1], b[1], c[1]);
}

/** True when the closed segments p1–p2 and p3–p4 share at least one point. */
function segmentsIntersect(p1: Pt, p2: Pt, p3: Pt, p4: Pt): boolean {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(p3, p4, p1)) return true;
  if (d2 === 0 && onSegment(p3, p4, p2)) return true;
  if (d3 === 0 && onSegment(p1, p2, p3)) return true;
  if (d4 === 0 && onSegment(p1, p2, p4)) return true;
  return false;
}

/** A ring's segment, labelled so that neighbours along the ring can be told apart. */
export interface Segment {
  a: Pt;
  b: Pt;
  ring: number;
  index: number;
  ringSize: number;
}

/** The segments of open rings (closing point dropped, no repeated points). */
export function ringSegments(rings: readonly (readonly Pt[])[]): Segment[] {
  const out: Segment[] = [];
  rings.forEach((ring, r) => {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      out.push({ a: ring[i] as Pt, b: ring[(i + 1) % n] as Pt, ring: r, index: i, ringSize: n });
    }
  });
  return out;
}

function adjacent(s: Segment, t: Segment): "next" | "prev" | false {
  if (s.ring !== t.ring) return false;
  if ((s.index + 1) % s.ringSize === t.index) return "next";
  if ((t.index + 1) % t.ringSize === s.index) return "prev";
  return false;
}

/** Neighbours meet at their shared vertex only; they fail when one folds back on the other (a spike). */
function spike(s: Segment, t: Segment, relation: "next" | "prev"): boolean {
  const [first, second] = relation === "next" ? [s, t] : [t, s];
  const a = first.a;
  const v = first.b;
  const c = second.b;
  if (orient(a, v, c) !== 0) return false;
  return (a[0] - v[0]) * (c[0] - v[0]) + (a[1] - v[1]) * (c[1] - v[1]) > 0;
}

/**
 * The first pair of segments that touch or cross other than at the vertex
 * two neighbours share, or null. Sweeps over x so that only segments whose
 * x-ranges overlap are compared.
 */
export function findIntersection(segments: readonly Segment[]): [Segment, Segment] | null {
  const sorted = segments
    .map((s) => ({ s, minX: Math.min(s.a[0], s.b[0]), maxX: Math.max(s.a[0], s.b[0]) }))
    .sort((p, q) => p.minX - q.minX);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as (typeof sorted)[number];
    const pMinY = Math.min(p.s.a[1], p.s.b[1]);
    const pMaxY = Math.max(p.s.a[1], p.s.b[1]);
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j] as (typeof sorted)[number];
      if (q.minX > p.maxX) break;
      if (Math.max(q.s.a[1], q.s.b[1]) < pMinY || Math.min(q.s.a[1], q.s.b[1]) > pMaxY) continue;
      const relation = adjacent(p.s, q.s);
      if (relation) {
        // In a triangle every pair is adjacent; the third vertex can't be on a neighbour unless degenerate.
        if (spike(p.s, q.s, relation)) return [p.s, q.s];
        continue;
      }
      if (segmentsIntersect(p.s.a, p.s.b, q.s.a, q.s.b)) return [p.s, q.s];
    }
  }
  return null;
}

/** Even-odd ray casting: true when the point is strictly inside the (open or closed) ring. */
export function pointInRing(point: Pt, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  const [x, y] = point;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
