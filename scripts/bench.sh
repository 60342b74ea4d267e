#!/usr/bin/env bash
# make bench: bulk upload through HTTP vs raw `psql \copy`, same rows, same database.   scripts/bench.sh [ROWS]
# Starts a fresh bench PostgreSQL (fsync per PG_FSYNC, default on), Keycloak (reused when already up), and the API jar
# with -Xmx512m; creates one report and generates ROWS funding lines and ROWS indicator values stated in it over the
# real unit list (scripts/bench_gen.py); per dataset uploads the file as an upload job (timed from the start of the
# POST to SUCCEEDED), loads the same rows with `\copy` into an empty twin table with the same indexes and foreign
# keys, checks both tables hold the same rows, re-uploads the same keys with every amount/value changed (measuring
# how much the audit trail grows), re-states the report with mode=replace (a fifth of the keys left out, two fifths
# changed), and appends the figures to docs/benchmarks.md.
set -euo pipefail
ROWS=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd); cd "$root"
data=$root/.data; work=$data/bench; pgdir=$data/pg-bench
PG_PORT=${BENCH_PG_PORT:-55434}; API_PORT=${BENCH_API_PORT:-8082}
KC_PORT=${KC_PORT:-8180}; KC_MGMT_PORT=${KC_MGMT_PORT:-9000}
JAR=backend/target/quarkus-app/quarkus-run.jar
# shellcheck source=scripts/jvm.sh
source "$(dirname "$0")/jvm.sh"
DOC=${BENCH_DOC:-docs/benchmarks.md}
KC=http://localhost:$KC_PORT/realms/gnbv; API=http://localhost:$API_PORT/api/v1
export PG_FSYNC=${PG_FSYNC:-on}
mkdir -p "$work"

