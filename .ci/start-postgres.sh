#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 + PostGIS cluster on 127.0.0.1:${PGPORT:-5433}
# owned by the postgres user, with a superuser role lianpian/lianpian, and
# prints its DATABASE_URL. Used by .ci/run and by developers.
set -euo pipefail
PGPORT=${PGPORT:-5433}
PGDIR=${PGDIR:-/tmp/lianpian-pg}
BIN=/usr/lib/postgresql/15/bin
if [ ! -f "$PGDIR/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  chown postgres:postgres "$PGDIR"
  su postgres -c "$BIN/initdb -D $PGDIR -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! su postgres -c "$BIN/pg_ctl -D $PGDIR status" >/dev/null 2>&1; then
  su postgres -c "$BIN/pg_ctl -D $PGDIR -l $PGDIR/server.log -w -o '-h 127.0.0.1 -p $PGPORT -k /tmp -c max_connections=200 -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" >/dev/null
fi
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtc "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lianpian') THEN CREATE ROLE lianpian LOGIN SUPERUSER PASSWORD 'lianpian'; END IF; END \$\$;" >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qtc "SELECT 1 FROM pg_database WHERE datname = 'lianpian'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE lianpian OWNER lianpian" >/dev/null
echo "postgres://lianpian:lianpian@127.0.0.1:$PGPORT/lianpian"
