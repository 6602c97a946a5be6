import TEXT from "./collections.text.json" with { type: "json" };
import type { FeatureCollectionDef } from "./collections.ts";

/** What a registry entry states; the rest takes the usual value unless the entry gives it. */
type CollectionEntry = Pick<FeatureCollectionDef, "id" | "geometryType" | "versionLayer" | "properties"> &
  Partial<Pick<FeatureCollectionDef, "geometryColumn" | "idColumn" | "idKind" | "published">>;

/**
 * One registry entry: the table named by the collection's id, its title and
 * description from collections.text.json, and unless the entry says otherwise
 * the geometry in `geom` (EPSG:4326, as every table stores it) and a serial `id`.
 */
export function collection({ id, ...entry }: CollectionEntry): FeatureCollectionDef {
  return {
    id,
    ...TEXT[id],
    table: id,
    geometryColumn: "geom",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    ...entry,
  };
}
