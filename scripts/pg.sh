#!/usr/bin/env bash
# Start or stop a private PostgreSQL 15 cluster: scripts/pg.sh start|stop|status DATA_DIR PORT
# scripts/pg.sh standby DATA_DIR PORT PRIMARY_PORT: a hot standby of the cluster on PRIMARY_PORT (a streaming read
# replica, as docs/scaling.md describes), copied afresh into an empty DATA_DIR and started on PORT.
# Runs as the `postgres` OS user when invoked as root (PostgreSQL refuses to run as root).
set -euo pipefail
cmd=${1:?start|stop|status|standby}; dir=${2:?data dir}; port=${3:?port}
bin=/usr/lib/postgresql/15/bin

if [ ! -x "$bin/pg_ctl" ]; then
  echo "installing PostgreSQL 15 (Debian packages)…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15 postgresql-contrib >/dev/null
fi

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
[ "$(id -u)" = 0 ] && chown postgres: "$dir" && chmod 700 "$dir"

case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres >/dev/null
    fi
    if as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      echo "PostgreSQL already running on port $port ($dir)"
    else
      # A quarter of the memory for PostgreSQL's own cache, at most 1 GB (its default, 128 MB, held none of one
      # province's lines at a million of them: the findings read them from the OS at twice the time).
      mem_mb=$(( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024 ))
      shared=$(( mem_mb / 4 < 1024 ? mem_mb / 4 : 1024 ))
      as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
        -c fsync=${PG_FSYNC:-on} -c shared_buffers=${shared}MB ${PG_OPTS:-}" start >/dev/null
      echo "PostgreSQL started on 127.0.0.1:$port ($dir)"
    fi
    # The role and database the app uses; idempotent.
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc "select 1 from pg_roles where rolname='gnbv'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create role gnbv login password 'gnbv'"
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc "select 1 from pg_database where datname='gnbv'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database gnbv owner gnbv"
    # Extensions need superuser; create them here so the app's migrations run as the plain owner.
    psql -h 127.0.0.1 -p "$port" -U postgres -d gnbv -qc \
      "set client_min_messages = warning; create extension if not exists unaccent; create extension if not exists btree_gist; create extension if not exists pg_trgm;"
    ;;
  stop)
    if as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null && echo "PostgreSQL stopped ($dir)"
    fi
    ;;
  standby)
    primary=${4:?primary port}
    [ -z "$(ls -A "$dir")" ] || { echo "$dir is not empty" >&2; exit 2; }
    # -R writes primary_conninfo and standby.signal; -X stream keeps the WAL the copy needs (trust auth, initdb's
    # replication lines for 127.0.0.1).
    as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir" -R -X stream -c fast
    rm -f "$dir/server.log"
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
      -c hot_standby=on" start >/dev/null
    echo "PostgreSQL standby of port $primary started on 127.0.0.1:$port ($dir)"
    ;;
  status) as_pg "$bin/pg_ctl" -D "$dir" status ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
