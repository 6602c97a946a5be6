import type { SelectableLayer } from "@lianpian/domain";
import { type RawBuilder, sql } from "kysely";

/**
 * Where each selectable layer lives: a fixed list, so a layer name from a
 * request picks one of these fragments and never reaches the SQL text.
 */
export interface LayerSource {
  from: RawBuilder<unknown>;
  /** The feature id as text (counties are keyed by their 6-digit code). */
  id: RawBuilder<string>;
  /** The key column and whether it holds integers (so the primary-key index is used). */
  key: RawBuilder<unknown>;
  intKey: boolean;
  name: RawBuilder<string>;
  geom: RawBuilder<unknown>;
  /** Extra condition on the rows, if any. */
  where: RawBuilder<boolean>;
}

const always = sql<boolean>`true`;

/** A table keyed by its integer id (every layer but the counties). */
function byId(table: string, name = "name_zh", geom: RawBuilder<unknown> = sql`geom`): LayerSource {
  return {
    from: sql.table(table),
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql.ref(name),
    geom,
    where: always,
  };
}

export const LAYER_SOURCES: Readonly<Record<SelectableLayer, LayerSource>> = {
  counties: {
    from: sql`counties`,
    id: sql`code::text`,
    key: sql`code`,
    intKey: false,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: sql<boolean>`level = 'county'`,
  },
  rivers: byId("rivers"),
  transport: byId("transport_lines"),
  villages: byId("villages"),
  protected_areas: byId("protected_areas"),
  mines: byId("mines", "mine_name"),
  subsidence: byId("subsidence_areas"),
  hazards: byId("hazard_points"),
  // A corridor is used by its buffered zone; the centerline is the fallback.
  corridors: byId("corridors", "name_zh", sql`coalesce(zone_geom, centerline)`),
  zones: byId("treatment_zones"),
  check_dams: byId("check_dams"),
};

/** `key IN (ids)` for a list of ids bound as one JSON parameter. */
export function matchIds(source: LayerSource, ids: readonly (string | number)[]): RawBuilder<boolean> {
  const json = JSON.stringify(ids.map(String));
  return source.intKey
    ? sql<boolean>`${source.key} IN (SELECT (jsonb_array_elements_text(${json}::jsonb))::int)`
    : sql<boolean>`${source.key} IN (SELECT jsonb_array_elements_text(${json}::jsonb))`;
}
