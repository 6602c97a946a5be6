import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { zoneIsPublished } from "../zones/zone-published.ts";
import { type CoordinateHit, coordinatesOf } from "./search-coordinates.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export type SearchKind = "mine" | "hazard" | "village" | "zone";

/** One feature a query found: where to fly (a point on it) and what to frame (its bbox). */
export interface SearchHit {
  kind: SearchKind;
  id: number;
  label: string;
  /** What matched besides the name: licence number, company, unified code, zone code. */
  detail: string | null;
  position: [number, number];
  bbox: [number, number, number, number];
}

export interface SearchResult {
  query: string;
  coordinates: CoordinateHit[];
  groups: { kind: SearchKind; hits: SearchHit[]; more: boolean }[];
}

export interface SearchOptions {
  /** Draft zones are found only for readers with zones.read. */
  includeDrafts: boolean;
  /** Hits per kind, 1–20 (default 8). */
  limit?: number;
}

export const SEARCH_QUERY_MAX = 100;

/** `%text%` for ILIKE with the text's own %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const place = (geom: string) =>
  sql.raw(`
  json_build_array(round(ST_X(ST_PointOnSurface(${geom}))::numeric, 7)::float8,
                   round(ST_Y(ST_PointOnSurface(${geom}))::numeric, 7)::float8) AS position,
  json_build_array(ST_XMin(${geom}), ST_YMin(${geom}), ST_XMax(${geom}), ST_YMax(${geom})) AS bbox`);

/**
 * Mines by name, licence number or right holder; hazard points by unified
 * code or name; villages by name; zones by code or name (drafts only when
 * `includeDrafts`); and the places a typed coordinate names. Each kind is
 * bounded by `limit` (one more row is read to say whether there are more);
 * exact and prefix matches come first, then shorter names.
 */
export async function search(db: Executor, query: string, options: SearchOptions): Promise<SearchResult> {
  const q = query.trim().slice(0, SEARCH_QUERY_MAX);
  const limit = Math.min(Math.max(options.limit ?? 8, 1), 20);
  const result: SearchResult = { query: q, coordinates: coordinatesOf(q), groups: [] };
  if (q.length === 0) return result;
  const like = containsPattern(q);
  const prefix = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const read = async (kind: SearchKind, statement: RawBuilder<SearchHit>) => {
    const { rows } = await statement.execute(db);
    return { kind, hits: rows.slice(0, limit).map((r) => ({ ...r, kind })), more: rows.length > limit };
  };
  const take = limit + 1;
  // independent reads: on a server pool they run side by side
  const groups = await Promise.all([
    read(
      "mine",
      sql<SearchHit>`
      SELECT m.id, m.mine_name AS label,
             concat_ws(' · ', m.license_no, c.name_zh) AS detail, ${place("m.geom")}
      FROM mines m LEFT JOIN companies c ON c.id = m.company_id
      WHERE m.mine_name ILIKE ${like} OR m.license_no ILIKE ${like} OR c.name_zh ILIKE ${like}
      ORDER BY (m.license_no = ${q} OR m.mine_name = ${q}) DESC, (m.mine_name ILIKE ${prefix}) DESC,
               length(m.mine_name), m.id
      LIMIT ${take}`,
    ),
    read(
      "hazard",
      sql<SearchHit>`
      SELECT h.id, h.name_zh AS label, h.unified_code AS detail, ${place("h.geom")}
      FROM hazard_points h
      WHERE h.unified_code LIKE ${prefix} OR h.name_zh ILIKE ${like}
      ORDER BY (h.unified_code = ${q}) DESC, (h.name_zh ILIKE ${prefix}) DESC, length(h.name_zh), h.id
      LIMIT ${take}`,
    ),
    read(
      "village",
      sql<SearchHit>`
      SELECT v.id, v.name_zh AS label, v.township AS detail, ${place("v.geom")}
      FROM villages v
      WHERE v.name_zh ILIKE ${like} OR v.name_en ILIKE ${like}
      ORDER BY (v.name_zh = ${q}) DESC, (v.name_zh ILIKE ${prefix}) DESC, length(v.name_zh), v.id
      LIMIT ${take}`,
    ),
    read(
      "zone",
      sql<SearchHit>`
      SELECT z.id, z.name_zh AS label, z.code AS detail, ${place("z.geom")}
      FROM treatment_zones z
      WHERE (z.code ILIKE ${like} OR z.name_zh ILIKE ${like})
        AND (${options.includeDrafts} OR ${zoneIsPublished("z")})
      ORDER BY (upper(z.code) = upper(${q})) DESC, (z.name_zh ILIKE ${prefix}) DESC, length(z.name_zh), z.id
      LIMIT ${take}`,
    ),
  ]);
  result.groups = groups.filter((g) => g.hits.length > 0);
  return result;
}
