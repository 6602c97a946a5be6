import type { Database } from "sql.js";
import { to2d } from "./geometry-2d.ts";
import { fromGpkgBlob } from "./gpkg-geometry.ts";
import type { ReadBudget } from "./limits.ts";
import { plainValue } from "./properties.ts";
import { quoteIdent, sqlJs } from "./sqlite.ts";
import {
  type DeclaredCrs,
  FormatError,
  type LayerSummary,
  type SourceFeature,
  type SourceLayer,
} from "./types.ts";

interface FeatureTable {
  table: string;
  column: string;
  geometryType: string;
  srsId: number;
}

/** Opens a GeoPackage's bytes in sql.js; a non-SQLite file is a FormatError. */
export async function openGeoPackage(bytes: Uint8Array): Promise<Database> {
  const magic = new TextDecoder("ascii").decode(bytes.subarray(0, 16));
  if (magic !== "SQLite format 3\0")
    throw new FormatError("corrupt_file", "The file is not a GeoPackage (SQLite) file.");
  const SQL = await sqlJs();
  try {
    const db = new SQL.Database(bytes);
    db.exec("SELECT count(*) FROM sqlite_master");
    return db;
  } catch (error) {
    throw new FormatError("corrupt_file", `The GeoPackage is damaged: ${(error as Error).message}`);
  }
}

/** The feature tables of an open GeoPackage with their row counts. */
export function listGeoPackageLayers(db: Database): LayerSummary[] {
  return guarded(() =>
    featureTables(db).map((t) => ({
      name: t.table,
      featureCount: Number(db.exec(`SELECT count(*) FROM ${quoteIdent(t.table)}`)[0]?.values[0]?.[0] ?? 0),
      geometryType: t.geometryType,
    })),
  );
}

/** Reads feature tables of an open GeoPackage (one by name, or all). */
export function readGeoPackage(db: Database, budget: ReadBudget, layer?: string): SourceLayer[] {
  return guarded(() => {
    const tables = featureTables(db);
    if (tables.length === 0) throw new FormatError("no_layers", "The GeoPackage has no feature tables.");
    const chosen = layer === undefined ? tables : tables.filter((t) => t.table === layer);
    if (chosen.length === 0) {
      throw new FormatError("unknown_layer", `The GeoPackage has no layer "${layer}".`, {
        layers: tables.map((t) => t.table),
      });
    }
    return chosen.map((t) => readTable(db, t, budget));
  });
}

function featureTables(db: Database): FeatureTable[] {
  const result = db.exec(
    `SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
      WHERE c.data_type = 'features' ORDER BY c.table_name`,
  );
  return (result[0]?.values ?? []).map(([table, column, geometryType, srsId]) => ({
    table: String(table),
    column: String(column),
    geometryType: String(geometryType),
    srsId: Number(srsId),
  }));
}

function readTable(db: Database, t: FeatureTable, budget: ReadBudget): SourceLayer {
  const columns = (db.exec(`PRAGMA table_info(${quoteIdent(t.table)})`)[0]?.values ?? []).map((r) => ({
    name: String(r[1]),
    boolean: String(r[2]).toUpperCase() === "BOOLEAN",
    pk: Number(r[5]) > 0,
  }));
  const booleans = new Set(columns.filter((c) => c.boolean).map((c) => c.name));
  const fields = columns.filter((c) => c.name !== t.column && !c.pk).map((c) => c.name);
  const select = [quoteIdent(t.column), ...fields.map(quoteIdent)].join(", ");
  const statement = db.prepare(`SELECT ${select} FROM ${quoteIdent(t.table)}`);
  const features: SourceFeature[] = [];
  try {
    while (statement.step()) {
      const [blob, ...values] = statement.get();
      const row = features.length + 1;
      let geometry = null;
      try {
        geometry = blob instanceof Uint8Array ? to2d(fromGpkgBlob(blob)) : null;
      } catch {
        throw new FormatError("corrupt_file", `Row ${row} of ${t.table} has an unreadable geometry.`, {
          row,
        });
      }
      budget.count(geometry);
      const properties: SourceFeature["properties"] = {};
      fields.forEach((f, i) => {
        const v = values[i];
        if (v instanceof Uint8Array) properties[f] = null;
        else properties[f] = booleans.has(f) && v !== null ? Boolean(v) : plainValue(v);
      });
      features.push({ row, properties, geometry });
    }
  } finally {
    statement.free();
  }
  return { name: t.table, fields, crs: srs(db, t.srsId), features };
}

function srs(db: Database, srsId: number): DeclaredCrs | null {
  const statement = db.prepare(
    "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
  );
  try {
    statement.bind([srsId]);
    if (!statement.step()) return null;
    const [organization, code, definition] = statement.get();
    const crs: DeclaredCrs = {};
    if (String(organization).toUpperCase() === "EPSG" && Number(code) > 0) crs.epsg = Number(code);
    if (typeof definition === "string" && definition !== "undefined" && definition.trim() !== "") {
      crs.wkt = definition;
    }
    return crs;
  } finally {
    statement.free();
  }
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError("corrupt_file", `The GeoPackage is damaged: ${(error as Error).message}`);
  }
}
