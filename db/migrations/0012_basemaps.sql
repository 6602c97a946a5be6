-- Offline imagery base maps (issue 13 item 1): one row per uploaded MBTiles
-- raster; the file itself lives in the base-map directory as <id>.mbtiles.
-- A new upload is a new row, so a tile URL names one immutable file.
CREATE TABLE basemaps (
  id serial PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  format text NOT NULL CHECK (format IN ('mbtiles')),
  tile_type text NOT NULL CHECK (tile_type IN ('png', 'jpg', 'webp')),
  min_zoom int NOT NULL CHECK (min_zoom BETWEEN 0 AND 24),
  max_zoom int NOT NULL CHECK (max_zoom BETWEEN min_zoom AND 24),
  bounds float8[] CHECK (bounds IS NULL OR cardinality(bounds) = 4),
  attribution text NOT NULL DEFAULT '',
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
