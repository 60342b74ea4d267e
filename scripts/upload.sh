#!/usr/bin/env bash
# Upload a CSV file as a job and wait for its report — the shape of a scheduled province upload (cron, systemd timer).
#   scripts/upload.sh funding-lines|indicator-values|local-projects FILE.csv [upsert|insert-only] [--dry-run]
# Environment: GNBV_API (default http://localhost:8080), GNBV_TOKEN_URL (default the make-run Keycloak realm),
# GNBV_CLIENT_ID / GNBV_CLIENT_SECRET (default the demo bulk-uploader client, scoped to Lai Châu 12).
# Exit status: 0 SUCCEEDED, 1 REJECTED (the report's errors are printed), 2 FAILED or unreachable (retry later).
set -euo pipefail
dataset=${1:?funding-lines, indicator-values or local-projects}; file=${2:?CSV file}; mode=${3:-upsert}; dry=false
[ "${4:-}" = --dry-run ] && dry=true
api=${GNBV_API:-http://localhost:8080}
token_url=${GNBV_TOKEN_URL:-http://localhost:8180/realms/gnbv/protocol/openid-connect/token}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
token() {
  curl -sf "$token_url" -d grant_type=client_credentials -d "client_id=${GNBV_CLIENT_ID:-bulk-uploader}" \
    -d "client_secret=${GNBV_CLIENT_SECRET:-bulk-uploader-secret}" | json 'd["access_token"]'
}
# One key per file content and options: a retry after a timeout or a crash returns the first job instead of
# uploading twice; a changed file is a new upload.
key="$dataset-$mode-$dry-$(sha256sum "$file" | cut -c1-32)"
answer=$(curl -s -w '\n%{http_code}' -X POST "$api/api/v1/upload-jobs?dataset=$dataset&mode=$mode&dryRun=$dry" \
  -H "Authorization: Bearer $(token)" -H "Idempotency-Key: $key" -H 'Content-Type: text/csv' \
  --data-binary "@$file") || { echo "API unreachable" >&2; exit 2; }
status=$(tail -n1 <<<"$answer"); body=$(sed '$d' <<<"$answer")
[ "$status" = 202 ] || { echo "upload refused ($status): $body" >&2; [ "${status:0:1}" = 5 ] && exit 2; exit 1; }
job=$(json 'd["id"]' <<<"$body")
echo "job $job accepted"
while :; do
  sleep 2
  body=$(curl -sf -H "Authorization: Bearer $(token)" "$api/api/v1/upload-jobs/$job") || continue
  state=$(json 'd["state"]' <<<"$body")
  echo "  $state: $(json '"{rowsRead} read, {rowsValidated} validated, {rowsWritten} written".format(**d["progress"])' <<<"$body")"
  case $state in
    SUCCEEDED) json '"inserted {inserted}, updated {updated}, unchanged {unchanged}".format(**d["report"])' <<<"$body"; exit 0 ;;
    REJECTED) json '"\n".join("row %s %s %s: %s" % (e.get("row"), e.get("field"), e["code"], e["message"]) for e in d["report"]["errors"])' <<<"$body" >&2
              echo "$(json 'd["report"]["errorCount"]' <<<"$body") errors; nothing was written" >&2; exit 1 ;;
    FAILED) echo "failed: $(json 'd["failure"]["message"]' <<<"$body")" >&2; exit 2 ;;
  esac
done
