-- Issue 13: an uploaded imagery base map may also be a PMTiles (v3) raster archive.
ALTER TABLE basemaps DROP CONSTRAINT basemaps_format_check;
ALTER TABLE basemaps ADD CONSTRAINT basemaps_format_check CHECK (format IN ('mbtiles', 'pmtiles'));
