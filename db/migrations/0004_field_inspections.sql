-- Field inspections (issue 4): who monitors which point, the point's record
-- version for conflict detection, inspections owned by a user and stored
-- exactly once, photos declared up front, and raised alerts with their
-- reporting deadline. Adds only; 0001 stays as it is.

-- ---------------------------------------------------------------- record version of a hazard point

-- The version a phone downloads and sends back with its inspection. It moves
-- when the record changes (written off, moved, renamed, thresholds changed),
-- not when an inspection raises the point's alert: that is news, not a
-- change under the monitor's feet.
ALTER TABLE hazard_points ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE FUNCTION hazard_points_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ignored text[] := ARRAY['current_alert', 'alert_raised_at', 'updated_at', 'version'];
BEGIN
  IF (to_jsonb(NEW) - ignored) IS DISTINCT FROM (to_jsonb(OLD) - ignored) THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER hazard_points_version BEFORE UPDATE ON hazard_points
  FOR EACH ROW EXECUTE FUNCTION hazard_points_bump_version();

CREATE FUNCTION hazard_thresholds_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE hazard_points SET version = version + 1 WHERE id = OLD.hazard_id;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.hazard_id <> OLD.hazard_id) THEN
    UPDATE hazard_points SET version = version + 1 WHERE id = NEW.hazard_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER hazard_thresholds_version AFTER INSERT OR UPDATE OR DELETE ON hazard_thresholds
  FOR EACH ROW EXECUTE FUNCTION hazard_thresholds_bump_version();

-- Nearest-first in metres: KNN (<->) on geography uses this index.
CREATE INDEX hazard_points_geog_idx ON hazard_points USING gist ((geom::geography));

-- ---------------------------------------------------------------- who monitors which point

-- A field account looks after some points (群测群防员 assignment); a point
-- may have several monitors. monitor_name on the point stays the name printed
-- on the 明白卡.
CREATE TABLE hazard_monitors (
  hazard_id int NOT NULL REFERENCES hazard_points (id) ON DELETE CASCADE,
  user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hazard_id, user_id)
);
CREATE INDEX hazard_monitors_user_idx ON hazard_monitors (user_id);

-- ---------------------------------------------------------------- inspections

ALTER TABLE inspections
  ADD COLUMN user_id int REFERENCES users (id),
  -- the point's version the phone downloaded, and the version when stored
  ADD COLUMN hazard_version_sent int CHECK (hazard_version_sent >= 1),
  ADD COLUMN hazard_version_stored int CHECK (hazard_version_stored >= 1),
  -- photos the inspection declared: [{sha256, content_type, byte_size}]
  ADD COLUMN photo_manifest jsonb NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(photo_manifest) = 'array' AND jsonb_array_length(photo_manifest) <= 6),
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN reviewed_by int REFERENCES users (id) ON DELETE SET NULL,
  ADD CONSTRAINT inspections_review_reason_check
    CHECK (review_reason IS NULL OR review_reason IN ('hazard_changed', 'hazard_written_off'));
CREATE INDEX inspections_user_idx ON inspections (user_id, inspected_at DESC);
CREATE INDEX inspections_needs_review_idx ON inspections (created_at DESC) WHERE needs_review;

-- A claim is taken, in its own short transaction, before an inspection is
-- stored, and removed in the transaction that stores it. A second send of
-- the same key that finds a claim but no inspection is "still being stored"
-- (409). A claim older than the request deadline is from a request that
-- died, and is taken over.
CREATE TABLE inspection_claims (
  client_key uuid PRIMARY KEY,
  user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  content_hash text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------- alerts

-- One row per inspection that raised its point's current alert. The clock of
-- the 4 h / 12 h reporting limit starts at observed_at (the inspection time).
CREATE TABLE hazard_alerts (
  id serial PRIMARY KEY,
  hazard_id int NOT NULL REFERENCES hazard_points (id) ON DELETE CASCADE,
  inspection_id int NOT NULL UNIQUE REFERENCES inspections (id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('blue', 'yellow', 'orange', 'red')),
  previous_level text NOT NULL CHECK (previous_level IN ('none', 'blue', 'yellow', 'orange', 'red')),
  reasons jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(reasons) = 'array'),
  observed_at timestamptz NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  report_limit_hours int NOT NULL CHECK (report_limit_hours IN (4, 12)),
  -- when a planner marked it as reported upward (速报)
  reported_at timestamptz,
  reported_by int REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX hazard_alerts_hazard_idx ON hazard_alerts (hazard_id, raised_at DESC);
CREATE INDEX hazard_alerts_open_idx ON hazard_alerts (observed_at) WHERE reported_at IS NULL;
