#!/bin/sh
# The read replica of the "scale" profile: on its first start it copies the
# primary (pg_basebackup -R writes standby.signal and the connection to
# follow), then runs as a hot standby streaming from it.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgis -U "$POSTGRES_USER" -d "$POSTGRES_DB"; do sleep 2; done
  export PGPASSWORD="${REPLICATION_PASSWORD:-replicator}"
  pg_basebackup -h postgis -U replicator -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
