-- Field and public faces (issue 16): alerts a planner confirms before the
-- public sees them, field tasks that reach a monitor and are closed by the
-- inspection that answers them, the review of inspections (accept / reject
-- with a reason), and citizen reports stored once per client key.

-- ---------------------------------------------------------------- confirmed alerts

-- A raised alert is internal until a planner confirms it (who, when).
ALTER TABLE hazard_alerts
  ADD COLUMN confirmed_at timestamptz,
  ADD COLUMN confirmed_by int REFERENCES users (id) ON DELETE SET NULL;

-- The alert level the public sees: the registry's own on insert (an imported
-- inventory is official), then the level of the newest confirmed alert.
ALTER TABLE hazard_points
  ADD COLUMN public_alert text NOT NULL DEFAULT 'none'
    CHECK (public_alert IN ('none', 'blue', 'yellow', 'orange', 'red'));

-- Confirming an alert is news, not a change of the record under a monitor's feet.
CREATE OR REPLACE FUNCTION hazard_points_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ignored text[] := ARRAY['current_alert', 'alert_raised_at', 'public_alert', 'updated_at', 'version'];
BEGIN
  IF (to_jsonb(NEW) - ignored) IS DISTINCT FROM (to_jsonb(OLD) - ignored) THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION hazard_points_public_alert_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.public_alert := NEW.current_alert;
  RETURN NEW;
END $$;
CREATE TRIGGER hazard_points_public_alert BEFORE INSERT ON hazard_points
  FOR EACH ROW EXECUTE FUNCTION hazard_points_public_alert_on_insert();

-- Existing points: the registry's level before the first field alert, or the current one.
UPDATE hazard_points h
   SET public_alert = coalesce(
     (SELECT a.previous_level FROM hazard_alerts a WHERE a.hazard_id = h.id ORDER BY a.raised_at, a.id LIMIT 1),
     h.current_alert);

-- ---------------------------------------------------------------- field tasks

-- A field check asked of one monitor at one point, by a planner or from a
-- citizen report's triage. Closed only by the inspection that names it.
CREATE TABLE field_tasks (
  id serial PRIMARY KEY,
  hazard_id int NOT NULL REFERENCES hazard_points (id) ON DELETE CASCADE,
  assigned_to int NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  source text NOT NULL CHECK (source IN ('planner', 'report')),
  report_id int REFERENCES public_reports (id) ON DELETE SET NULL,
  kind text NOT NULL DEFAULT 'routine' CHECK (kind IN ('routine', 'pre_flood', 'post_flood', 'emergency', 'instrument')),
  due_at timestamptz NOT NULL,
  note text CHECK (length(note) <= 500),
  created_by int REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_inspection_id int UNIQUE REFERENCES inspections (id) ON DELETE SET NULL,
  closed_at timestamptz
);
CREATE INDEX field_tasks_open_idx ON field_tasks (assigned_to, due_at) WHERE closed_at IS NULL;
CREATE INDEX field_tasks_report_idx ON field_tasks (report_id) WHERE report_id IS NOT NULL;

ALTER TABLE inspections
  ADD COLUMN task_id int REFERENCES field_tasks (id) ON DELETE SET NULL,
  -- a planner's decision on an inspection flagged for review
  ADD COLUMN review_decision text CHECK (review_decision IN ('accepted', 'rejected')),
  ADD COLUMN review_note text CHECK (length(review_note) <= 500),
  ADD CONSTRAINT inspections_reject_needs_reason
    CHECK (review_decision IS DISTINCT FROM 'rejected' OR review_note IS NOT NULL);

-- ---------------------------------------------------------------- the report loop

-- As in 0005, but a report whose check is a task is checked only by the
-- inspection that carries that task; and the public reply always says so.
CREATE OR REPLACE FUNCTION public_report_checked_by_inspection() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  day text := to_char(NEW.inspected_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD');
BEGIN
  FOR r IN
    UPDATE public_reports p
       SET status = 'checked',
           checked_inspection_id = NEW.id,
           checked_at = NEW.inspected_at,
           status_changed_at = now(),
           version = version + 1,
           public_reply =
             '工作人员已于 ' || day || ' 到现场核查，后续处理结果将在此更新。 ' ||
             'Staff checked the site on ' || day || '; the outcome will be posted here.'
     WHERE p.status = 'checking'
       AND p.hazard_id = NEW.hazard_id
       AND p.check_requested_at <= NEW.inspected_at + interval '15 minutes'
       AND (
         EXISTS (SELECT 1 FROM field_tasks t WHERE t.id = NEW.task_id AND t.report_id = p.id)
         OR NOT EXISTS (SELECT 1 FROM field_tasks t WHERE t.report_id = p.id AND t.closed_at IS NULL)
       )
    RETURNING p.id, p.tracking_code
  LOOP
    INSERT INTO audit_log (user_id, username, role, action, entity, entity_id, details)
    VALUES (NULL, 'system', 'field', 'report.checked', 'public_report', r.id::text,
            jsonb_build_object('inspection_id', NEW.id, 'hazard_id', NEW.hazard_id, 'tracking_code', r.tracking_code));
  END LOOP;
  RETURN NULL;
END $$;

-- ---------------------------------------------------------------- citizen reports once

-- A resend of the same report (its reply was lost) carries the same key.
ALTER TABLE public_reports
  ADD COLUMN client_key uuid UNIQUE,
  ADD COLUMN content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT public_reports_key_has_hash CHECK ((client_key IS NULL) = (content_hash IS NULL));
