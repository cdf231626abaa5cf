#!/bin/sh
# A private PostgreSQL server for the tests (a CTest fixture):
#   pg_server.sh start STATE_DIR   initdb + start on a Unix socket in a fresh /tmp folder;
#                                  writes STATE_DIR/host and STATE_DIR/port for the tests
#   pg_server.sh stop STATE_DIR    fast shutdown, folder removed
# Uses Debian's postgresql package (scripts/deps.sh installs it). As root, the server runs
# as the `postgres` user, since PostgreSQL refuses to run as root.
set -eu
cmd=$1
state=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "pg_server.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$state"
    if [ -f "$state/host" ]; then "$0" stop "$state" || true; fi
    dir=$(mktemp -d /tmp/entente-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_server "$bindir/initdb" -D "$dir/data" -U entente --auth=trust --no-locale -E UTF8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses= -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir" >"$state/host"
    echo 5432 >"$state/port"
    echo "PostgreSQL running, socket in $dir"
    ;;
  stop)
    [ -f "$state/host" ] || exit 0
    dir=$(cat "$state/host")
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state/host" "$state/port"
    ;;
  *) echo "usage: pg_server.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
