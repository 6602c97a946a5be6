-- Governance (issue 14): a reviewer role, decisions with their documents,
-- locked states and reopening, aftercare records, soft-deleted drafts,
-- account hardening (forced password change, inactivity, login backoff) and
-- settings changeable at run time.

-- ---------------------------------------------------------------- accounts

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'reviewer', 'planner', 'field'));
-- An account an admin created (or whose password an admin reset) must choose its own password first.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- A session not used for the inactivity period is dead, even before it expires.
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();

-- Failed logins per key ('account:<username>' or 'address:<ip>'): after a few
-- failures each further one doubles the wait (capped), so guessing is slow but
-- a user is never locked out for long. Shared by every API process.
CREATE TABLE login_failures (
  key text PRIMARY KEY CHECK (length(key) BETWEEN 3 AND 200),
  failures int NOT NULL CHECK (failures >= 0),
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz
);

-- ---------------------------------------------------------------- zone decisions

-- approve (→ approved) and accept (→ accepted) carry the decision's document
-- (文号, date, an optional PDF/JPEG/PNG); reopen carries the reason.
CREATE TABLE zone_decisions (
  id serial PRIMARY KEY,
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('approve', 'accept', 'reopen')),
  zone_version int NOT NULL,
  document_no text CHECK (length(document_no) BETWEEN 2 AND 80),
  document_date date,
  reason text CHECK (length(reason) BETWEEN 2 AND 500),
  attachment_name text CHECK (length(attachment_name) BETWEEN 1 AND 200),
  attachment_type text CHECK (attachment_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  attachment bytea,
  decided_by_user_id int REFERENCES users (id) ON DELETE SET NULL,
  decided_by text NOT NULL,
  decided_by_role text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'reopen' OR (document_no IS NOT NULL AND document_date IS NOT NULL)),
  CHECK (kind <> 'reopen' OR reason IS NOT NULL),
  CHECK ((attachment IS NULL) = (attachment_type IS NULL))
);
CREATE INDEX zone_decisions_zone_idx ON zone_decisions (zone_id, id);

-- Set by a reopen: the outline and fund shares of an approved zone may change
-- until its next status change.
ALTER TABLE treatment_zones ADD COLUMN reopened_at timestamptz;

-- A history version may carry a note: the decision with its document, the reopen reason.
ALTER TABLE zone_history ADD COLUMN note jsonb;
ALTER TABLE zone_history DROP CONSTRAINT zone_history_action_check;
ALTER TABLE zone_history ADD CONSTRAINT zone_history_action_check
  CHECK (action IN ('create', 'update', 'revert', 'status', 'delete', 'restore', 'reopen'));

-- 管护: what happens on a restored site after acceptance.
CREATE TABLE zone_aftercare (
  id serial PRIMARY KEY,
  zone_id int NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('inspection', 'responsibility')),
  responsible_unit text CHECK (length(responsible_unit) BETWEEN 2 AND 100),
  period_start date,
  period_end date,
  inspected_on date,
  condition text CHECK (condition IN ('good', 'fair', 'poor')),
  notes text CHECK (length(notes) <= 2000),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'responsibility' OR (responsible_unit IS NOT NULL AND period_start IS NOT NULL)),
  CHECK (kind <> 'inspection' OR (inspected_on IS NOT NULL AND condition IS NOT NULL)),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX zone_aftercare_zone_idx ON zone_aftercare (zone_id, id);

-- A deleted draft, whole (the zone as JSON and its history), restorable until
-- restore_until. Who deleted it is in the audit log (zone.delete).
CREATE TABLE deleted_zones (
  zone_id int PRIMARY KEY,
  code text NOT NULL,
  name_zh text NOT NULL,
  zone jsonb NOT NULL,
  history jsonb NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now(),
  restore_until timestamptz NOT NULL
);

-- ---------------------------------------------------------------- settings

-- Settings a running system must be able to change (base maps, 审图号, public
-- rate limits); keys are a fixed list in packages/db/src/settings.
CREATE TABLE settings (
  key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]{2,60}$'),
  value jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