api_pid=; sampler_pid=; kc_started=
cleanup() {
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; fi
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid"; for _ in $(seq 1 30); do kill -0 "$api_pid" 2>/dev/null || break; sleep 1; done
  fi
  scripts/pg.sh stop "$pgdir" "$PG_PORT" || true
  if [ -n "$kc_started" ]; then scripts/keycloak.sh stop "$data/keycloak" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

sql() { PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d gnbv \
          -v ON_ERROR_STOP=1 -qtA "$@"; }
now() { date +%s.%N; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
rate() { python3 -c "import sys; print(round(int(sys.argv[1]) / float(sys.argv[2])))" "$@"; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$@"; }

# ---- build, database, Keycloak, API
command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk) # HTTP load for the reads step
load0=$(cut -d' ' -f1-3 /proc/loadavg)
if [ ! -f "$JAR" ] || [ -n "$(find backend/src backend/pom.xml openapi.yaml -newer "$JAR" -print -quit)" ]; then
  make build
fi
scripts/pg.sh stop "$pgdir" "$PG_PORT" >/dev/null || true
rm -rf "$pgdir"
# Both ports lie in Linux's ephemeral range, so another program's outgoing connection can hold one for a while.
for port in "$PG_PORT" "$API_PORT"; do
  if ss -Htan exclude time-wait "( sport = :$port )" | grep -q .; then
    echo "port $port is in use:" >&2; ss -Htanp exclude time-wait "( sport = :$port )" | head -3 >&2
    echo "wait, or choose BENCH_PG_PORT / BENCH_API_PORT" >&2; exit 1
  fi
done
# pg_stat_statements (with the statements inside trigger functions) profiles each step: .data/bench/statements-*.txt.
PG_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" \
  scripts/pg.sh start "$pgdir" "$PG_PORT"
sql -c "create extension pg_stat_statements"
if curl -fsS -o /dev/null "$KC/.well-known/openid-configuration" 2>/dev/null; then
  echo "Keycloak already running on $KC_PORT: using it"
else
  scripts/keycloak.sh start "$data/keycloak" "$KC_PORT" "$KC_MGMT_PORT"; kc_started=1
fi
# The per-client quota (20 requests a second by default) is lifted: the reads step measures throughput, not the quota.
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
GNBV_DB_PORT=$PG_PORT QUARKUS_HTTP_PORT=$API_PORT GNBV_OIDC_URL=$KC GNBV_QUOTA_RATE=1000000 GNBV_QUOTA_BURST=1000000 \
  java $JVM_OPTS -jar "$JAR" >"$work/api.log" 2>&1 &
api_pid=$!
for i in $(seq 1 120); do
  curl -fsS -o /dev/null "http://localhost:$API_PORT/q/health/ready" 2>/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || { tail -30 "$work/api.log" >&2; echo "API failed to start" >&2; exit 1; }
  [ "$i" = 120 ] && { echo "API not ready in 120 s; see $work/api.log" >&2; exit 1; }
  sleep 1
done
echo "API ready (pid $api_pid, $JVM_OPTS, log $work/api.log)"

# ---- data: the real units as the API loaded them, and the ids the raw COPY file carries
ref=$work/ref; mkdir -p "$ref"
sql -F $'\t' -c "select id, code, level, valid_from, coalesce(valid_to::text, ''), split_part(path, '/', 2)
                 from admin_unit order by level, code, valid_from" >"$ref/units.tsv"
sql -F $'\t' -c "select p.id, c.code, c.id from program p join program_component c on c.program_id = p.id
                 where p.code = 'GNBV-2021-2025' order by c.code" >"$ref/components.tsv"
sql -F $'\t' -c "select id, code, unit_of_measure from indicator order by code" >"$ref/indicators.tsv"
# pg_stat_activity and the API's RSS every 5 s, for diagnosis (not part of the figures).
( while sleep 5; do
    echo "$(date +%T) api VmRSS $(awk '/VmRSS/ {print $2, $3}' /proc/$api_pid/status 2>/dev/null)"
    sql -F ' | ' -c "select state, wait_event_type, wait_event, left(regexp_replace(query, '\s+', ' ', 'g'), 150)
                     from pg_stat_activity where datname = 'gnbv' and state <> 'idle' and pid <> pg_backend_pid()" \
      2>/dev/null | sed 's/^/    /'
  done ) >"$work/activity.log" 2>&1 &
sampler_pid=$!

token_at=0; token=
refresh_token() { # sets $token; called in this shell (not in $(…)) so the cache lasts; access tokens live 300 s
  if [ $(( $(date +%s) - token_at )) -gt 200 ]; then
    curl -fsS "$KC/protocol/openid-connect/token" -d grant_type=password -d client_id=gnbv-test \
      -d username=admin -d password=gnbv-demo >"$work/token.json"
    token=$(json "$work/token.json" 'd["access_token"]')
    token_at=$(date +%s)
  fi
}

# new_report JSON: creates a report with the body's fields, prints its id (call refresh_token first: a subshell).
new_report() {
  curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -o "$work/new-report.json" \
    -d "$1" "$API/reports"
  json "$work/new-report.json" 'd["id"]'
}
# delete_report ID: the report and its figures, as if never loaded.
delete_report() {
  local etag
  refresh_token
  etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $token" "$API/reports/$1" \
    | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
  curl -fsS -X DELETE -H "Authorization: Bearer $token" -H "If-Match: $etag" -o /dev/null "$API/reports/$1"
}
# province_report N: one province office's own large report, the Nth of the province step.
province_report() {
  new_report "{\"unit\": \"01\", \"number\": \"$1/BC-BENCH-P\", \"issuedOn\": \"2025-06-30\",
               \"title\": \"Benchmark, one province, run $1\", \"kind\": \"ANNUAL_REPORT\"}"
}

# The report every bench figure is stated in (its rows name their unit codes as of their year: unit_as_of).
refresh_token
REPORT=$(new_report '{"unit": "01", "number": "1/BC-BENCH", "issuedOn": "2025-06-30", "title": "Benchmark",
                      "kind": "ANNUAL_REPORT"}')
# One province office's own large report (issue 10's findings budget: +20 % on a province's 100k-row upload).
PROVINCE_ROWS=$(( ROWS < ${PROVINCE_ROWS:-100000} ? ROWS : ${PROVINCE_ROWS:-100000} ))
PREPORT=$(province_report 1)
echo "generating $ROWS funding lines and $ROWS indicator values of report $REPORT, $PROVINCE_ROWS lines of report $PREPORT…"
t=$(now); python3 scripts/bench_gen.py "$ref" "$work" "$ROWS" "$REPORT" "$PROVINCE_ROWS" "$PREPORT"
echo "  generated in $(secs "$t" "$(now)") s"

# Twin tables for the raw COPY: same columns, defaults, checks, indexes (like … including all), storage parameters
# (fillfactor) and foreign keys.
for t in funding_line indicator_value; do
  opts=$(sql -c "select coalesce(' with (' || array_to_string(reloptions, ', ') || ')', '') from pg_class
                 where oid = '$t'::regclass")
  sql -c "drop table if exists bench_$t; create table bench_$t (like $t including all)$opts;"
  sql -c "select format('alter table bench_$t add %s;', pg_get_constraintdef(oid)) from pg_constraint
          where conrelid = '$t'::regclass and contype = 'f'" | sql
done

# Settle before each timed step: writes of the previous step flushed, statistics fresh, autovacuum not started.
settle() {
  sql -c "vacuum (analyze) funding_line, indicator_value, audit_event, funding_line_history, indicator_value_history" \
    -c checkpoint -c "select pg_stat_statements_reset()" >/dev/null
}
# profile KEY: the statements of the step just timed, by total time (diagnosis, not part of the figures).
profile() {
  sql -F ' | ' -c "select round((total_exec_time / 1000)::numeric, 1) || ' s', calls, rows,
                   left(regexp_replace(query, '\s+', ' ', 'g'), 400) from pg_stat_statements
                   order by total_exec_time desc limit 30" >"$work/statements-$1.txt"
}
# findings_secs: seconds the last job spent on its findings after its figures committed (its report's findingsMs,
# two database sessions at once), or, where they ran in the upload's transaction, the engine's statements.
findings_secs() {
  local ms; ms=$(json "$work/job.json" 'd["report"].get("findingsMs")')
  if [ "$ms" != None ]; then python3 -c "import sys; print(f'{int(sys.argv[1]) / 1000:.2f}')" "$ms"; else statement_secs; fi
}
# statement_secs: the findings engine's statements in the step, summed over its sessions (pg_stat_statements).
statement_secs() {
  sql -c "select round((coalesce(sum(total_exec_time), 0) / 1000)::numeric, 2) from pg_stat_statements
          where query ~ 'finding_line|finding_flow_line|finding_value|finding_candidate|insert into finding as f'"
}
# shared_secs: of statement_secs, the statements the national summary's cells need as well (FundingNodeTotals reads the
# provinces' lines and covering pairs the rules read, then writes the cells): with every rule off they would still run.
shared_secs() {
  sql -c "select round((coalesce(sum(total_exec_time), 0) / 1000)::numeric, 2) from pg_stat_statements
          where query ~ '^\s*(create temp table finding_(line|cover)|analyze finding_line|insert into funding_node_total)'"
}
# Bytes of the audit trail: audit_event and every history table, with their indexes and TOAST.
audit_bytes() {
  sql -c "select sum(pg_total_relation_size(oid)) from pg_class where relkind = 'r'
          and (relname = 'audit_event' or relname like '%\\_history')"
}

# upload KEY DATASET FILE QUERY: R[KEY] = seconds from the start of the POST to SUCCEEDED; of which R[KEY.post] until
# the POST was answered (body on the API's disk), R[KEY.stage] until progress showed every row of FILE validated
# (parsed, checked and COPYed into staging), R[KEY.merge] the rest (set-based checks, merge with history, commit).
# Polls every 0.5 s.
declare -A R
upload() {
  local key=$1 dataset=$2 file=$3 query=$4 code state validated t0 t1 t2='' t3 loc last=0 deadline rows
  deadline=$(( $(date +%s) + ${BENCH_TIMEOUT:-7200} ))
  rows=$(( $(wc -l <"$file") - 1 ))
  refresh_token
  t0=$(now)
  # -T streams the file (--data-binary would read it all into memory first); no Expect: 100-continue wait.
  code=$(curl -sS -X POST -T "$file" -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Expect:' \
    -D "$work/post.headers" -o "$work/post.json" -w '%{http_code}' "$API/upload-jobs?dataset=$dataset&$query")
  [ "$code" = 202 ] || { echo "POST $dataset → HTTP $code:" >&2; cat "$work/post.json" >&2; echo >&2; return 1; }
  loc=$(json "$work/post.json" 'd["id"]')
  t1=$(now); R[$key.post]=$(secs "$t0" "$t1")
  echo "  job $loc accepted after ${R[$key.post]} s (body received)"
  while :; do
    refresh_token
    curl -fsS -H "Authorization: Bearer $token" -o "$work/job.json" "$API/upload-jobs/$loc"
    read -r state validated < <(json "$work/job.json" 'd["state"], d["progress"]["rowsValidated"]' | tr -d "(),'")
    [ -z "$t2" ] && [ "$validated" -ge "$rows" ] && t2=$(now)
    case $state in SUCCEEDED|REJECTED|FAILED) break ;; esac
    [ "$(date +%s)" -lt "$deadline" ] || { echo "job $loc still $state after ${BENCH_TIMEOUT:-7200} s" >&2; return 1; }
    if [ $(( $(date +%s) - last )) -ge 15 ]; then
      last=$(date +%s); echo "  $(secs "$t0" "$(now)") s $state $(json "$work/job.json" 'd["progress"]')"
    fi
    sleep 0.5
  done
  t3=$(now); t2=${t2:-$t3}
  R[$key]=$(secs "$t0" "$t3"); R[$key.stage]=$(secs "$t1" "$t2"); R[$key.merge]=$(secs "$t2" "$t3")
  if [ "$state" != SUCCEEDED ]; then
    echo "job $loc ended $state after ${R[$key]} s:" >&2
    json "$work/job.json" 'json.dumps({k: d.get(k) for k in ("failure", "report", "progress")})[:3000]' >&2
    return 1
  fi
  echo "  SUCCEEDED in ${R[$key]} s; report: $(json "$work/job.json" \
    '{k: d["report"][k] for k in ("rowsRead", "inserted", "updated", "unchanged", "deleted", "durationMs")}')"
}

# expect KEY FIELD N: the last job's report says N for FIELD
expect() {
  local n; n=$(json "$work/job.json" "d['report']['$2']")
  [ "$n" = "$3" ] || { echo "$1: expected $3 $2, the report says $n" >&2; return 1; }
}

run_dataset() {
  local dataset=$1 table=$2 cols t n a0 out changed
  cols=$(tr -s " \n" " " <<<"$3")
  # Untimed: a dry run of the file's first 100000 rows, so the API's code is compiled as in a server that has run
  # a while (a dry run parses, validates, stages and checks, then rolls back).
  head -n 100001 "$work/$dataset.csv" >"$work/warmup.csv"
  echo "== $dataset: warm-up (dry run of $(( $(wc -l <"$work/warmup.csv") - 1 )) rows, untimed)"
  upload "$dataset.warmup" "$dataset" "$work/warmup.csv" "report=$REPORT&dryRun=true"
  echo "== $dataset: HTTP upload of $ROWS new keys"
  settle; upload "$dataset.insert" "$dataset" "$work/$dataset.csv" "report=$REPORT"; profile "$dataset.insert"
  R[$dataset.insert.findings]=$(findings_secs)
  expect "$dataset.insert" inserted "$ROWS"

  echo "== $dataset: raw \\copy of the same rows into bench_$table"
  settle; t=$(now)
  sql -c "\\copy bench_$table ($cols) from '$work/$dataset-raw.csv' with (format csv)"
  R[$dataset.copy]=$(secs "$t" "$(now)"); profile "$dataset.copy"
  echo "  $(sql -c "select count(*) from bench_$table") rows in ${R[$dataset.copy]} s"
  # The two tables must hold the same rows (key and figure), else the comparison is meaningless.
  n=$(sql -c "select count(*) from ((select $cols from $table except select $cols from bench_$table)
                union all (select $cols from bench_$table except select $cols from $table)) d")
  [ "$n" = 0 ] || { echo "API table and raw COPY table differ in $n rows" >&2; return 1; }
  echo "  same rows in $table and bench_$table"

  echo "== $dataset: HTTP re-upload of the same $ROWS keys, every figure changed"
  settle; a0=$(audit_bytes)
  upload "$dataset.update" "$dataset" "$work/$dataset-update.csv" "report=$REPORT"
  R[$dataset.update.audit]=$(( $(audit_bytes) - a0 )); profile "$dataset.update"
  R[$dataset.update.findings]=$(findings_secs)
  expect "$dataset.update" updated "$ROWS"

  # bench_gen.py: of every five keys the first is left out, the second and fourth changed.
  out=$(( (ROWS + 4) / 5 )); changed=$(( (ROWS + 3) / 5 + (ROWS + 1) / 5 ))
  echo "== $dataset: the report re-stated, mode=replace: $out keys left out, $changed changed"
  settle; a0=$(audit_bytes)
  upload "$dataset.replace" "$dataset" "$work/$dataset-replace.csv" "report=$REPORT&mode=replace"
  R[$dataset.replace.audit]=$(( $(audit_bytes) - a0 )); profile "$dataset.replace"
  R[$dataset.replace.findings]=$(findings_secs)
  expect "$dataset.replace" deleted "$out"
  expect "$dataset.replace" updated "$changed"
  expect "$dataset.replace" unchanged "$(( ROWS - out - changed ))"
  R[$dataset.replace.changed]=$(( out + changed ))
}

run_dataset funding-lines funding_line \
  "province_id, program_id, component_id, unit_id, fiscal_year, source, capital_type, measure, implementing_body,
   implementing_body_key, origin_year, amount_vnd, reference, note, report_id"
# One province's report of PROVINCE_ROWS new lines beside the nationwide ones: the findings of one province (its
# existing lines and the new ones) against the upload's time. Then the report is deleted (untimed), as if never loaded.
# PROVINCE_RUNS times (default 3), each with a report of its own: one run of a few seconds moves by several points on
# a shared machine, so the table shows the run whose share is the median, and the text every run's.
# province_round KEY N: one upload of the province's file as its Nth report (untimed when KEY is warmup), deleted after.
province_round() {
  [ "$2" -gt 1 ] && { refresh_token; PREPORT=$(province_report "$2"); }
  settle; upload "$1.$2" funding-lines "$work/funding-lines-province.csv" "report=$PREPORT"
  profile "$1.$2"
  R[$1.$2.findings]=$(findings_secs)
  R[$1.$2.statements]=$(statement_secs)
  R[$1.$2.shared]=$(shared_secs)
  expect "$1" inserted "$PROVINCE_ROWS"
  delete_report "$PREPORT"
}
# province_runs KEY FIRST: PROVINCE_RUNS rounds (reports FIRST, FIRST+1, …); R[KEY…] is the run with the median
# share (findings / (upload - findings)) or, for KEY province.off, the median upload time; R[KEY.runs] every run's.
province_runs() {
  local key=$1 run runs=()
  for run in $(seq "$2" $(( $2 + ${PROVINCE_RUNS:-3} - 1 ))); do
    province_round "$key" "$run"
    runs+=("$run:${R[$key.$run.findings]}:${R[$key.$run]}")
  done
  # Also the medians of the runs' findings phases and of their upload times, each over every run.
  read -r median fmed tmed shares < <(python3 -c "import sys
runs = [(r, float(f) / (float(t) - float(f)), float(t), float(f)) for r, f, t in (a.split(':') for a in sys.argv[2:])]
m = sorted(runs, key=lambda x: x[2 if sys.argv[1] == 'province.off' else 1])[len(runs) // 2][0]
med = lambda i: sorted(x[i] for x in runs)[len(runs) // 2]
print(m, f'{med(3):.2f}', f'{med(2):.2f}',
      ', '.join((f'{t:.2f} s' if sys.argv[1] == 'province.off' else f'+{100 * s:.0f} %') for _, s, t, _ in runs))" \
    "$key" "${runs[@]}")
  for k in '' .post .stage .merge .findings .statements .shared; do R[$key$k]=${R[$key.$median$k]}; done
  R[$key.runs]=$shares; R[$key.fmed]=$fmed; R[$key.tmed]=$tmed
}
# Issue 10 asks what the findings add to the upload's time: the same rounds with every rule off (switched in the table,
# behind the API, whose switch recomputes every province each time, and switched back after). The first round with the
# rules off resolves the province's open findings, the first with them on reopens them: both untimed. Off, an upload
# still writes the national summary's kept cells from the lines and covering pairs (FundingChecks).
echo "== funding-lines: one province's report, $PROVINCE_ROWS new lines, ${PROVINCE_RUNS:-3} runs with every rule off"
sql -c "create table bench_rule_switch as select rule, program_id, enabled from finding_rule" \
  -c "update finding_rule set enabled = false" >/dev/null
province_round province.offwarm 1
province_runs province.off 11
sql -c "update finding_rule r set enabled = s.enabled from bench_rule_switch s
        where s.rule = r.rule and s.program_id is not distinct from r.program_id" -c "drop table bench_rule_switch" >/dev/null
echo "== funding-lines: one province's report, $PROVINCE_ROWS new lines, ${PROVINCE_RUNS:-3} runs"
province_round province.onwarm 21
province_runs province 31

run_dataset indicator-values indicator_value \
  "province_id, indicator_id, unit_id, period, period_start, period_end, kind, category, value, note, report_id"

# The reads' data at issue 12's scale: an ACTUAL value of every indicator for every pre-reform commune and year of the
# phase (10,047 x 141 x 5 = 7.1M values), in a report of its own, uploaded as any report is (timed, for the record).
# Beside it, the rows above are too sparse for a national question: the roll-up's indicator and year had 71 values.
# GRID=0 leaves it out (a quick run with a small ROWS).
grid_line="The reads' indicator values: the rows above only (GRID=0)."
if [ "${GRID:-1}" != 0 ]; then
  echo "== indicator-values: the reads' grid, every pre-reform commune x indicator x year"
  GRID_ROWS=$(python3 scripts/bench_gen.py --grid "$ref" "$work")
  refresh_token
  GREPORT=$(new_report '{"unit": "01", "number": "2/BC-BENCH-GRID", "issuedOn": "2025-06-30",
                         "title": "Benchmark, every commune", "kind": "ANNUAL_REPORT"}')
  # With every rule off (switched in the table, as for the province runs above, and back after): its random values
  # contradict each other everywhere, and with the rules on a trial raised 2.3M findings in 766 s (2026-12-06 13:31).
  # The reads do not read findings.
  sql -c "create table bench_rule_switch as select rule, program_id, enabled from finding_rule" \
    -c "update finding_rule set enabled = false" >/dev/null
  settle; upload grid indicator-values "$work/indicator-values-grid.csv" "report=$GREPORT"
  expect grid inserted "$GRID_ROWS"
  sql -c "update finding_rule r set enabled = s.enabled from bench_rule_switch s
          where s.rule = r.rule and s.program_id is not distinct from r.program_id" \
    -c "drop table bench_rule_switch" >/dev/null
  grid_line="The reads' indicator values: besides the rows above, an ACTUAL value of every indicator for every
pre-reform commune and every year 2021-2025 ($GRID_ROWS values, issue 12's national scale), uploaded as one report of
its own with every rule off (random values: with the rules on, a trial raised 2.3M findings in 766 s) in ${R[grid]} s
($(rate "$GRID_ROWS" "${R[grid]}") rows/s, the phase after the commit $(findings_secs) s), before the reads;
indicator_value then held
$(sql -c "select count(*) from indicator_value") values."
fi

# Reads at national scale over the figures just loaded (issue 12): HTTP beside the live GROUP BY.
refresh_token
echo "national reads, ${READ_SECONDS:-10} s each…"
# A failed reads step is written down as such: the upload figures above are still a run's result.
if ! reads=$(python3 scripts/bench_reads.py "$API" "$KC" "$PG_PORT" "${READ_SECONDS:-10}" 2>"$work/reads.err"); then
  reads="**The reads step failed** (scripts/bench_reads.py): $(tail -1 "$work/reads.err")"
  echo "reads step failed: $(tail -3 "$work/reads.err")" >&2
fi

# Reading a report (issue 14: "a 70 KB report is read in under 2 s"): seed 002, the largest seed, attached to a report
# of its district and read over HTTP READ_RUNS times (POST …/reading: the file read, every figure proposed and stored,
# the previous reading's proposals replaced); the first run is cold (the reader's code not yet compiled).
refresh_token
seed=data/seeds/002_e78e7f344878a655.txt
RREPORT=$(new_report '{"unit": "109", "program": "GNBV-2021-2025", "number": "3/BC-BENCH", "issuedOn": "2024-08-01",
                       "title": "Benchmark, reading", "period": "2021/2024", "kind": "MID_TERM_REVIEW"}')
curl -fsS -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: text/plain; charset=utf-8' \
  --data-binary "@$seed" -o /dev/null "$API/reports/$RREPORT/file"
read_times=()
for _ in $(seq 1 "${READ_RUNS:-5}"); do
  read_times+=("$(curl -fsS -X POST -H "Authorization: Bearer $token" -o "$work/reading.json" -w '%{time_total}' \
    "$API/reports/$RREPORT/reading")")
done
reading=$(python3 -c "import statistics, sys
t = [float(x) for x in sys.argv[3:]]; rest = t[1:] or t
print(f'| {int(sys.argv[1]) / 1000:.1f} KB | {sys.argv[2]} | {t[0]:.2f} | {statistics.median(rest):.2f} | {max(rest):.2f} |')" \
  "$(stat -c %s "$seed")" "$(json "$work/reading.json" 'd["proposed"]')" "${read_times[@]}")
echo "reading seed 002: ${read_times[*]} s"

hwm=$(awk '/VmHWM/ {print $2}' /proc/$api_pid/status)
hwm_mb=$(( hwm / 1024 ))

# ---- report
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
ram=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
pgver=$(sql -c "show server_version")
pgset=$(sql -c "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', 'max_wal_size',
  'checkpoint_timeout', 'work_mem', 'maintenance_work_mem', 'shared_preload_libraries')")
load1=$(cut -d' ' -f1-3 /proc/loadavg)
wrap() { python3 -c "import sys, textwrap; print(textwrap.fill(' '.join(sys.argv[1].split()), 118,
  subsequent_indent='  ', break_long_words=False, break_on_hyphens=False))" "$1"; }
ratio() { python3 -c "import sys; print(f'{int(sys.argv[1]) / int(sys.argv[2]):.2f}')" "$@"; }
# share F T: findings seconds F as a share of what the upload took without them (T - F)
share() { python3 -c "import sys; f, t = map(float, sys.argv[1:]); print(f'+{100 * f / (t - f):.0f} %')" "$@"; }
line() { # dataset run(insert|update|replace)
  local k=$1.$2 r c w; r=$(rate "$ROWS" "${R[$k]}"); c=$(rate "$ROWS" "${R[$1.copy]}")
  # The figures committed: the upload less its findings phase after the commit (issue 10's own budget).
  w=$(rate "$ROWS" "$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" \
    "${R[$k]}" "${R[$k.findings]}")")
  printf '| %s | %s | %s | %s / %s / %s | %s | %s | %s | %s | %s | %s (%s) |\n' "$1" "$2" "${R[$k]}" "${R[$k.post]}" \
    "${R[$k.stage]}" "${R[$k.merge]}" "$r" "${R[$1.copy]}" "$c" "$(ratio "$r" "$c")" "$(ratio "$w" "$c")" \
    "${R[$k.findings]}" "$(share "${R[$k.findings]}" "${R[$k]}")"
}
province_line() { # key label
  printf '| funding-lines | one province, %s rows%s | %s | %s / %s / %s | %s | | | | | %s (%s) |\n' "$PROVINCE_ROWS" "${2:-}" \
    "${R[$1]}" "${R[$1.post]}" "${R[$1.stage]}" "${R[$1.merge]}" \
    "$(rate "$PROVINCE_ROWS" "${R[$1]}")" "${R[$1.findings]}" \
    "$(share "${R[$1.findings]}" "${R[$1]}")"
}
# added FON FOFF TOFF: what the rules add to the upload's time: the findings phase with them on (FON) less the phase
# with them off (FOFF), over the upload with them off (TOFF); medians. The two uploads differ only in that phase, and
# their whole times move by more than the rules' cost from run to run (receive, stage and merge, polled every 0.5 s).
added() { python3 -c "import sys; on, off, t = map(float, sys.argv[1:]); print(f'+{100 * (on - off) / t:.1f} %')" "$@"; }
growth() { # dataset
  python3 -c "import sys; r, u, x, c = map(int, sys.argv[2:])
print(f'| {sys.argv[1]} | {u / r:.1f} | {x / c:.1f} |')" \
    "$1" "$ROWS" "${R[$1.update.audit]}" "${R[$1.replace.audit]}" "${R[$1.replace.changed]}"
}
report=$(cat <<EOF

## $(date '+%Y-%m-%d %H:%M %Z') — $ROWS rows per dataset

$(wrap "- Machine: $cpu, $(nproc) cores, $ram RAM; $(uname -sr); load average before the run $load0, after $load1
  (the cores may be shared with other work).")
$(wrap "- PostgreSQL $pgver, fresh cluster from scripts/pg.sh, PG_FSYNC=$PG_FSYNC: $pgset.")
$(wrap "- API: \`java $JVM_OPTS -jar $JAR\` ($(java -version 2>&1 | head -1)); peak RSS (VmHWM) $hwm_mb MiB.")
- HTTP = \`POST /api/v1/upload-jobs?dataset={dataset}&report={id}\` (CSV, curl, admin token) until the job is
  SUCCEEDED, measured from the start of the POST. Raw COPY = \`psql \\copy\` of the same rows, ids already resolved,
  into an empty \`like … including all\` twin with the same foreign keys and fillfactor. VACUUM ANALYZE +
  CHECKPOINT before each timed step; before the first, an untimed dry run of 100000 rows per dataset (compiled code,
  as in a running server).

| dataset | run | HTTP s | receive / stage / merge s | HTTP rows/s | raw COPY s | raw COPY rows/s | HTTP / COPY | committed / COPY | findings s (added) |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
$(line funding-lines insert)
$(line funding-lines update)
$(line funding-lines replace)
$(province_line province)
$(province_line province.off ", every rule off")
$(line indicator-values insert)
$(line indicator-values update)
$(line indicator-values replace)

$(wrap "One province, what the rules add to the upload's time (issue 10: at most +20 %):
**$(added "${R[province.fmed]}" "${R[province.off.fmed]}" "${R[province.off.tmed]}")**, the phase after the figures
commit taking ${R[province.fmed]} s with every rule on and ${R[province.off.fmed]} s with every rule off (medians of
${PROVINCE_RUNS:-3} runs each), against the upload's ${R[province.off.tmed]} s with them off (whole uploads, medians:
on ${R[province.tmed]} s, off ${R[province.off.tmed]} s; off runs ${R[province.off.runs]}). Off, that phase builds the
lines and covering pairs and writes the national summary's kept cells from them (FundingNodeTotals), which every
upload needs whatever the rules. The table's findings column is the whole phase, whose share of the rest of the
upload was ${R[province.runs]} over the runs with the rules on; in it the engine's statements took
${R[province.statements]} s on its two sessions together, of which ${R[province.shared]} s also run with every rule off.")

HTTP s = receive (POST until 202, body on the API's disk) + stage (the wait for a worker, then until every row was
parsed, validated and COPYed into staging, per the job's progress) + merge (key checks, deletions, the merge with
the history of what it replaced or deleted, commit), each ±0.5 s (polling); the insert and the one-province runs are
their report's first load, which COPYs its rows straight into the table as it parses them (DirectInsert), so their
stage is the write and their merge the province locks, the ranking check and the commit. All rows are stated in one report. insert:
ROWS new keys; update: the same keys, every figure changed; replace: the report re-uploaded with mode=replace, a fifth
of its keys left out (deleted), two fifths changed, two fifths as they were; its rows/s count the report's ROWS
figures (kept, changed or deleted). Updates and replaces are compared with the raw COPY of new rows (COPY cannot
update). findings s: the findings' time after the figures committed, within HTTP s (the job's report, findingsMs:
the job is SUCCEEDED once they are written), and what that adds to the upload's time without them (issue 10: at
most +20 % for one province's 100k rows). committed / COPY: the same ratio with the upload's time until its figures
committed (HTTP s less findings s, ±0.5 s), the write that issue 9's targets were set for before there were findings
(≥ 0.8× for inserts, ≥ 0.6× for updates and replaces), the findings being issue 10's own budget on top; the
nationwide rows cover every province, each recomputed once. one province: a second report of PROVINCE_ROWS new lines
in the province with the most units, uploaded after the nationwide replace (beside its remaining lines), ${PROVINCE_RUNS:-3} times,
each report deleted after its run; the row is the run with the median share.

$(wrap "$grid_line")

National reads over the figures above (scripts/bench_reads.py): HTTP = wrk, 8 connections for ${READ_SECONDS:-10} s
each after at least four warm-up runs (until the JIT settled: fewer than 100 methods compiled in a run, by jstat; and the rate stopped rising), keep-alive, gzip asked, the per-client quota lifted; SQL = pgbench (prepared, 8 clients, same time) running the plain GROUP BY over the same figures (which
knows nothing of stated totals beside their parts or of the reform: the API's answer does more). first ms = the first
request after the uploads (the answer computed; every later one is memoised until a figure changes).

$reads

Pulls: wrk, 8 connections (and 32 for p99). First reads: each request a page of 1,000 at a random position (a cursor
made from a random id, as pgbench's keyset query takes one; 200,000 of them, wrk's threads seeded apart, so few
repeat and each page is computed from the database; the warm-up runs use 20,000 others), of \`GET /funding-lines\`, of one province's lines (\`unitId=\`, the pre-reform province with the
most lines), of \`GET /indicator-values\` and of one indicator's values in that province. Read again: a random one of
the first 200 pages of \`GET /funding-lines?limit=1000\` (cursors collected by walking the pull once), which the API
serves from memory until a figure changes (\`common/PageMemo\`). By id: \`GET /funding-lines/{id}\` of a random existing
id. JSON, gzip asked; each measured after at least four unmeasured runs of the same load, until the JIT settled (fewer than 100 methods compiled during a run, by \`jstat -compiler\`) and the rate stopped rising (as in a server that has run a while; first reads warm up on other positions; \`.data/bench/reads.err\` lists each warm-up); SQL = pgbench running
the same keyset page / point lookup with the codes joined in. Each pull is measured in ${READ_PAIRS:-3} pairs, an API run
followed by a pgbench run (the machine is shared and its load drifts between runs): the table shows the median pair
and, in brackets, every pair's ratio
(issue 12: pages ≥ 0.7×, by id ≥ 0.35× of pgbench; filtered pulls within 2× of unfiltered pages, compared by pages
per second, rows per second beside). The nightly mirror: every funding line in pages of 10,000 (the maximum), JSON without and with gzip,
then a day's changes and the pull \`since=\` the first pull's Sync-Token; the changed lines are re-uploaded from
their own pulled CSV (\`Accept: text/csv\`, the upload's columns), which checks the round trip at scale.

Reading a report (issue 14: a 70 KB report in under 2 s): \`POST /api/v1/reports/{id}/reading\` of seed 002 (UTF-8
text) as a report of Phong Thổ, ${READ_RUNS:-5} runs in a row (curl's time_total: the file read, every figure proposed,
the proposals stored, the previous ones replaced); the first run is cold, median and max are of the others.

| report | proposals | first s | median s | max s |
|---|---:|---:|---:|---:|
$reading

Audit growth (audit_event and the history tables, pg_total_relation_size, before and after the step):

| dataset | update: MB per 1M updated rows | replace: MB per 1M changed or deleted rows |
|---|---:|---:|
$(growth funding-lines)
$(growth indicator-values)
EOF
)
echo "$report"
# shellcheck disable=SC2016 # the backticks are Markdown, not a command substitution
[ -f "$DOC" ] || printf '# Benchmarks\n\nAppended by `make bench` (scripts/bench.sh); newest last.\n' >"$DOC"
echo "$report" >>"$DOC"
echo "appended to $DOC"
