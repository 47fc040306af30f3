#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests and prints the
# connection URI on stdout; `scripts/pg-test-server.sh stop DIR` stops it.
#
#   uri="$(scripts/pg-test-server.sh start /tmp/tocsin-pg)"
#   TOCSIN_TEST_POSTGRES="$uri" ctest ...
#   scripts/pg-test-server.sh stop /tmp/tocsin-pg
#
# The server listens on loopback only, on a free port, with its data and
# socket in DIR (wiped first), and trusts local connections: it holds
# nothing but test data and lives as long as the test run. PostgreSQL
# refuses to run as root, so as root it runs as the `postgres` user that
# Debian's package creates. Needs Debian's postgresql package (setup.sh).
set -euo pipefail
action="${1:?usage: pg-test-server.sh start|stop DIR}"
dir="${2:?usage: pg-test-server.sh start|stop DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$bin/pg_ctl" ]] || { echo "pg-test-server: no PostgreSQL server installed" >&2; exit 1; }

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U tocsin -A trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # The first port nothing answers on (bash's /dev/tcp connects).
    port=54329
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do ((port++)); done
    # Durability is not what these tests check; fsync off keeps CI fast.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://tocsin@127.0.0.1:$port/postgres"
    ;;
  stop)
    [[ -d "$dir/data" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
  *)
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
