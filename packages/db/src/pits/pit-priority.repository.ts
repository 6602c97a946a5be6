import {
  DEFAULT_VISIBLE_BAND_M,
  type PitDistance,
  type RankedPit,
  rankPits,
  visiblePitsProgress,
} from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

interface LineHit {
  id: number;
  name_zh: string;
  distance_m: number;
}

/** A historic pit with its nearest high-speed railway and expressway. */
export interface PitRow extends PitDistance {
  mine_name: string;
  county_code: string;
  suitability: string | null;
  area_m2: number;
  position: [number, number];
  nearest_hsr: LineHit | null;
  nearest_expressway: LineHit | null;
  /** The nearer of the two. */
  line: (LineHit & { kind: "high_speed_rail" | "expressway" }) | null;
}

const nearest = (kind: "high_speed_rail" | "expressway") => sql`(
  SELECT json_build_object('id', t.id, 'name_zh', t.name_zh, 'distance_m', round(t.d::numeric, 1)::float8)
  FROM (
    SELECT c.id, c.name_zh, ST_Distance(c.geom::geography, m.geom::geography) AS d
    FROM (SELECT id, name_zh, geom FROM transport_lines WHERE kind = ${kind}::text ORDER BY geom <-> m.geom LIMIT 10) c
    ORDER BY d LIMIT 1
  ) t)`;

/**
 * Historic abandoned pits (optionally of a county) with the geodesic distance
 * to the nearest high-speed railway and expressway (the index finds ten
 * candidates of each, the ellipsoid decides), suitability and state.
 */
export async function readPits(db: Executor, countyCode?: string): Promise<PitRow[]> {
  const county = countyCode ?? null;
  const { rows } = await sql<Omit<PitRow, "line" | "distance_m">>`
    SELECT m.id, m.mine_name, m.county_code::text AS county_code, m.suitability, m.restoration_state,
           ST_Area(m.geom::geography)::float8 AS area_m2,
           json_build_array(round(ST_X(ST_PointOnSurface(m.geom))::numeric, 6)::float8,
                            round(ST_Y(ST_PointOnSurface(m.geom))::numeric, 6)::float8) AS position,
           ${nearest("high_speed_rail")} AS nearest_hsr, ${nearest("expressway")} AS nearest_expressway
    FROM mines m
    WHERE m.status = 'historic_abandoned' AND (${county}::text IS NULL OR m.county_code = ${county}::text)
    ORDER BY m.id`.execute(db);
  return rows.map((r) => {
    const hsr = r.nearest_hsr ? { ...r.nearest_hsr, kind: "high_speed_rail" as const } : null;
    const ex = r.nearest_expressway ? { ...r.nearest_expressway, kind: "expressway" as const } : null;
    const line = hsr && ex ? (hsr.distance_m <= ex.distance_m ? hsr : ex) : (hsr ?? ex);
    return { ...r, line, distance_m: line?.distance_m ?? null };
  });
}

/** Pits ranked nearest first (由近及远) with the visible band and the progress on the 2025 goal. */
export async function pitPriority(
  db: Executor,
  options: { countyCode?: string; visibleBandM?: number } = {},
) {
  const band = options.visibleBandM ?? DEFAULT_VISIBLE_BAND_M;
  const ranked: RankedPit<PitRow>[] = rankPits(await readPits(db, options.countyCode), band);
  return {
    visible_band_m: band,
    pits: ranked.map((r) => ({ ...r.pit, rank: r.rank, visible: r.visible })),
    progress: visiblePitsProgress(ranked),
  };
}
