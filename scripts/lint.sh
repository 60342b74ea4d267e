#!/usr/bin/env bash
# Checks that need no database: Java formatting (Spotless, palantir-java-format), shell scripts (shellcheck), the
# contract (OpenAPI 3.0.x, operation ids, Redocly CLI's recommended rules), the dashboard (frontend/: generated API
# types current, ESLint, Prettier, tsc) and docker-compose.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v shellcheck >/dev/null || (apt-get update -q && apt-get install -y -q shellcheck >/dev/null)
shellcheck scripts/*.sh .ci/run
echo "shellcheck: clean"
mvn -B -q -f backend/pom.xml spotless:check
echo "spotless: formatted (make format applies it)"
head -5 openapi.yaml | grep -Eq "^openapi: *['\"]?3\.0\.[0-9]" || { echo "openapi.yaml must be OpenAPI 3.0.x" >&2; exit 1; }
python3 - <<'PY'
import sys, yaml
doc = yaml.safe_load(open("openapi.yaml"))
ops = [(p, m, o) for p, item in doc["paths"].items() for m, o in item.items() if m in ("get","post","put","patch","delete")]
missing = [f"{m.upper()} {p}" for p, m, o in ops if not o.get("operationId")]
ids = [o["operationId"] for _, _, o in ops if o.get("operationId")]
dupes = sorted({i for i in ids if ids.count(i) > 1})
if missing or dupes:
    sys.exit(f"operations without operationId: {missing}; duplicate operationIds: {dupes}")
print(f"openapi.yaml: {len(ops)} operations, OpenAPI {doc['openapi']}")
PY
# The contract linter: Redocly CLI, pinned with its lockfile in tools/contract-lint; installed (npm ci) only when
# node_modules is missing or was installed from another lockfile.
lint_dir=tools/contract-lint
command -v npm >/dev/null || { echo "npm is needed for the contract linter (Node.js 20.19+ or 22.12+)" >&2; exit 1; }
if ! cmp -s "$lint_dir/package-lock.json" "$lint_dir/node_modules/.installed-from-lock"; then
  (cd "$lint_dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$lint_dir/package-lock.json" "$lint_dir/node_modules/.installed-from-lock"
fi
# No telemetry (this machine reaches no such service); the Node.js deprecation banner is dropped.
(cd "$lint_dir" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  npx --no-install redocly lint --config redocly.yaml --format=stylish ../../openapi.yaml 2>&1) |
  sed -e '/^ *[╔║╚]/d' -e '/^$/d'
# The dashboard: API types generated from the contract are current, ESLint, Prettier, tsc --noEmit.
scripts/frontend.sh lint
if [ -f docker-compose.yml ]; then
  if command -v docker-compose >/dev/null; then
    docker-compose -f docker-compose.yml config -q && echo "docker-compose.yml: valid"
  else
    echo "docker-compose not installed; skipping docker-compose.yml check (make deps installs it)"
  fi
fi
