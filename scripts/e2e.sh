#!/usr/bin/env bash
# The browser suite against the real stack: scripts/e2e.sh PG_PORT KC_PORT API_PORT SPA_PORT
# Runs inside `make test` after the Maven verify, on make test's PostgreSQL and Keycloak: a database of its own
# (gnbv_e2e, created afresh) with the demo data, the API jar on API_PORT, the built SPA on SPA_PORT (vite preview),
# then `node --test frontend/e2e/` (playwright-core driving Debian's Chromium). The API and the SPA are stopped on
# exit; failures leave screenshots in .data/e2e/.
set -euo pipefail
pg_port=${1:?pg port}; kc_port=${2:?keycloak port}; api_port=${3:?api port}; spa_port=${4:?spa port}
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.data/e2e"
db=gnbv_e2e
mkdir -p "$data"
cd "$root"

[ -x /usr/bin/chromium ] || (apt-get update -q && apt-get install -y -q chromium >/dev/null)

psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "drop database if exists $db" \
  -c "create database $db owner gnbv"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -qc "set client_min_messages = warning;
  create extension if not exists unaccent; create extension if not exists btree_gist; create extension if not exists pg_trgm;"

scripts/frontend.sh build
trap 'scripts/frontend.sh serve stop "$data/site"; scripts/api.sh stop "$data"' EXIT
# scripts/api.sh names the database gnbv; GNBV_DB_NAME points the API at the suite's own.
GNBV_DB_NAME="$db" \
  GNBV_OIDC_URL="http://localhost:$kc_port/realms/gnbv" scripts/api.sh start "$data" "$pg_port" "$api_port"
scripts/frontend.sh serve start "$data/site" "$spa_port" "http://localhost:$api_port" "http://localhost:$kc_port/realms/gnbv"

E2E_BASE_URL="http://localhost:$spa_port" E2E_API_URL="http://localhost:$api_port" \
  E2E_REALM_URL="http://localhost:$kc_port/realms/gnbv" E2E_ARTIFACTS="$data" scripts/frontend.sh e2e
