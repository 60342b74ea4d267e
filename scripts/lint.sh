#!/usr/bin/env bash
# Checks that need no database: Java formatting (Spotless, palantir-java-format), shell scripts (shellcheck), the
# contract (OpenAPI 3.0.x, operation ids), and docker-compose.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v shellcheck >/dev/null || (apt-get update -q && apt-get install -y -q shellcheck >/dev/null)
shellcheck scripts/*.sh .ci/run && echo "shellcheck: clean"
mvn -B -q -f backend/pom.xml spotless:check && echo "spotless: formatted (make format applies it)"
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
if [ -f docker-compose.yml ]; then
  if command -v docker-compose >/dev/null; then
    docker-compose -f docker-compose.yml config -q && echo "docker-compose.yml: valid"
  else
    echo "docker-compose not installed; skipping docker-compose.yml check (make deps installs it)"
  fi
fi
