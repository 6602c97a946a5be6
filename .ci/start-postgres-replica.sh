#!/usr/bin/env bash
# Starts a streaming read replica of the throwaway cluster of start-postgres.sh
# (primary on 127.0.0.1:${PGPORT:-5433}) on 127.0.0.1:${REPLICA_PORT:-5434},
# and prints its DATABASE_READ_URL. Databases created on the primary (the test
# run's per-file copies) appear on the replica by themselves.
set -euo pipefail
PGPORT=${PGPORT:-5433}
REPLICA_PORT=${REPLICA_PORT:-5434}
REPLICA_DIR=${REPLICA_DIR:-/tmp/lianpian-pg-replica}
BIN=/usr/lib/postgresql/15/bin
PGDIR=${PGDIR:-/tmp/lianpian-pg}
system_id() { "$BIN/pg_controldata" "$1" 2>/dev/null | sed -n 's/^Database system identifier: *//p'; }
# A replica that is not running is copied again: one left from another primary cannot follow this
# one, and one left stopped may need WAL the primary has recycled since (there is no slot).
if ! su postgres -c "$BIN/pg_ctl -D $REPLICA_DIR status" >/dev/null 2>&1 \
  || [ "$(system_id "$REPLICA_DIR")" != "$(system_id "$PGDIR")" ]; then
  su postgres -c "$BIN/pg_ctl -D $REPLICA_DIR -m immediate stop" >/dev/null 2>&1 || true
  rm -f "$REPLICA_DIR/standby.signal"
fi
if [ ! -f "$REPLICA_DIR/standby.signal" ]; then
  rm -rf "$REPLICA_DIR"
  mkdir -p "$REPLICA_DIR"
  chown postgres:postgres "$REPLICA_DIR"
  chmod 700 "$REPLICA_DIR"
  # -R writes primary_conninfo and standby.signal; -X stream copies the WAL made meanwhile.
  su postgres -c "$BIN/pg_basebackup -h 127.0.0.1 -p $PGPORT -U postgres -D $REPLICA_DIR -R -X stream -c fast" >/dev/null
fi
if ! su postgres -c "$BIN/pg_ctl -D $REPLICA_DIR status" >/dev/null 2>&1; then
  su postgres -c "$BIN/pg_ctl -D $REPLICA_DIR -l $REPLICA_DIR/server.log -w -o '-h 127.0.0.1 -p $REPLICA_PORT -k /tmp -c max_connections=200 -c hot_standby=on -c max_standby_streaming_delay=-1 -c fsync=off' start" >/dev/null
fi
echo "postgres://lianpian:lianpian@127.0.0.1:$REPLICA_PORT/lianpian"
