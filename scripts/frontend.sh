#!/usr/bin/env bash
# The dashboard SPA (frontend/): scripts/frontend.sh deps | build | lint | test | e2e |
#   serve start SITE_DIR PORT API_URL REALM_URL | serve stop SITE_DIR
# npm packages are pinned by frontend/package-lock.json and cached in .data/cache/npm (like Maven's and Keycloak's
# downloads), so a second machine run installs offline. `serve` copies the build to SITE_DIR, writes its runtime
# config.json (one build serves any deployment) and serves it with `vite preview` (SPA fallback included).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fe="$root/frontend"
cache="${GNBV_CACHE_DIR:-$root/.data/cache}/npm"
cmd=${1:?deps|build|lint|test|e2e|serve}

deps() {
  command -v npm >/dev/null || { echo "npm is needed for the dashboard (Node.js 20.19+)" >&2; exit 1; }
  # Installed only when node_modules is missing or came from another lockfile.
  if ! cmp -s "$fe/package-lock.json" "$fe/node_modules/.installed-from-lock"; then
    (cd "$fe" && npm ci --cache "$cache" --prefer-offline --no-audit --no-fund --loglevel=error)
    cp "$fe/package-lock.json" "$fe/node_modules/.installed-from-lock"
  fi
}

case "$cmd" in
  deps) deps ;;
  build)
    deps
    (cd "$fe" && npx --no-install vite build --logLevel warn)
    ;;
  lint)
    deps
    # The API types are generated from the contract; a stale copy fails here (make gen-frontend regenerates them).
    tmp=$(mktemp --suffix=.d.ts); trap 'rm -f "$tmp"' EXIT
    (cd "$fe" && npx --no-install openapi-typescript ../openapi.yaml -o "$tmp" >/dev/null)
    if ! cmp -s "$tmp" "$fe/src/lib/api/schema.d.ts"; then
      echo "frontend/src/lib/api/schema.d.ts is stale: run 'make gen' (openapi-typescript ../openapi.yaml)" >&2; exit 1
    fi
    echo "frontend: API types match openapi.yaml"
    (cd "$fe" && npx --no-install eslint . && npx --no-install prettier --check . --log-level warn && npx --no-install tsc --noEmit)
    echo "frontend: eslint, prettier, tsc clean"
    ;;
  gen)
    deps
    (cd "$fe" && npx --no-install openapi-typescript ../openapi.yaml -o src/lib/api/schema.d.ts)
    ;;
  test)
    deps
    (cd "$fe" && npx --no-install vitest run)
    ;;
  e2e)
    deps
    # E2E_FILES narrows the suite (e.g. "e2e/units.test.mjs") while developing; make test runs all.
    read -ra files <<< "${E2E_FILES:-e2e/}"
    (cd "$fe" && node --test --test-concurrency=1 "${files[@]}")
    ;;
  serve)
    sub=${2:?start|stop}; site=$(realpath -m "${3:?site dir}")
    pidfile="$site.pid"; log="$site.log"
    case "$sub" in
      start)
        port=${4:?port}; api_url=${5:?api url}; realm_url=${6:?realm url}
        if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
          echo "SPA already served (pid $(cat "$pidfile"))"; exit 0
        fi
        [ -f "$fe/dist/index.html" ] || "$0" build
        if curl -s -o /dev/null "http://localhost:$port/"; then
          echo "port $port is already in use: not serving the SPA there" >&2; exit 1
        fi
        rm -rf "$site"; mkdir -p "$(dirname "$site")"; cp -r "$fe/dist" "$site"
        printf '{"apiBaseUrl": "%s", "authority": "%s", "clientId": "gnbv-spa"}\n' "$api_url" "$realm_url" >"$site/config.json"
        # Its own session (setsid), whose leader writes its PID and becomes vite itself (exec): stopping the group
        # stops exactly this server.
        rm -f "$pidfile"
        # shellcheck disable=SC2016 # $$ and $0 belong to the inner shell
        (cd "$fe" && setsid bash -c 'echo $$ >"$0"; exec node node_modules/vite/bin/vite.js preview "$@"' "$pidfile" \
          --outDir "$site" --port "$port" --strictPort --host localhost </dev/null >"$log" 2>&1 &)
        for _ in $(seq 1 30); do
          if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "SPA failed to start; see $log" >&2; tail -5 "$log" >&2; exit 1
          fi
          if curl -fsS "http://localhost:$port/config.json" >/dev/null 2>&1; then
            echo "SPA served on http://localhost:$port (pid $(cat "$pidfile")), log: $log"; exit 0
          fi
          sleep 1
        done
        echo "SPA did not come up on port $port; see $log" >&2; exit 1
        ;;
      stop)
        if [ -f "$pidfile" ]; then
          pid=$(cat "$pidfile")
          if kill -0 "$pid" 2>/dev/null; then kill -- "-$pid" 2>/dev/null || kill "$pid"; echo "SPA stopped (pid $pid)"; fi
          rm -f "$pidfile"
        fi
        ;;
      *) echo "unknown serve command $sub" >&2; exit 2 ;;
    esac
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
