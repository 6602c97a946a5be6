import type { FeatureRef } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { cleanOutline } from "../zones/zone-outline.ts";
import { asGeoJson, polygonalPart } from "./geometry-sql.ts";
import { operandGeoms } from "./operands-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** A hazard point stands for the ground it threatens: a disc of this radius. */
export const HAZARD_FOOTPRINT_M = 100;

export interface DamageFilter {
  historicPits: boolean;
  closedMines: boolean;
  subsidence: boolean;
  /** 1 small … 4 huge; 0 leaves hazard points out. */
  hazardMinRank: number;
  bbox: readonly [number, number, number, number];
}

/**
 * A piece of damage already planned for: at least this share of its area
 * (a hazard point: the point) lies inside saved treatment zones. It is left
 * out of the proposals and listed in the reply's `left_out`.
 */
const IN_ZONE_SHARE = 0.5;

/** Kinds of damage a proposal gathers (the counts of `Proposal.members`). */
type DamageKind = "historic_pits" | "closed_mines" | "subsidence" | "hazards";

interface DamageMember {
  layer: "mines" | "subsidence" | "hazards";
  id: number;
  kind: DamageKind;
  name: string;
}

interface ClusterRow {
  cid: number;
  srid: number;
  historic_pits: number;
  closed_mines: number;
  subsidence: number;
  hazards: number;
  threatened_people: number;
  damage_m2: number;
  members: DamageMember[];
  dist_hsr_m: number | null;
  dist_expressway_m: number | null;
}

interface InZoneDamage extends DamageMember {
  zone_codes: string[];
  /** Share of its area inside saved zones, 0–1 (1 for a hazard point). */
  share_in_zones: number;
}

/**
 * Damage still to treat — historic pits and closed mines not yet restored,
 * subsidence areas not completed, active hazard points of a grade or higher —
 * in the box (CTE "damage_all"), and how much of each lies inside saved
 * treatment zones (CTE "in_zones": the zones it meets, the share of its area
 * they cover, overlapping zones counted once at most).
 */
function damageCtes(f: DamageFilter) {
  const [w, s, e, n] = f.bbox;
  const live = sql`('not_started', 'in_progress')`;
  return sql`box AS (SELECT ST_MakeEnvelope(${w}::float8, ${s}::float8, ${e}::float8, ${n}::float8, 4326) AS b),
    damage_all AS (
      SELECT 'historic_pits'::text AS kind, 'mines'::text AS layer, m.id, m.mine_name::text AS name, m.geom,
             0 AS people, ST_Area(m.geom::geography) AS dmg
      FROM mines m, box WHERE ${f.historicPits}::boolean AND m.status = 'historic_abandoned'
        AND m.restoration_state IN ${live} AND m.geom && box.b
      UNION ALL
      SELECT 'closed_mines', 'mines', m.id, m.mine_name, m.geom, 0, ST_Area(m.geom::geography)
      FROM mines m, box WHERE ${f.closedMines}::boolean AND m.status = 'closed'
        AND m.restoration_state IN ${live} AND m.geom && box.b
      UNION ALL
      SELECT 'subsidence', 'subsidence', s.id, s.name_zh, s.geom, s.people_affected, ST_Area(s.geom::geography)
      FROM subsidence_areas s, box WHERE ${f.subsidence}::boolean
        AND s.status IN ('untreated', 'planned', 'in_progress') AND s.geom && box.b
      UNION ALL
      SELECT 'hazards', 'hazards', h.id, h.name_zh, h.geom, h.threatened_people, 0
      FROM hazard_points h, box WHERE h.inventory_status = 'active' AND h.geom && box.b
        AND (CASE coalesce(h.danger_grade_override, h.danger_grade)
               WHEN 'small' THEN 1 WHEN 'medium' THEN 2 WHEN 'large' THEN 3 ELSE 4 END) >= ${f.hazardMinRank}::int
        AND ${f.hazardMinRank}::int > 0
    ),
    in_zones AS (
      SELECT d.layer, d.id, array_agg(t.code::text ORDER BY t.code) AS zone_codes,
             CASE WHEN d.dmg = 0 THEN 1::float8
                  ELSE least(1, sum(ST_Area(ST_Intersection(d.geom, t.geom)::geography)) / d.dmg) END AS share
      FROM damage_all d JOIN treatment_zones t ON ST_Intersects(t.geom, d.geom)
      GROUP BY d.layer, d.id, d.dmg
    )`;
}

/** At most this many pieces of planned-for damage are listed; the count covers them all. */
const IN_ZONE_LIST_CAP = 200;

/** The damage of the box in clusters, and what saved zones already cover. */
export interface DamageSurvey {
  clusters: ClusterRow[];
  /** The damage the proposals leave out because saved zones cover it. */
  leftOut: { count: number; items: InZoneDamage[] };
}

/**
 * In one statement (the damage and its zone cover found once): the damage
 * of the box not already planned for, clustered by ST_ClusterDBSCAN in the
 * Gauss-Kruger zone of the area's centre (features within `distanceM` of
 * each other share a cluster; each member by kind and name), and the
 * damage left out because saved zones cover it. Threatened people are the
 * hazards' threatened people plus the people affected by the subsidence
 * areas.
 */
