import { type RawBuilder, sql } from "kysely";

/**
 * True for a zone the public may see: every status but `draft`, a planner's
 * work in progress. The one rule for the public map's tiles, the OGC API and
 * the dashboards; `alias` is the treatment_zones alias of the query.
 */
export function zoneIsPublished(alias: "t" | "z"): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.status`)} <> 'draft'`;
}
