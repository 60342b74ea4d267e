#!/usr/bin/env bash
# Start/stop the API jar in the background: scripts/api.sh start DATA_DIR PG_PORT API_PORT | stop DATA_DIR
set -euo pipefail
# shellcheck source=scripts/jvm.sh
source "$(dirname "$0")/jvm.sh"
cmd=${1:?start|stop}; data=${2:?data dir}
pidfile="$data/api.pid"; log="$data/api.log"
root=$(cd "$(dirname "$0")/.." && pwd)

case "$cmd" in
  start)
    pg_port=${3:?pg port}; api_port=${4:?api port}
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "API already running (pid $(cat "$pidfile"))"; exit 0
    fi
    mkdir -p "$data"
    cd "$root"
    # shellcheck disable=SC2086 # JVM_OPTS is a list of options
    GNBV_DB_PORT=$pg_port QUARKUS_HTTP_PORT=$api_port GNBV_SEED_DEMO=true \
      nohup java $JVM_OPTS -jar "$root/backend/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 120); do
      if curl -fsS "http://localhost:$api_port/q/health/ready" >/dev/null 2>&1; then
        echo "API started (pid $(cat "$pidfile")), log: $log"; exit 0
      fi
      kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "API failed to start; see $log" >&2; tail -30 "$log" >&2; exit 1; }
      sleep 1
    done
    echo "API did not become ready in 120 s; see $log" >&2; exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        echo "API stopped (pid $pid)"
      fi
      rm -f "$pidfile"
    fi
    ;;
esac
