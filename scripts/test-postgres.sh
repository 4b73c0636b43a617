#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite (issue 6), on 127.0.0.1
# only, trusting local connections, in a folder that is deleted afterwards.
#   test-postgres.sh start DIR   initialises and starts it; writes DIR/port
#   test-postgres.sh stop DIR    stops it and deletes DIR
# CTest runs both around the "postgresql: " tests (fixture "postgresql").
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?folder}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL is not installed: run ./scripts/deps.sh" >&2
  exit 1
fi

# initdb refuses to run as root: the server then runs as "postgres".
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_server "$PGBIN/initdb" -D "$dir/data" -U parcours --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  # The first free port from 55433: two checkouts may test at once.
  port=55433
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  # No fsync: the data is thrown away; speed matters more than durability.
  as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U parcours parcours_test
  # Created once here so that parallel tests do not race to create it.
  "$PGBIN/psql" -q -h 127.0.0.1 -p "$port" -U parcours -d parcours_test \
    -c "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"
  echo "$port" >"$dir/port"
  echo "PostgreSQL test server on 127.0.0.1:$port"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
