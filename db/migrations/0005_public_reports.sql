-- The public face (issue 5): plan targets as data, the regions they belong
-- to, and citizen reports (群众举报) with their triage and field-check loop.
-- Vocabularies mirror packages/domain/src/public/*.ts (a test compares them).

-- ---------------------------------------------------------------- plan targets

-- Regions a plan figure can belong to. Jincheng's counties take their outline
-- from `counties` (geom NULL here); a region outside the data set, such as
-- Changzhi city, carries its own (approximate) outline.
CREATE TABLE plan_regions (
  code char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 50),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
  level text NOT NULL CHECK (level IN ('city', 'county')),
  parent_code char(6) CHECK (parent_code ~ '^[0-9]{6}$'),
  geom geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
  -- true when geom is a sketch for orientation, not a surveyed boundary
  geom_approximate boolean NOT NULL DEFAULT false,
  data_source text NOT NULL,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One figure of a plan: a region's value of an indicator for a year. `kind`
-- tells a target from a figure the document reports as achieved; `is_real`
-- is true only for figures taken from a source document.
CREATE TABLE plan_targets (
  id serial PRIMARY KEY,
  region_code char(6) NOT NULL REFERENCES plan_regions (code),
  indicator text NOT NULL CHECK (indicator IN ('swc_rate', 'green_mine_rate', 'green_mine_rate_large', 'green_mine_rate_medium', 'green_mine_count', 'subsidence_treated_area', 'subsidence_treated_spend', 'high_standard_farmland', 'slope_to_terrace', 'hazard_points', 'hazard_threatened_people', 'focus_mines', 'green_mines_listed', 'green_mines_submitted')),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  kind text NOT NULL CHECK (kind IN ('target', 'reported')),
  value numeric(14, 4) NOT NULL CHECK (value >= 0),
  unit text NOT NULL CHECK (unit IN ('percent', 'wan_mu', 'count', 'people', 'yi_yuan')),
  -- the figure covers the years from period_start to `year` (e.g. 2019–2024); NULL = that year alone
  period_start int CHECK (period_start IS NULL OR period_start <= year),
  is_real boolean NOT NULL,
  source_document text NOT NULL CHECK (length(source_document) BETWEEN 2 AND 200),
  source_detail text CHECK (length(source_detail) <= 500),
  entered_by text NOT NULL DEFAULT 'loader',
  remarks text CHECK (length(remarks) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, indicator, year, kind)
);

CREATE TRIGGER plan_regions_touch BEFORE UPDATE ON plan_regions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER plan_targets_touch BEFORE UPDATE ON plan_targets FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- ---------------------------------------------------------------- public reports

-- A citizen's report of a problem at a place. Private: report_text, the photo
-- and reporter_contact never leave the API except to staff holding
-- reports.triage; the public sees a report only through its tracking code,
-- and then only its status and public reply.
CREATE TABLE public_reports (
  id serial PRIMARY KEY,
  tracking_code text NOT NULL UNIQUE CHECK (tracking_code ~ '^LP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$'),
  category text NOT NULL CHECK (category IN ('ground_crack', 'illegal_mining', 'dumping', 'damaged_works', 'other')),
  report_text text NOT NULL CHECK (length(report_text) BETWEEN 5 AND 2000),
  reporter_contact text CHECK (length(reporter_contact) BETWEEN 1 AND 100),
  location_source text NOT NULL CHECK (location_source IN ('map', 'gps')),
  location_accuracy_m numeric(8, 1) CHECK (location_accuracy_m >= 0),
  county_code char(6) NOT NULL REFERENCES counties (code),
  geom geometry(Point, 4326) NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'triaged', 'checking', 'checked', 'resolved', 'rejected')),
  public_reply text CHECK (length(public_reply) <= 1000),
  -- a deleted draft zone just loses its link; a point with an open check cannot go (the CHECK below)
  hazard_id int REFERENCES hazard_points (id) ON DELETE SET NULL,
  zone_id int REFERENCES treatment_zones (id) ON DELETE SET NULL,
  -- the field check: asked at the linked hazard point, done by the first inspection there after the ask
  check_requested_at timestamptz,
  check_note text CHECK (length(check_note) <= 500),
  checked_inspection_id int REFERENCES inspections (id) ON DELETE SET NULL,
  checked_at timestamptz,
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'checking' OR (hazard_id IS NOT NULL AND check_requested_at IS NOT NULL)),
  CHECK (status <> 'checked' OR checked_at IS NOT NULL),
  CHECK (status <> 'rejected' OR public_reply IS NOT NULL)
);
CREATE INDEX public_reports_geom_idx ON public_reports USING gist (geom);
CREATE INDEX public_reports_status_idx ON public_reports (status, created_at DESC);
CREATE INDEX public_reports_check_idx ON public_reports (hazard_id) WHERE status = 'checking';

CREATE TABLE public_report_photos (
  report_id int PRIMARY KEY REFERENCES public_reports (id) ON DELETE CASCADE,
  sha256 char(64) NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size int NOT NULL CHECK (byte_size > 0 AND byte_size <= 2097152),
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER public_reports_touch BEFORE UPDATE ON public_reports FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The loop, at the database so the inspection writer needs no change: an
-- inspection at a hazard point where a report's field check is open (asked
-- no later than the visit, with 15 minutes' grace for a phone's clock) moves
-- that report to 'checked', fills a standard public reply when none was
-- written, and leaves an audit row.
CREATE FUNCTION public_report_checked_by_inspection() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  day text := to_char(NEW.inspected_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD');
BEGIN
  FOR r IN
    UPDATE public_reports
       SET status = 'checked',
           checked_inspection_id = NEW.id,
           checked_at = NEW.inspected_at,
           status_changed_at = now(),
           version = version + 1,
           public_reply = coalesce(public_reply,
             '工作人员已于 ' || day || ' 到现场核查，后续处理结果将在此更新。 ' ||
             'Staff checked the site on ' || day || '; the outcome will be posted here.')
     WHERE status = 'checking'
       AND hazard_id = NEW.hazard_id
       AND check_requested_at <= NEW.inspected_at + interval '15 minutes'
    RETURNING id, tracking_code
  LOOP
    INSERT INTO audit_log (user_id, username, role, action, entity, entity_id, details)
    VALUES (NULL, 'system', 'field', 'report.checked', 'public_report', r.id::text,
            jsonb_build_object('inspection_id', NEW.id, 'hazard_id', NEW.hazard_id, 'tracking_code', r.tracking_code));
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER inspections_check_public_reports AFTER INSERT ON inspections
  FOR EACH ROW EXECUTE FUNCTION public_report_checked_by_inspection();
