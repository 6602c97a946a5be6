-- The plans' remaining rules (issue 15): non-coal mine rectification (Zezhou
-- plan) and proposed new licence areas. The rules themselves are pure
-- functions in packages/domain; these tables hold their inputs.

-- What a non-coal mine's rectification class needs beyond the mines table.
-- The planner's recorded class is mines.disposition (with disposition_doc as
-- its basis); changing it is audited.
CREATE TABLE mine_rectification_facts (
  mine_id int PRIMARY KEY REFERENCES mines (id) ON DELETE CASCADE,
  -- mining outside the licensed boundary: the mine's flag or an inspection record
  over_boundary boolean NOT NULL DEFAULT false,
  over_boundary_record text,
  banned_process_unfixed boolean NOT NULL DEFAULT false,
  resources_exhausted boolean NOT NULL DEFAULT false,
  stopped_since date,
  construction_due date,
  -- designed capacity after the upgrade the mine proposes, in the mine's production unit
  scale_after_upgrade numeric(10, 2) CHECK (scale_after_upgrade >= 0 AND scale_after_upgrade < 100000),
  -- the ore body the licence works; two owners on one body make a consolidation candidate
  ore_body_code text CHECK (ore_body_code IS NULL OR length(ore_body_code) BETWEEN 1 AND 60),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mine_rectification_facts_ore_body_idx ON mine_rectification_facts (ore_body_code)
  WHERE ore_body_code IS NOT NULL;
CREATE TRIGGER mine_rectification_facts_touch BEFORE UPDATE ON mine_rectification_facts
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Safety distance between operations, per mineral and mining method; without
-- a row the rule's stated default applies (packages/domain).
CREATE TABLE safety_distances (
  mineral text NOT NULL CHECK (mineral IN ('coal', 'coalbed_methane', 'bauxite', 'iron', 'cement_limestone', 'construction_stone', 'sand_gravel', 'clay', 'dolomite', 'other')),
  mining_method text NOT NULL CHECK (mining_method IN ('underground', 'open_pit', 'combined')),
  distance_m numeric(8, 1) NOT NULL CHECK (distance_m > 0 AND distance_m <= 10000),
  basis text NOT NULL,
  PRIMARY KEY (mineral, mining_method)
);

-- A proposed new licence area (配置新设), drawn or imported, checked against
-- protected areas, key infrastructure, other licences and planned zones.
CREATE TABLE proposed_licences (
  id serial PRIMARY KEY,
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 2 AND 100),
  county_code char(6) REFERENCES counties (code),
  mineral text NOT NULL CHECK (mineral IN ('bauxite', 'iron', 'cement_limestone', 'construction_stone', 'sand_gravel', 'clay', 'dolomite', 'other')),
  mining_method text NOT NULL CHECK (mining_method IN ('underground', 'open_pit', 'combined')),
  deposit_scale text NOT NULL CHECK (deposit_scale IN ('large', 'medium', 'small')),
  production_scale numeric(10, 2) NOT NULL CHECK (production_scale > 0 AND production_scale < 100000),
  production_unit text NOT NULL DEFAULT '万t/a' CHECK (production_unit IN ('万t/a', '万m3/a')),
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposed_licences_geom_idx ON proposed_licences USING gist (geom);
CREATE TRIGGER proposed_licences_touch BEFORE UPDATE ON proposed_licences
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Check dams (淤地坝, Jincheng soil-and-water plan): the register.
CREATE TABLE check_dams (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 40),
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 2 AND 100),
  county_code char(6) NOT NULL REFERENCES counties (code),
  dam_type text NOT NULL CHECK (dam_type IN ('key', 'medium', 'small')),
  storage_wan_m3 numeric(10, 2) NOT NULL CHECK (storage_wan_m3 >= 0 AND storage_wan_m3 < 100000),
  control_area_km2 numeric(10, 2) NOT NULL CHECK (control_area_km2 >= 0 AND control_area_km2 < 100000),
  built_year int CHECK (built_year BETWEEN 1950 AND 2100),
  condition text NOT NULL CHECK (condition IN ('good', 'fair', 'poor', 'damaged')),
  risk_level text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
  responsible_unit text NOT NULL CHECK (length(responsible_unit) BETWEEN 2 AND 100),
  geom geometry(Point, 4326) NOT NULL,
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX check_dams_geom_idx ON check_dams USING gist (geom);
CREATE TRIGGER check_dams_touch BEFORE UPDATE ON check_dams FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Soil-and-water-conservation rate of a county by year (measured), beside the plan's targets.
CREATE TABLE swc_rate_records (
  county_code char(6) NOT NULL REFERENCES counties (code),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  rate_pct numeric(5, 2) NOT NULL CHECK (rate_pct BETWEEN 0 AND 100),
  data_source text NOT NULL,
  PRIMARY KEY (county_code, year)
);
