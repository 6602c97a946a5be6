import GROUP_TEXT from "./search-results.text.json" with { type: "json" };

/** What GET /api/search answers. */
type SearchKind = "mine" | "hazard" | "village" | "zone";
interface SearchHit {
  kind: SearchKind;
  id: number;
  label: string;
  detail: string | null;
  position: [number, number];
  bbox: [number, number, number, number];
}
export interface SearchReply {
  query: string;
  coordinates: { position: [number, number]; read_as: string; label: string }[];
  groups: { kind: SearchKind; hits: SearchHit[]; more: boolean }[];
}

/** One choosable row of the result list, in display order. */
export interface SearchOption {
  key: string;
  group: SearchKind | "coordinate";
  label: string;
  detail: string | null;
  position: [number, number];
  bbox: [number, number, number, number] | null;
}

/** Coordinates first (a typed place is what was meant), then each kind in the API's order. */
export function optionsOf(reply: SearchReply): SearchOption[] {
  const coordinates = reply.coordinates.map<SearchOption>((c, i) => ({
    key: `coordinate-${i}`,
    group: "coordinate",
    label: c.label,
    detail: c.read_as,
    position: c.position,
    bbox: null,
  }));
  const hits = reply.groups.flatMap((g) =>
    g.hits.map<SearchOption>((h) => ({
      key: `${h.kind}-${h.id}`,
      group: h.kind,
      label: h.label,
      detail: h.detail,
      position: h.position,
      bbox: h.bbox,
    })),
  );
  return [...coordinates, ...hits];
}

/** The active row after a key: arrows move and wrap, Home/End jump; -1 means none. */
export function moveActive(active: number, key: string, count: number): number {
  if (count === 0) return -1;
  if (key === "ArrowDown") return active < 0 || active >= count - 1 ? 0 : active + 1;
  if (key === "ArrowUp") return active <= 0 ? count - 1 : active - 1;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return active;
}

/** The headings of the result groups (search-results.text.json). */
export const GROUP_LABELS: Record<SearchOption["group"], { zh: string; en: string }> = GROUP_TEXT;
