#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (a CTest fixture):
#   pg_cluster.sh start DIR   initdb into DIR as an unprivileged user, listen on a Unix socket in DIR only
#   pg_cluster.sh stop DIR    stop it and remove DIR
# Without PostgreSQL installed it says so and succeeds: the PostgreSQL tests then skip, the SQLite suite runs.
set -u
cmd="${1:?start|stop}"
dir="${2:?cluster folder}"
port=5432
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root; the tests often do.
as_cluster_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    # Thrown away after: no shutdown checkpoint over the suite's hundreds of databases.
    as_cluster_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
}

case "$cmd" in
  start)
    stop_cluster # a cluster left by a killed run
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
      echo "PostgreSQL is not installed (Debian: postgresql): the PostgreSQL tests skip; the SQLite suite runs."
      exit 0
    fi
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    as_cluster_user "$bindir/initdb" -D "$dir/data" -U cscdesk_admin --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    as_cluster_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c max_connections=60" start \
      </dev/null >/dev/null 2>&1 || { cat "$dir/server.log"; exit 1; }
    touch "$dir/ready"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') test cluster on $dir (socket, port $port)"
    ;;
  stop)
    stop_cluster
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg_cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
