import type { Geometry } from "geojson";
import type { Database } from "sql.js";
import { wktFor } from "./crs-wkt.ts";
import { bounds, toGpkgBlob } from "./gpkg-geometry.ts";
import { quoteIdent, sqlJs } from "./sqlite.ts";
import type { TargetField, WriteInput, WrittenFile } from "./types.ts";

// GeoPackage 1.3: application_id "GPKG", user_version 10300.
const APPLICATION_ID = 0x47504b47;
const USER_VERSION = 10300;

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
`;

const SQL_TYPES: Record<TargetField["type"], string> = {
  string: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "BOOLEAN",
  date: "DATE",
};

/** A GeoPackage (sql.js) with one feature table in the CRS given, its srs, contents extent and geometry column. */
export async function writeGeoPackage(input: WriteInput): Promise<WrittenFile> {
  return writeGeoPackageLayers([input], input.name);
}

/** A GeoPackage with one feature table per input (names must differ), each in its own CRS. */
export async function writeGeoPackageLayers(inputs: WriteInput[], name: string): Promise<WrittenFile> {
  const SQL = await sqlJs();
  const db = new SQL.Database();
  try {
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${USER_VERSION};`);
    db.exec(SCHEMA);
    const srids = new Set<number>();
    for (const input of inputs) {
      if (!srids.has(input.crs.epsg)) {
        srids.add(input.crs.epsg);
        db.run("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, NULL)", [
          `EPSG:${input.crs.epsg}`,
          input.crs.epsg,
          input.crs.epsg,
          wktFor(input.crs, "ogc"),
        ]);
      }
      addTable(db, input);
    }
    return { bytes: db.export(), contentType: "application/geopackage+sqlite3", fileName: `${name}.gpkg` };
  } finally {
    db.close();
  }
}

function addTable(db: Database, input: WriteInput): void {
  const srid = input.crs.epsg;
  const table = quoteIdent(input.name);
  const columns = input.fields.map((f) => `${quoteIdent(f.name)} ${SQL_TYPES[f.type]}`);
  db.exec(
    `CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${geometryTypeName(input)}${columns.map((c) => `, ${c}`).join("")})`,
  );
  const [minX, minY, maxX, maxY] = extent(input.features.map((f) => f.geometry));
  db.run(
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?)",
    [input.name, input.name, minX, minY, maxX, maxY, srid],
  );
  db.run("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)", [
    input.name,
    geometryTypeName(input),
    srid,
  ]);
  const placeholders = ["?", ...input.fields.map(() => "?")].join(", ");
  const names = ["geom", ...input.fields.map((f) => quoteIdent(f.name))].join(", ");
  const insert = db.prepare(`INSERT INTO ${table} (${names}) VALUES (${placeholders})`);
  db.exec("BEGIN");
  for (const feature of input.features) {
    insert.run([
      feature.geometry ? toGpkgBlob(feature.geometry, srid) : null,
      ...input.fields.map((f) => sqlValue(f, feature.properties[f.name])),
    ]);
  }
  db.exec("COMMIT");
  insert.free();
}

function geometryTypeName(input: WriteInput): string {
  const types = new Set(input.features.flatMap((f) => (f.geometry ? [f.geometry.type.toUpperCase()] : [])));
  return types.size === 1 ? ([...types][0] as string) : "GEOMETRY";
}

function extent(
  geometries: (Geometry | null)[],
): [number | null, number | null, number | null, number | null] {
  const all = geometries.filter((g): g is Geometry => g !== null).map(bounds);
  if (all.length === 0) return [null, null, null, null];
  return [
    Math.min(...all.map((b) => b[0])),
    Math.min(...all.map((b) => b[1])),
    Math.max(...all.map((b) => b[2])),
    Math.max(...all.map((b) => b[3])),
  ];
}

function sqlValue(field: TargetField, value: unknown): string | number | null {
  if (value == null) return null;
  switch (field.type) {
    case "boolean":
      return value === true || value === "true" || value === 1 ? 1 : 0;
    case "integer":
    case "number":
      return Number.isFinite(Number(value)) ? Number(value) : null;
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    case "string":
      return typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : String(value);
  }
}
