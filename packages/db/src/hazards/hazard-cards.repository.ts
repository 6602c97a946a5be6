import type { HazardCard } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/**
 * The 明白卡 (the point's card) as the field sees it: what threatens whom,
 * who to call, the warning signal, where to run, the thresholds and the
 * point's record version. Names and phones of the monitor and the
 * responsible person are private: they are null unless asked for.
 */
export type { HazardCard };

export interface CardFilter {
  ids?: readonly number[];
  /** [west, south, east, north] in CRS84. */
  bbox?: readonly [number, number, number, number];
  /** Also every point this user monitors (with bbox: either). */
  monitoredBy?: number;
  includeWrittenOff?: boolean;
  /** Only points changed after this instant (an offline pack's update). */
  updatedSince?: Date;
}

type GeoJsonGeometry = HazardCard["shelter"];

const iso = (v: unknown) => new Date(v as string | Date).toISOString();

/** Cards of the points matching the filter, at most `limit`, by id. */
export async function listHazardCards(
  db: Kysely<Database>,
  filter: CardFilter,
  options: { includePrivate: boolean; limit: number },
): Promise<HazardCard[]> {
  const priv = options.includePrivate;
  let query = db.selectFrom("hazard_points as h").select([
    "h.id",
    "h.unified_code",
    "h.name_zh",
    "h.hazard_type",
    "h.county_code",
    "h.township",
    "h.village",
    sql<string>`COALESCE(h.danger_grade_override, h.danger_grade)`.as("danger_grade"),
    "h.scale_grade",
    "h.stability",
    "h.threatened_people",
    "h.threatened_households",
    "h.threatened_property_wan",
    "h.threat_objects",
    "h.triggers",
    "h.measures",
    "h.warning_signal",
    "h.shelter_name",
    sql<GeoJsonGeometry | null>`ST_AsGeoJSON(h.shelter, 7)::json`.as("shelter"),
    sql<GeoJsonGeometry | null>`ST_AsGeoJSON(h.evacuation_route, 7)::json`.as("evacuation_route"),
    sql<string | null>`CASE WHEN ${priv} THEN h.monitor_name END`.as("monitor_name"),
    sql<string | null>`CASE WHEN ${priv} THEN h.monitor_phone END`.as("monitor_phone"),
    sql<string | null>`CASE WHEN ${priv} THEN h.responsible_name END`.as("responsible_name"),
    sql<string | null>`CASE WHEN ${priv} THEN h.responsible_phone END`.as("responsible_phone"),
    "h.current_alert",
    "h.inventory_status",
    "h.version",
    "h.updated_at",
    sql<number>`ST_X(h.geom)`.as("lng"),
    sql<number>`ST_Y(h.geom)`.as("lat"),
    sql<{ parameter: string; warn_value: number }[]>`COALESCE((
        SELECT json_agg(json_build_object('parameter', t.parameter, 'warn_value', t.warn_value) ORDER BY t.parameter)
        FROM hazard_thresholds t WHERE t.hazard_id = h.id), '[]'::json)`.as("thresholds"),
  ]);
  if (!filter.includeWrittenOff) query = query.where("h.inventory_status", "=", "active");
  if (filter.updatedSince) query = query.where("h.updated_at", ">", filter.updatedSince);
  if (filter.ids) query = query.where("h.id", "in", filter.ids.length > 0 ? [...filter.ids] : [0]);
  const { bbox, monitoredBy } = filter;
  if (bbox || monitoredBy !== undefined) {
    query = query.where((eb) => {
      const either = [];
      if (bbox) {
        const [w, s, e, n] = bbox;
        either.push(
          sql<boolean>`h.geom && ST_MakeEnvelope(${w}::float8, ${s}::float8, ${e}::float8, ${n}::float8, 4326)`,
        );
      }
      if (monitoredBy !== undefined) {
        either.push(
          eb.exists(
            eb
              .selectFrom("hazard_monitors as m")
              .select("m.hazard_id")
              .whereRef("m.hazard_id", "=", "h.id")
              .where("m.user_id", "=", monitoredBy),
          ),
        );
      }
      return eb.or(either);
    });
  }
  const rows = await query.orderBy("h.id").limit(options.limit).execute();
  return rows.map((r) => ({ ...r, updated_at: iso(r.updated_at) }));
}

/** One point's card, written-off points included (the card says so), or undefined. */
export async function findHazardCard(
  db: Kysely<Database>,
  id: number,
  options: { includePrivate: boolean },
): Promise<HazardCard | undefined> {
  const [card] = await listHazardCards(db, { ids: [id], includeWrittenOff: true }, { ...options, limit: 1 });
  return card;
}
