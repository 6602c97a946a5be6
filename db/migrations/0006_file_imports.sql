-- File imports (issue 12): a file is staged (its rows in file_import_rows,
-- nothing written to the layer), validated, then committed in one
-- transaction. Each row a commit inserted or updated is kept in
-- file_import_changes with the before-image of an update, so an import can be
-- undone while its rows are untouched since (their updated_at unchanged).

CREATE TABLE file_imports (
  id serial PRIMARY KEY,
  layer text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  sha256 char(64) NOT NULL,
  byte_size bigint NOT NULL CHECK (byte_size >= 0),
  -- the file itself while staged (a new encoding or layer choice re-reads it); cleared on commit
  file_bytes bytea,
  source_format text NOT NULL,
  source_layer text,
  source_layers jsonb NOT NULL DEFAULT '[]',
  -- what the user chose ("EPSG:4547", "GCJ02", …) or the file declared, and the SRID it resolved to
  crs text,
  source_srid int,
  encoding jsonb NOT NULL DEFAULT '{}',
  mapping jsonb NOT NULL DEFAULT '{}',
  value_maps jsonb NOT NULL DEFAULT '{}',
  source_fields jsonb NOT NULL DEFAULT '[]',
  feature_count int NOT NULL DEFAULT 0,
  -- file-level problems (CRS refused, …) and warnings (swapped X/Y, outside Shanxi)
  file_errors jsonb NOT NULL DEFAULT '[]',
  warnings jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'staged' CHECK (status IN ('staged', 'committed', 'undone')),
  inserted int,
  updated int,
  skipped int,
  created_by text NOT NULL,
  created_by_user_id int,
  created_at timestamptz NOT NULL DEFAULT now(),
  committed_at timestamptz,
  undone_at timestamptz
);
CREATE INDEX file_imports_created_idx ON file_imports (created_at DESC);

CREATE TABLE file_import_rows (
  import_id int NOT NULL REFERENCES file_imports (id) ON DELETE CASCADE,
  row_no int NOT NULL CHECK (row_no >= 1),
  -- the attributes as decoded, by source column
  properties jsonb NOT NULL,
  -- raw coordinates in the file's CRS (GeoJSON), kept for a re-validation under another CRS
  source_geometry jsonb,
  -- the layer's fields after mapping and value maps
  mapped jsonb NOT NULL DEFAULT '{}',
  geom geometry(Geometry, 4326),
  errors jsonb NOT NULL DEFAULT '[]',
  warnings jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (import_id, row_no)
);

CREATE TABLE file_import_changes (
  import_id int NOT NULL REFERENCES file_imports (id) ON DELETE CASCADE,
  seq int NOT NULL,
  row_no int,
  target_table text NOT NULL,
  target_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('insert', 'update')),
  before jsonb,
  -- the row's updated_at right after the commit: a later edit moves it
  written_at timestamptz,
  PRIMARY KEY (import_id, seq)
);

-- A column mapping saved per layer, reused for the next file of the same kind.
CREATE TABLE import_mappings (
  layer text PRIMARY KEY,
  mapping jsonb NOT NULL,
  value_maps jsonb NOT NULL DEFAULT '{}',
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The CRS each row came from (4326 for rows drawn or generated here).
ALTER TABLE subsidence_areas ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE hazard_points ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE corridors ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE treatment_zones ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE counties ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE rivers ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE transport_lines ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE villages ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE protected_areas ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;
ALTER TABLE infrastructure ADD COLUMN IF NOT EXISTS source_srid int NOT NULL DEFAULT 4326;

-- An edit of a context row moves its updated_at too, so an undo can tell it was touched.
CREATE TRIGGER rivers_touch BEFORE UPDATE ON rivers FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER transport_lines_touch BEFORE UPDATE ON transport_lines FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER villages_touch BEFORE UPDATE ON villages FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER protected_areas_touch BEFORE UPDATE ON protected_areas FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER infrastructure_touch BEFORE UPDATE ON infrastructure FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
