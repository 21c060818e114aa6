#!/usr/bin/env bash
# Point-in-time recovery rehearsal (docs/runbook-backup.md), measured on this
# machine: a throwaway PostgreSQL 15 cluster with WAL archiving (as in
# deploy/compose.yaml, archive_timeout ARCHIVE_TIMEOUT seconds) takes a base
# backup, commits one row every 100 ms, is killed (-9: the disk survives, the
# server does not; the last WAL segment is not archived), and is recovered
# from the base backup and the archive alone. Prints the rows committed, the
# rows recovered, the newest row lost (the recovery point actually reached)
# and the time to recover. Needs Debian's postgresql-15 and root (runs the
# clusters as the postgres user under a temporary folder; touches nothing else).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
ARCHIVE_TIMEOUT=${ARCHIVE_TIMEOUT:-10}
WRITE_SECONDS=${WRITE_SECONDS:-25}
PORT_A=${PORT_A:-55441}
PORT_B=${PORT_B:-55442}
work=$(mktemp -d /tmp/jifen-wal-XXXXXX)
chown postgres "$work"
as_pg() { runuser -u postgres -- "$@"; }
cleanup() {
  as_pg "$BIN/pg_ctl" -D "$work/primary" -m immediate stop >/dev/null 2>&1 || true
  as_pg "$BIN/pg_ctl" -D "$work/restored" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_pg mkdir "$work/archive"
as_pg "$BIN/initdb" -D "$work/primary" -U postgres --auth=trust >/dev/null
cat >>"$work/primary/postgresql.conf" <<CONF
port = $PORT_A
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $work/archive/%f && cp %p $work/archive/%f'
archive_timeout = $ARCHIVE_TIMEOUT
CONF
as_pg "$BIN/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w start >/dev/null
psql_a() { psql -h 127.0.0.1 -p "$PORT_A" -U postgres -qtA "$@"; }
psql_a -c "CREATE TABLE writes (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())"
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT_A" -U postgres -D "$work/base" -X stream >/dev/null

end=$(($(date +%s) + WRITE_SECONDS))
while [ "$(date +%s)" -lt "$end" ]; do
  psql_a -c "INSERT INTO writes DEFAULT VALUES"
  sleep 0.1
done
committed=$(psql_a -c "SELECT count(*) FROM writes")
last_epoch=$(psql_a -c "SELECT extract(epoch FROM max(at)) FROM writes")
kill -9 "$(head -1 "$work/primary/postmaster.pid")"

started=$(date +%s.%N)
as_pg cp -a "$work/base" "$work/restored"
cat >>"$work/restored/postgresql.conf" <<CONF
port = $PORT_B
restore_command = 'cp $work/archive/%f %p'
recovery_target_action = 'promote'
CONF
as_pg touch "$work/restored/recovery.signal"
as_pg "$BIN/pg_ctl" -D "$work/restored" -l "$work/restored.log" -w -t 120 start >/dev/null
until [ "$(psql -h 127.0.0.1 -p "$PORT_B" -U postgres -qtA -c 'SELECT pg_is_in_recovery()')" = "f" ]; do sleep 0.1; done
finished=$(date +%s.%N)
recovered=$(psql -h 127.0.0.1 -p "$PORT_B" -U postgres -qtA -c "SELECT count(*) FROM writes")
recovered_epoch=$(psql -h 127.0.0.1 -p "$PORT_B" -U postgres -qtA -c "SELECT coalesce(extract(epoch FROM max(at)), 0) FROM writes")
lost_s=$(echo "scale=1; ($last_epoch - $recovered_epoch) / 1" | bc)
echo "archive_timeout ${ARCHIVE_TIMEOUT}s: committed ${committed} rows, recovered ${recovered}: lost the last ${lost_s} s of writes; recovery (copy the base backup, replay the archive, promote) took $(echo "$finished - $started" | bc) s"