export async function surveyDamage(db: Executor, f: DamageFilter, distanceM: number): Promise<DamageSurvey> {
  const { rows } = await sql<{ clusters: ClusterRow[]; left_out: DamageSurvey["leftOut"] }>`
    WITH ${damageCtes(f)},
    zone AS (SELECT gk_srid(b) AS srid FROM box),
    damage AS (
      SELECT d.* FROM damage_all d
      WHERE NOT EXISTS (SELECT 1 FROM in_zones i
                        WHERE i.layer = d.layer AND i.id = d.id AND i.share >= ${IN_ZONE_SHARE}::float8)
    ),
    gone AS (
      SELECT d.layer, d.id, d.kind, d.name, i.zone_codes, i.share AS share_in_zones
      FROM damage_all d JOIN in_zones i ON i.layer = d.layer AND i.id = d.id
      WHERE i.share >= ${IN_ZONE_SHARE}::float8
    ),
    cl AS (
      SELECT d.*, zone.srid,
             ST_ClusterDBSCAN(ST_Transform(d.geom, zone.srid), ${distanceM}::float8, 1) OVER () AS cid
      FROM damage d, zone
    ),
    agg AS (
      SELECT cid, min(srid) AS srid,
             count(*) FILTER (WHERE kind = 'historic_pits')::int AS historic_pits,
             count(*) FILTER (WHERE kind = 'closed_mines')::int AS closed_mines,
             count(*) FILTER (WHERE kind = 'subsidence')::int AS subsidence,
             count(*) FILTER (WHERE kind = 'hazards')::int AS hazards,
             sum(people)::int AS threatened_people, sum(dmg)::float8 AS damage_m2,
             json_agg(json_build_object('layer', layer, 'id', id, 'kind', kind, 'name', name)
                      ORDER BY layer, id) AS members,
             ST_Collect(geom) AS g
      FROM cl GROUP BY cid
    ),
    clusters AS (
      SELECT cid, srid, historic_pits, closed_mines, subsidence, hazards, threatened_people, damage_m2, members,
        (SELECT min(ST_Distance(t.geom::geography, agg.g::geography)) FROM (
           SELECT geom FROM transport_lines WHERE kind = 'high_speed_rail' ORDER BY geom <-> agg.g LIMIT 5) t
        ) AS dist_hsr_m,
        (SELECT min(ST_Distance(t.geom::geography, agg.g::geography)) FROM (
           SELECT geom FROM transport_lines WHERE kind = 'expressway' ORDER BY geom <-> agg.g LIMIT 5) t
        ) AS dist_expressway_m
      FROM agg
    )
    SELECT (SELECT coalesce(json_agg(c ORDER BY c.cid), '[]') FROM clusters c) AS clusters,
      json_build_object(
        'count', (SELECT count(*)::int FROM gone),
        'items', (SELECT coalesce(json_agg(x ORDER BY x.layer, x.id), '[]')
                    FROM (SELECT * FROM gone ORDER BY layer, id LIMIT ${IN_ZONE_LIST_CAP}) x)) AS left_out`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error("damage survey returned no row");
  return { clusters: row.clusters, leftOut: row.left_out };
}

export interface Outline {
  geometry: unknown;
  protected_overlap_m2: number;
}

/**
 * The outline of one cluster: hazard points as discs, gaps up to
 * `distanceM` closed (buffer out by half, union, buffer in), in the
 * cluster's GK zone; protected areas cut out
 * unless allowed; cleaned as a saved outline is. Null when nothing is left.
 * Its area and counties are the zone report's.
 */
export async function clusterOutline(
  db: Executor,
  members: readonly FeatureRef[],
  srid: number,
  distanceM: number,
  allowProtected: boolean,
): Promise<Outline | null> {
  const half = distanceM / 2;
  const { rows } = await sql<Outline>`
    WITH o AS (SELECT ST_Transform(g, ${srid}::int) AS g FROM ${operandGeoms({ features: members })} x),
    fp AS (
      SELECT CASE WHEN ST_Dimension(g) = 0 THEN ST_Buffer(g, ${HAZARD_FOOTPRINT_M}::float8, 'quad_segs=16') ELSE g END AS g
      FROM o
    ),
    closed AS (
      SELECT ST_Transform(
        ST_Buffer(ST_Union(ST_Buffer(g, ${half}::float8, 'quad_segs=16')), ${-half}::float8, 'quad_segs=16'), 4326) AS g
      FROM fp
    ),
    prot AS (
      SELECT ST_Union(p.geom) AS g FROM protected_areas p, closed WHERE ST_Intersects(p.geom, closed.g)
    ),
    final AS (
      SELECT ${cleanOutline(
        polygonalPart(sql`CASE WHEN ${allowProtected}::boolean OR prot.g IS NULL THEN closed.g
                                   ELSE ST_Difference(closed.g, prot.g) END`),
      )} AS g,
             coalesce(ST_Area(ST_Intersection(closed.g, prot.g)::geography), 0) AS protected_overlap_m2
      FROM closed, prot
    )
    SELECT ${asGeoJson(sql`final.g`)} AS geometry, protected_overlap_m2
    FROM final WHERE NOT ST_IsEmpty(final.g)`.execute(db);
  return rows[0] ?? null;
}
