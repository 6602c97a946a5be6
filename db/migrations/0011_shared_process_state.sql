-- State that must agree across API processes behind one load balancer.

-- Every process keeps recently resolved sessions in memory. A session deleted
-- (logout, revocation, expiry) or a user changed (disabled, role, password)
-- is announced on this channel at commit, and every process forgets it at
-- once (apps/api/src/auth/session-revocations.ts).
CREATE FUNCTION notify_session_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lianpian_sessions', 's:' || OLD.token_sha256);
  RETURN OLD;
END $$;
CREATE TRIGGER sessions_notify_delete AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION notify_session_deleted();

CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lianpian_sessions', 'u:' || COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END $$;
CREATE TRIGGER users_notify_change AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_user_changed();

-- Rate-limit counters shared by every process (fixed windows per key).
-- Unlogged: counters need no crash safety, and writes stay cheap.
CREATE UNLOGGED TABLE rate_limit_hits (
  key text PRIMARY KEY,
  hits int NOT NULL,
  window_ends timestamptz NOT NULL
);
CREATE INDEX rate_limit_hits_window_idx ON rate_limit_hits (window_ends);
