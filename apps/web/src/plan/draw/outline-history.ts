import type { MultiPolygon, Polygon } from "geojson";

export type Outline = Polygon | MultiPolygon | null;

/**
 * The outline's undo/redo, one step per finished drawing, edit or clear: an
 * undo or redo hands back a whole outline, which the map, the outline and the
 * report then all show (terra-draw's own session history works per feature,
 * so undoing "draw B, which replaced A" would bring A back beside B).
 */
export interface OutlineHistory {
  readonly past: readonly Outline[];
  readonly present: Outline;
  readonly future: readonly Outline[];
}

const LIMIT = 100;

export const startHistory = (present: Outline): OutlineHistory => ({ past: [], present, future: [] });

export function record(h: OutlineHistory, next: Outline): OutlineHistory {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [] };
}

export function undo(h: OutlineHistory): OutlineHistory {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo(h: OutlineHistory): OutlineHistory {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}

/** The parts terra-draw edits one by one: a Polygon is one part, a MultiPolygon one per polygon. */
export function partsOf(outline: Outline): Polygon[] {
  if (!outline) return [];
  if (outline.type === "Polygon") return [outline];
  return outline.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
}

/** The outline the parts on the map make: none, one Polygon, or a MultiPolygon of several. */
export function outlineOf(parts: readonly Polygon[]): Outline {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] as Polygon;
  return { type: "MultiPolygon", coordinates: parts.map((p) => p.coordinates) };
}
