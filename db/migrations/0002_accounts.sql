-- Accounts, sessions and the audit log. The public role is anonymous and has
-- no row here.

CREATE TABLE users (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
  role text NOT NULL CHECK (role IN ('admin', 'planner', 'field')),
  -- scrypt$N$r$p$salt$hash (base64)
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  is_demo boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A session token is kept only as its SHA-256; the token itself lives in the
-- client's cookie or bearer header.
CREATE TABLE sessions (
  token_sha256 char(64) PRIMARY KEY,
  user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id int REFERENCES users (id) ON DELETE SET NULL,
  username text NOT NULL,
  role text NOT NULL,
  action text NOT NULL CHECK (length(action) BETWEEN 3 AND 60),
  entity text NOT NULL,
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}',
  ip text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
