-- Lianpian core schema: the Jincheng data model (see ../../docs/architecture.md).
-- Geometry is EPSG:4326; areas in m², money in 万元. Enum-like columns are
-- text with CHECK lists that mirror packages/domain/src/enums.ts (a test
-- compares them).

CREATE EXTENSION IF NOT EXISTS postgis;

-- Bumped by triggers on every write; tile caches key on it.
CREATE TABLE layer_versions (
  layer text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION bump_layer_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO layer_versions (layer, version, updated_at) VALUES (TG_ARGV[0], 1, now())
  ON CONFLICT (layer) DO UPDATE SET version = layer_versions.version + 1, updated_at = now();
  RETURN NULL;
END $$;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

-- ---------------------------------------------------------------- context

CREATE TABLE counties (
  code char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 50),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
  parent_code char(6) CHECK (parent_code ~ '^[0-9]{6}$'),
  level text NOT NULL CHECK (level IN ('city', 'county')),
  swc_rate_now numeric(5, 2) CHECK (swc_rate_now BETWEEN 0 AND 100),
  swc_rate_now_year int CHECK (swc_rate_now_year BETWEEN 2000 AND 2100),
  swc_target_2025 numeric(5, 2) CHECK (swc_target_2025 BETWEEN 0 AND 100),
  swc_target_2035 numeric(5, 2) CHECK (swc_target_2035 BETWEEN 0 AND 100),
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX counties_geom_idx ON counties USING gist (geom);

CREATE TABLE rivers (
  id serial PRIMARY KEY,
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 50),
  name_en text NOT NULL,
  river_class text NOT NULL CHECK (river_class IN ('main', 'tributary', 'stream')),
  geom geometry(MultiLineString, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rivers_geom_idx ON rivers USING gist (geom);

CREATE TABLE transport_lines (
  id serial PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  ref text,
  kind text NOT NULL CHECK (kind IN ('expressway', 'high_speed_rail', 'railway', 'national_road', 'provincial_road')),
  geom geometry(MultiLineString, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transport_lines_geom_idx ON transport_lines USING gist (geom);

CREATE TABLE villages (
  id serial PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text,
  county_code char(6) NOT NULL REFERENCES counties (code),
  township text,
  population int NOT NULL CHECK (population BETWEEN 0 AND 1000000),
  households int NOT NULL CHECK (households BETWEEN 0 AND 500000),
  geom geometry(Point, 4326) NOT NULL,
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX villages_geom_idx ON villages USING gist (geom);

CREATE TABLE protected_areas (
  id serial PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text,
  kind text NOT NULL CHECK (kind IN ('ecological_red_line', 'water_source', 'nature_reserve', 'forest_park', 'scenic_area')),
  protection_level text NOT NULL CHECK (protection_level IN ('national', 'provincial', 'city', 'county')),
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX protected_areas_geom_idx ON protected_areas USING gist (geom);

CREATE TABLE infrastructure (
  id serial PRIMARY KEY,
  name_zh text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reservoir', 'power_line', 'pipeline', 'dam', 'school', 'hospital', 'other')),
  geom geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX infrastructure_geom_idx ON infrastructure USING gist (geom);

-- ---------------------------------------------------------------- mines

CREATE TABLE companies (
  id serial PRIMARY KEY,
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 2 AND 100),
  name_en text,
  credit_code char(18) UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  county_code char(6) REFERENCES counties (code),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mines (
  id serial PRIMARY KEY,
  license_no text UNIQUE CHECK (license_no ~ '^C[0-9]{22}$'),
  mine_name text NOT NULL CHECK (length(mine_name) BETWEEN 2 AND 100),
  company_id int REFERENCES companies (id),
  county_code char(6) NOT NULL REFERENCES counties (code),
  mineral text NOT NULL CHECK (mineral IN ('coal', 'coalbed_methane', 'bauxite', 'iron', 'cement_limestone', 'construction_stone', 'sand_gravel', 'clay', 'dolomite', 'other')),
  mining_method text NOT NULL CHECK (mining_method IN ('underground', 'open_pit', 'combined')),
  production_scale numeric(10, 2) CHECK (production_scale >= 0 AND production_scale < 100000),
  production_unit text NOT NULL DEFAULT '万t/a' CHECK (production_unit IN ('万t/a', '万m3/a')),
  scale_class text CHECK (scale_class IN ('large', 'medium', 'small')),
  area_km2 numeric(10, 4) CHECK (area_km2 > 0 AND area_km2 < 1000),
  valid_from date,
  valid_to date CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  safety_permit_valid_to date,
  remaining_service_years numeric(6, 1) CHECK (remaining_service_years >= 0 AND remaining_service_years < 500),
  status text NOT NULL CHECK (status IN ('producing', 'building', 'suspended', 'closed', 'historic_abandoned')),
  disposition text CHECK (disposition IN ('close_and_ban', 'guided_exit', 'consolidate', 'upgrade', 'new_allocation', 'retain')),
  disposition_doc text,
  green_mine_level text NOT NULL DEFAULT 'none' CHECK (green_mine_level IN ('national', 'provincial', 'submitted', 'none')),
  green_mine_year int CHECK (green_mine_year BETWEEN 2010 AND 2100),
  restoration_state text NOT NULL DEFAULT 'not_started' CHECK (restoration_state IN ('not_started', 'in_progress', 'restored', 'accepted')),
  suitability text CHECK (suitability IN ('forest', 'landscape', 'farmland', 'fishery', 'grassland', 'construction')),
  source_srid int NOT NULL DEFAULT 4326,
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- a licensed mine has a holder and a licence; a historic pit has neither
  CHECK ((status = 'historic_abandoned') = (license_no IS NULL)),
  CHECK (status = 'historic_abandoned' OR company_id IS NOT NULL)
);
CREATE INDEX mines_geom_idx ON mines USING gist (geom);
CREATE INDEX mines_company_idx ON mines (company_id);

-- Published corner list (拐点坐标); X is the northing, Y the easting, in the source CRS.
CREATE TABLE mine_corners (
  mine_id int NOT NULL REFERENCES mines (id) ON DELETE CASCADE,
  ring int NOT NULL DEFAULT 1 CHECK (ring >= 1),
  point_no int NOT NULL CHECK (point_no >= 1),
  x_northing numeric(12, 3) NOT NULL,
  y_easting numeric(12, 3) NOT NULL,
  source_srid int NOT NULL,
  PRIMARY KEY (mine_id, ring, point_no)
);

CREATE TABLE mine_funds (
  mine_id int NOT NULL REFERENCES mines (id) ON DELETE CASCADE,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  accrued_wan numeric(12, 2) NOT NULL CHECK (accrued_wan >= 0),
  used_wan numeric(12, 2) NOT NULL CHECK (used_wan >= 0),
  balance_wan numeric(12, 2) NOT NULL,
  PRIMARY KEY (mine_id, year)
);

-- ---------------------------------------------------------------- subsidence

CREATE TABLE subsidence_areas (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 3 AND 40),
  name_zh text NOT NULL,
  county_code char(6) NOT NULL REFERENCES counties (code),
  townships text[] NOT NULL DEFAULT '{}',
  responsibility text NOT NULL CHECK (responsibility IN ('enterprise', 'government', 'mixed')),
  severity text NOT NULL CHECK (severity IN ('light', 'moderate', 'severe')),
  stability text NOT NULL CHECK (stability IN ('settled', 'unsettled')),
  ponding boolean NOT NULL DEFAULT false,
  damaged_cultivated_m2 numeric(14, 2) NOT NULL DEFAULT 0 CHECK (damaged_cultivated_m2 >= 0),
  damaged_forest_m2 numeric(14, 2) NOT NULL DEFAULT 0 CHECK (damaged_forest_m2 >= 0),
  damaged_grass_m2 numeric(14, 2) NOT NULL DEFAULT 0 CHECK (damaged_grass_m2 >= 0),
  damaged_construction_m2 numeric(14, 2) NOT NULL DEFAULT 0 CHECK (damaged_construction_m2 >= 0),
  villages_affected int NOT NULL DEFAULT 0 CHECK (villages_affected >= 0),
  households_affected int NOT NULL DEFAULT 0 CHECK (households_affected >= 0),
  people_affected int NOT NULL DEFAULT 0 CHECK (people_affected >= 0),
  houses_damaged int NOT NULL DEFAULT 0 CHECK (houses_damaged >= 0),
  treatment_modes text[] NOT NULL DEFAULT '{}' CHECK (treatment_modes <@ ARRAY['relocation', 'house_repair', 'reclamation', 'hazard_works', 'ecological_restoration']),
  reclamation_direction text CHECK (reclamation_direction IN ('farmland', 'forest', 'grassland', 'fishery', 'landscape', 'construction')),
  plan_year int CHECK (plan_year BETWEEN 2000 AND 2100),
  treated_year int CHECK (treated_year BETWEEN 2000 AND 2100),
  status text NOT NULL CHECK (status IN ('untreated', 'planned', 'in_progress', 'completed', 'accepted')),
  budget_wan numeric(12, 2) CHECK (budget_wan >= 0),
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status NOT IN ('completed', 'accepted') OR treated_year IS NOT NULL)
);
CREATE INDEX subsidence_areas_geom_idx ON subsidence_areas USING gist (geom);

CREATE TABLE subsidence_responsibilities (
  subsidence_id int NOT NULL REFERENCES subsidence_areas (id) ON DELETE CASCADE,
  mine_id int NOT NULL REFERENCES mines (id),
  share_pct numeric(5, 2) NOT NULL CHECK (share_pct > 0 AND share_pct <= 100),
  PRIMARY KEY (subsidence_id, mine_id)
);

-- ---------------------------------------------------------------- hazards

CREATE TABLE hazard_points (
  id serial PRIMARY KEY,
  unified_code text NOT NULL UNIQUE CHECK (unified_code ~ '^[0-9]{12}$'),
  name_zh text NOT NULL,
  hazard_type text NOT NULL CHECK (hazard_type IN ('collapse', 'landslide', 'debris_flow', 'ground_collapse', 'ground_fissure', 'land_subsidence', 'unstable_slope')),
  county_code char(6) NOT NULL REFERENCES counties (code),
  township text,
  village text,
  size_value numeric(14, 2) CHECK (size_value >= 0),
  size_unit text CHECK (size_unit IN ('m3', 'm2')),
  scale_grade text CHECK (scale_grade IN ('small', 'medium', 'large', 'huge')),
  threatened_people int NOT NULL DEFAULT 0 CHECK (threatened_people BETWEEN 0 AND 100000),
  threatened_households int NOT NULL DEFAULT 0 CHECK (threatened_households BETWEEN 0 AND 50000),
  threatened_property_wan numeric(12, 2) NOT NULL DEFAULT 0 CHECK (threatened_property_wan >= 0),
  threat_objects text,
  danger_grade text NOT NULL CHECK (danger_grade IN ('small', 'medium', 'large', 'huge')),
  danger_grade_override text CHECK (danger_grade_override IN ('small', 'medium', 'large', 'huge')),
  stability text CHECK (stability IN ('stable', 'less_stable', 'unstable')),
  triggers text[] NOT NULL DEFAULT '{}' CHECK (triggers <@ ARRAY['rainfall', 'mining', 'slope_cut', 'groundwater', 'earthquake', 'freeze_thaw', 'other']),
  mine_id int REFERENCES mines (id),
  subsidence_id int REFERENCES subsidence_areas (id),
  monitor_name text,
  monitor_phone text CHECK (monitor_phone ~ '^[0-9+\- ]{5,20}$'),
  responsible_name text,
  responsible_phone text CHECK (responsible_phone ~ '^[0-9+\- ]{5,20}$'),
  warning_signal text,
  evacuation_route geometry(LineString, 4326),
  shelter_name text,
  shelter geometry(Point, 4326),
  measures text[] NOT NULL DEFAULT '{}' CHECK (measures <@ ARRAY['group_monitoring', 'professional_monitoring', 'relocation', 'engineering']),
  current_alert text NOT NULL DEFAULT 'none' CHECK (current_alert IN ('none', 'blue', 'yellow', 'orange', 'red')),
  alert_raised_at timestamptz,
  inventory_status text NOT NULL DEFAULT 'active' CHECK (inventory_status IN ('active', 'written_off')),
  written_off_at date,
  geom geometry(Point, 4326) NOT NULL,
  extent geometry(MultiPolygon, 4326) CHECK (extent IS NULL OR ST_IsValid(extent)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((inventory_status = 'written_off') = (written_off_at IS NOT NULL))
);
CREATE INDEX hazard_points_geom_idx ON hazard_points USING gist (geom);

CREATE TABLE hazard_thresholds (
  hazard_id int NOT NULL REFERENCES hazard_points (id) ON DELETE CASCADE,
  parameter text NOT NULL CHECK (parameter IN ('crack_change_mm', 'displacement_mm', 'rainfall_mm')),
  warn_value numeric(10, 2) NOT NULL CHECK (warn_value > 0),
  PRIMARY KEY (hazard_id, parameter)
);

CREATE TABLE hazard_yearly_checks (
  hazard_id int NOT NULL REFERENCES hazard_points (id) ON DELETE CASCADE,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  pre_flood_checked_on date,
  post_flood_checked_on date,
  result text CHECK (result IN ('stable', 'worsened', 'improved', 'written_off')),
  PRIMARY KEY (hazard_id, year)
);

CREATE TABLE inspections (
  id serial PRIMARY KEY,
  hazard_id int NOT NULL REFERENCES hazard_points (id),
  client_key uuid NOT NULL UNIQUE,
  content_hash text NOT NULL,
  inspected_at timestamptz NOT NULL,
  inspector_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('routine', 'pre_flood', 'post_flood', 'emergency', 'instrument')),
  rainfall_mm numeric(7, 1) CHECK (rainfall_mm BETWEEN 0 AND 2000),
  cracks jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(cracks) = 'array'),
  displacement_mm numeric(9, 1) CHECK (displacement_mm BETWEEN -100000 AND 100000),
  macro_signs text[] NOT NULL DEFAULT '{}' CHECK (macro_signs <@ ARRAY['new_crack', 'crack_growth', 'bulging', 'local_collapse', 'spring_change', 'tree_tilt', 'house_crack', 'noise']),
  assessment text NOT NULL CHECK (assessment IN ('normal', 'abnormal')),
  alert_level text NOT NULL DEFAULT 'none' CHECK (alert_level IN ('none', 'blue', 'yellow', 'orange', 'red')),
  actions text[] NOT NULL DEFAULT '{}' CHECK (actions <@ ARRAY['report', 'densify_monitoring', 'evacuate', 'close_road']),
  notes text CHECK (length(notes) <= 4000),
  location geometry(Point, 4326),
  needs_review boolean NOT NULL DEFAULT false,
  review_reason text,
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspections_hazard_idx ON inspections (hazard_id, inspected_at DESC);

CREATE TABLE inspection_photos (
  id serial PRIMARY KEY,
  inspection_id int NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  sha256 char(64) NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size int NOT NULL CHECK (byte_size > 0 AND byte_size <= 5242880),
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (inspection_id, sha256)
);

-- ---------------------------------------------------------------- corridors

CREATE TABLE corridors (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name_zh text NOT NULL,
  corridor_type text NOT NULL CHECK (corridor_type IN ('river', 'road', 'railway', 'ridgeline')),
  anchor text NOT NULL,
  width_left_m numeric(8, 1) NOT NULL CHECK (width_left_m > 0 AND width_left_m <= 5000),
  width_right_m numeric(8, 1) NOT NULL CHECK (width_right_m > 0 AND width_right_m <= 5000),
  county_codes text[] NOT NULL DEFAULT '{}',
  functions text[] NOT NULL DEFAULT '{}' CHECK (functions <@ ARRAY['water_conservation', 'soil_conservation', 'biodiversity', 'landscape']),
  vegetation_cover_baseline numeric(5, 2) CHECK (vegetation_cover_baseline BETWEEN 0 AND 100),
  vegetation_cover_current numeric(5, 2) CHECK (vegetation_cover_current BETWEEN 0 AND 100),
  status text NOT NULL CHECK (status IN ('planned', 'building', 'built')),
  centerline geometry(MultiLineString, 4326) NOT NULL CHECK (ST_IsValid(centerline) AND NOT ST_IsEmpty(centerline)),
  -- derived from centerline and widths by trigger, in metres on the GK zone
  zone_geom geometry(MultiPolygon, 4326),
  length_m numeric(12, 1),
  area_m2 numeric(14, 1),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX corridors_geom_idx ON corridors USING gist (centerline);
CREATE INDEX corridors_zone_idx ON corridors USING gist (zone_geom);

-- ---------------------------------------------------------------- treatment zones

CREATE TABLE treatment_zones (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{3,40}$'),
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 2 AND 100),
  zone_type text NOT NULL CHECK (zone_type IN ('contiguous_mine', 'historic_pit', 'subsidence', 'hazard_works', 'erosion')),
  county_codes text[] NOT NULL DEFAULT '{}',
  damage_types text[] NOT NULL DEFAULT '{}' CHECK (damage_types <@ ARRAY['excavation', 'subsidence', 'occupation', 'pollution']),
  restoration_m2 jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(restoration_m2) = 'object'),
  implementation_mode text CHECK (implementation_mode IN ('single_enterprise', 'pooled_by_share', 'enterprise_claim', 'co_funded')),
  phase text NOT NULL CHECK (phase IN ('near', 'middle', 'long')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'approved', 'in_progress', 'completed', 'accepted', 'aftercare')),
  budget_wan numeric(12, 2) CHECK (budget_wan >= 0),
  fund_sources text,
  dist_hsr_m numeric(12, 1),
  dist_expressway_m numeric(12, 1),
  area_m2 numeric(14, 1),
  version int NOT NULL DEFAULT 1 CHECK (version >= 1),
  geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX treatment_zones_geom_idx ON treatment_zones USING gist (geom);

CREATE TABLE zone_tasks (
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  task_kind text NOT NULL CHECK (task_kind IN ('mine_restoration', 'water', 'roads', 'living_environment', 'hazard_prevention', 'greening_corridor')),
  lead_unit text NOT NULL,
  planned_area_m2 numeric(14, 1) CHECK (planned_area_m2 >= 0),
  budget_wan numeric(12, 2) CHECK (budget_wan >= 0),
  PRIMARY KEY (zone_id, task_kind)
);

CREATE TABLE zone_parties (
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  -- NULL company = the government (ownerless historic damage)
  company_id int REFERENCES companies (id),
  share_pct numeric(6, 3) NOT NULL CHECK (share_pct >= 0 AND share_pct <= 100),
  is_override boolean NOT NULL DEFAULT false,
  UNIQUE NULLS NOT DISTINCT (zone_id, company_id)
);

CREATE TABLE zone_yearly (
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  year int NOT NULL CHECK (year BETWEEN 2019 AND 2035),
  planned_area_m2 numeric(14, 1) NOT NULL DEFAULT 0 CHECK (planned_area_m2 >= 0),
  done_area_m2 numeric(14, 1) NOT NULL DEFAULT 0 CHECK (done_area_m2 >= 0),
  planned_spend_wan numeric(12, 2) NOT NULL DEFAULT 0 CHECK (planned_spend_wan >= 0),
  done_spend_wan numeric(12, 2) NOT NULL DEFAULT 0 CHECK (done_spend_wan >= 0),
  PRIMARY KEY (zone_id, year)
);

CREATE TABLE zone_history (
  id bigserial PRIMARY KEY,
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  version int NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'revert', 'status', 'delete')),
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb NOT NULL,
  UNIQUE (zone_id, version)
);

-- ---------------------------------------------------------------- triggers

CREATE TRIGGER counties_touch BEFORE UPDATE ON counties FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER companies_touch BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER mines_touch BEFORE UPDATE ON mines FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER subsidence_areas_touch BEFORE UPDATE ON subsidence_areas FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER hazard_points_touch BEFORE UPDATE ON hazard_points FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER inspections_touch BEFORE UPDATE ON inspections FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER corridors_touch BEFORE UPDATE ON corridors FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER treatment_zones_touch BEFORE UPDATE ON treatment_zones FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER counties_version AFTER INSERT OR UPDATE OR DELETE ON counties FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('counties');
CREATE TRIGGER rivers_version AFTER INSERT OR UPDATE OR DELETE ON rivers FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('rivers');
CREATE TRIGGER transport_version AFTER INSERT OR UPDATE OR DELETE ON transport_lines FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('transport');
CREATE TRIGGER villages_version AFTER INSERT OR UPDATE OR DELETE ON villages FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('villages');
CREATE TRIGGER protected_version AFTER INSERT OR UPDATE OR DELETE ON protected_areas FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('protected_areas');
CREATE TRIGGER mines_version AFTER INSERT OR UPDATE OR DELETE ON mines FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('mines');
CREATE TRIGGER subsidence_version AFTER INSERT OR UPDATE OR DELETE ON subsidence_areas FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('subsidence');
CREATE TRIGGER hazards_version AFTER INSERT OR UPDATE OR DELETE ON hazard_points FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('hazards');
CREATE TRIGGER corridors_version AFTER INSERT OR UPDATE OR DELETE ON corridors FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('corridors');
CREATE TRIGGER zones_version AFTER INSERT OR UPDATE OR DELETE ON treatment_zones FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('zones');

-- Corridor zone, length and area follow the centerline and widths. Metres are
-- taken in the CGCS2000 3-degree GK zone of the centerline's centroid
-- (EPSG:4546 west of 112.5°E, EPSG:4547 east of it).
CREATE FUNCTION gk_srid(g geometry) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN ST_X(ST_Centroid(g)) < 112.5 THEN 4546 ELSE 4547 END
$$;

CREATE FUNCTION corridor_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  srid int := gk_srid(NEW.centerline);
  line geometry := ST_Transform(NEW.centerline, srid);
  -- a symmetric buffer of the mean width: left/right differ by metres at most
  w float8 := (NEW.width_left_m + NEW.width_right_m) / 2.0;
BEGIN
  NEW.zone_geom := ST_Multi(ST_Transform(ST_Buffer(line, w, 'endcap=flat join=round'), 4326));
  NEW.length_m := round(ST_Length(NEW.centerline::geography)::numeric, 1);
  NEW.area_m2 := round(ST_Area(NEW.zone_geom::geography)::numeric, 1);
  RETURN NEW;
END $$;
CREATE TRIGGER corridors_derive BEFORE INSERT OR UPDATE OF centerline, width_left_m, width_right_m ON corridors
  FOR EACH ROW EXECUTE FUNCTION corridor_derive();

CREATE FUNCTION zone_derive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.area_m2 := round(ST_Area(NEW.geom::geography)::numeric, 1);
  RETURN NEW;
END $$;
CREATE TRIGGER treatment_zones_derive BEFORE INSERT OR UPDATE OF geom ON treatment_zones
  FOR EACH ROW EXECUTE FUNCTION zone_derive();
