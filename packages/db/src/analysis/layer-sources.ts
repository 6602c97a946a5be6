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
  rivers: {
    from: sql`rivers`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  transport: {
    from: sql`transport_lines`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  villages: {
    from: sql`villages`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  protected_areas: {
    from: sql`protected_areas`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  mines: {
    from: sql`mines`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`mine_name`,
    geom: sql`geom`,
    where: always,
  },
  subsidence: {
    from: sql`subsidence_areas`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  hazards: {
    from: sql`hazard_points`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
  // A corridor is used by its buffered zone; the centerline is the fallback.
  corridors: {
    from: sql`corridors`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`coalesce(zone_geom, centerline)`,
    where: always,
  },
  zones: {
    from: sql`treatment_zones`,
    id: sql`id::text`,
    key: sql`id`,
    intKey: true,
    name: sql`name_zh`,
    geom: sql`geom`,
    where: always,
  },
};

/** `key IN (ids)` for a list of ids bound as one JSON parameter. */
export function matchIds(source: LayerSource, ids: readonly (string | number)[]): RawBuilder<boolean> {
  const json = JSON.stringify(ids.map(String));
  return source.intKey
    ? sql<boolean>`${source.key} IN (SELECT (jsonb_array_elements_text(${json}::jsonb))::int)`
    : sql<boolean>`${source.key} IN (SELECT jsonb_array_elements_text(${json}::jsonb))`;
}
