#!/usr/bin/env bash
# Start/stop a private Keycloak 26.4 with the committed realm `gnbv`:
#   scripts/keycloak.sh start DATA_DIR HTTP_PORT MGMT_PORT [--fresh]   |   scripts/keycloak.sh stop DATA_DIR
# The distribution comes from Maven Central (mvn dependency:copy, cached in .data/cache) and is unzipped into DATA_DIR
# once; the first start after unzipping re-augments (~100 s), later ones take ~10 s. --fresh deletes Keycloak's
# database so the realm is imported anew (the import is skipped when the realm already exists).
# Hostname is always `localhost`: a token's `iss` follows the host it was fetched from, and the API accepts only one.
set -euo pipefail
cmd=${1:?start|stop}; data=${2:?data dir}
KC_VERSION=26.4.0
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$data"; data=$(cd "$data" && pwd)
home="$data/keycloak-$KC_VERSION"
pidfile="$data/keycloak.pid"; log="$data/keycloak.log"

install() {
  [ -x "$home/bin/kc.sh" ] && return
  local cache="${GNBV_CACHE_DIR:-$root/.data/cache}" zip
  zip="$cache/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "fetching Keycloak $KC_VERSION from Maven Central (160 MB)…"
    mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$cache" -Dmdep.overWriteIfNewer=true
  fi
  command -v unzip >/dev/null || (apt-get update -q && apt-get install -y -q unzip >/dev/null)
  rm -rf "$home.partial"; mkdir -p "$home.partial"
  unzip -q "$zip" -d "$home.partial"
  mv "$home.partial/keycloak-$KC_VERSION" "$home"; rm -rf "$home.partial"
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  start)
    port=${3:?http port}; mgmt=${4:?management port}; fresh=${5:-}
    if running; then
      if [ "$fresh" = --fresh ]; then "$0" stop "$data"; else echo "Keycloak already running (pid $(cat "$pidfile"))"; exit 0; fi
    fi
    install
    [ "$fresh" = --fresh ] && rm -rf "$home/data/h2"
    mkdir -p "$home/data/import"
    cp "$root/infra/keycloak/realm-gnbv.json" "$home/data/import/"
    # setsid: its own process group, so stopping the caller's shell (make, a trap) doesn't take it down mid-start.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
      setsid nohup "$home/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$mgmt" \
      --hostname=localhost --import-realm --health-enabled=true </dev/null >"$log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 300); do
      if curl -fsS "http://localhost:$mgmt/health/ready" >/dev/null 2>&1 \
          && curl -fsS "http://localhost:$port/realms/gnbv/.well-known/openid-configuration" >/dev/null 2>&1; then
        echo "Keycloak started on http://localhost:$port (pid $(cat "$pidfile")), log: $log"; exit 0
      fi
      running || { echo "Keycloak failed to start; see $log" >&2; tail -30 "$log" >&2; exit 1; }
      sleep 1
    done
    echo "Keycloak did not become ready in 300 s; see $log" >&2; exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      if kill -0 "$pid" 2>/dev/null; then
        # kc.sh may run java as its child (it execs only after re-augmenting): signal the process group that
        # setsid made for exactly this start (its id is the PID), else the PID alone.
        target=$pid; [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && target=-$pid
        kill -- "$target"; for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 -- "$target"
        echo "Keycloak stopped (pid $pid)"
      fi
      rm -f "$pidfile"
    fi
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
