#!/usr/bin/env python3
"""Reads at national scale, over HTTP and live in SQL, side by side (make bench; issue 12).

scripts/bench_reads.py API_BASE REALM_URL PG_PORT SECONDS > markdown tables

Tokens come from REALM_URL (the password grant of the test-only client gnbv-test, as admin), fetched again before
they expire: the whole step takes longer than one access token lives (300 s).

HTTP load comes from wrk (C, keep-alive, gzip asked), SQL load from pgbench (prepared), each with 8 connections for
SECONDS, so neither side is measured through a slow client. Per read: the first request after the uploads (the
answer computed; national roll-ups and summaries are memoised afterwards until a figure changes), then p50 / p95 and
throughput under load; pulls also p99 at 32 connections.
"""
import base64
import csv
import gzip as gzip_module
import http.client
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from decimal import Decimal

API, REALM, PG_PORT, SECONDS = sys.argv[1], sys.argv[2], sys.argv[3], int(float(sys.argv[4]))
CLIENTS = 8
# Measured runs per pull, each API run beside a pgbench run (READ_PAIRS in make bench): the median pair is reported.
PAIRS = int(os.environ.get('READ_PAIRS', '3'))
PSQL = ['psql', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', 'gnbv', '-AtX', '-v', 'ON_ERROR_STOP=1']
U = urllib.parse.urlsplit(API)


_token = [None, 0.0]


def token():
  """An admin access token, fetched again after 200 s (tokens live 300 s)."""
  if time.time() - _token[1] > 200:
    form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'gnbv-test', 'username': 'admin',
                                   'password': 'gnbv-demo'}).encode()
    with urllib.request.urlopen(REALM + '/protocol/openid-connect/token', form, timeout=60) as r:
      _token[0], _token[1] = json.load(r)['access_token'], time.time()
  return _token[0]


def sql(query):
  return subprocess.run(PSQL + ['-c', query], check=True, capture_output=True, text=True).stdout.strip()


def get(path):
  """One request, timed: (ms, parsed JSON body)."""
  c = http.client.HTTPConnection(U.hostname, U.port, timeout=600)
  t = time.perf_counter()
  c.request('GET', U.path + path, headers={'Authorization': f'Bearer {token()}'})
  r = c.getresponse()
  body = r.read()
  ms = (time.perf_counter() - t) * 1000
  if r.status != 200:
    raise SystemExit(f'{path}: HTTP {r.status} {body[:300]!r}')
  return ms, json.loads(body)


def request(method, path, body=None, headers=None):
  """One request, raw: (status, headers, wire bytes, ms). Bytes are as sent (gzip stays gzip)."""
  c = http.client.HTTPConnection(U.hostname, U.port, timeout=600)
  t = time.perf_counter()
  c.request(method, U.path + path, body=body, headers={'Authorization': f'Bearer {token()}', **(headers or {})})
  r = c.getresponse()
  data = r.read()
  ms = (time.perf_counter() - t) * 1000
  c.close()
  return r.status, {k.lower(): v for k, v in r.getheaders()}, data, ms


def wrk(paths, connections=CLIENTS, accept=None):
  """wrk over these paths (one at random per request): (p50 ms, p95 ms, p99 ms, requests/s)."""
  with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'reads.lua')
    with open(script, 'w') as f:
      f.write('paths = {' + ','.join(json.dumps(U.path + p) for p in paths) + '}\n')
      f.write(f'wrk.headers["Authorization"] = "Bearer {token()}"\nwrk.headers["Accept-Encoding"] = "gzip"\n')
      if accept:
        f.write(f'wrk.headers["Accept"] = "{accept}"\n')
      # Each thread seeded apart: LuaJIT's math.random starts from one fixed seed, so unseeded every run and both
      # threads asked the same paths in the same order, and pages served moments before came from the memo (a fresh
      # API "climbed" from 245 to 1,190 pages/s over five runs of the same paths; seeded, 216 to 329).
      f.write('local n = 0\nsetup = function(t) n = n + 1; t:set("seed", n) end\n')
      # Requests made once per thread when they fit in memory (a bearer token is ~1 KB): formatting each in Lua
      # cost wrk as much CPU per GET by id as pgbench spends per lookup, on the same two cores (by hand: wrk's user
      # CPU halved, 10,600-10,700 -> 11,200-11,400 GETs/s). The pages' 200,000 random positions stay formatted per
      # request (a page's cost dwarfs it).
      f.write(f'local ready = {{}}\nlocal keep = {"true" if len(paths) <= 20000 else "false"}\n'
              'init = function(args)\n  math.randomseed(os.time() * 100 + seed)\n'
              '  if keep then for i, p in ipairs(paths) do ready[i] = wrk.format("GET", p) end end\nend\n')
      f.write('request = function()\n  local i = math.random(#paths)\n'
              '  return keep and ready[i] or wrk.format("GET", paths[i])\nend\n')
      f.write('done = function(s, lat, req)\n'
              '  io.write(string.format("RESULT %f %f %f %d %d %d\\n", lat:percentile(50) / 1000,'
              ' lat:percentile(95) / 1000, lat:percentile(99) / 1000, s.requests, s.duration,'
              ' s.errors.status + s.errors.connect + s.errors.read + s.errors.timeout))\nend\n')
    out = subprocess.run(['wrk', '-t', '2', '-c', str(connections), '-d', f'{SECONDS}s', '--timeout', '60s', '-s',
                          script, f'{U.scheme}://{U.netloc}/'], check=True, capture_output=True, text=True).stdout
  p50, p95, p99, n, micros, errors = next(line for line in out.splitlines() if line.startswith('RESULT')).split()[1:]
  if int(errors):
    raise SystemExit(f'wrk: {errors} failed requests on {paths[0]}…\n{out}')
  return float(p50), float(p95), float(p99), int(n) / (int(micros) / 1e6)


def api_pid():
  """The API's process (the one listening on the API's port), whose JIT warm() watches; None when ss does not tell."""
  out = subprocess.run(['ss', '-Hltnp', f'sport = :{U.port or 80}'], capture_output=True, text=True).stdout
  m = re.search(r'pid=(\d+)', out)
  return m.group(1) if m else None


def compiled(pid):
  """Methods the API's JIT has compiled so far (jstat -compiler's first column); None when jstat cannot tell."""
  if pid is None:
    return None
  try:
    out = subprocess.run(['jstat', '-compiler', pid], capture_output=True, text=True, timeout=30).stdout.split('\n')
    return int(out[1].split()[0])
  except (OSError, subprocess.SubprocessError, IndexError, ValueError):
    return None


API_PID = api_pid()
SETTLED = 100  # methods compiled during one warm-up run, below which the JIT counts as settled


def warm(paths, accept=None):
  """Unmeasured runs of the load until the JIT has settled: at least 4, and until the run's rate rose under 5 % above
  the best before it and the JIT compiled fewer than SETTLED methods during it (at most 15 runs). On a fresh API the
  JIT compiled 7,043, 4,002, 1,210, 536, 591, 1,004, 229, 60, 47 methods in nine 10 s runs of the funding pages, whose
  rate rose 148, 230, 257, 252, 299, 286, 339, 370, 382 and on to ~420: the rate alone stopped the warm-up at the fourth
  run (257, 252), and the first pull's pairs were measured with the JIT still compiling (0.58, 0.58, 0.74 at 20:59).
  (The climb once seen over five runs, 178 to 1,070 pages/s, was mostly the memo serving paths asked again in wrk's
  unseeded order, see wrk(); seeded, a fresh API rose from 216 to 329.)"""
  best, before, trail = 0.0, compiled(API_PID), []
  for i in range(15):
    rps = wrk(paths, accept=accept)[3]
    now = compiled(API_PID)
    fresh = None if now is None or before is None else now - before
    trail.append(f'{rps:.0f}/s' + ('' if fresh is None else f' ({fresh} compiled)'))
    if i >= 3 and rps < best * 1.05 and (fresh is None or fresh < SETTLED):
      break
    best, before = max(best, rps), now
  print(f'warm-up {paths[0]}…: ' + ', '.join(trail), file=sys.stderr)


def pgbench(query):
  """pgbench, CLIENTS clients for SECONDS, prepared: (p50 ms, p95 ms, transactions/s)."""
  with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'q.sql')
    with open(script, 'w') as f:
      f.write(query + ';\n')
    subprocess.run(['pgbench', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-n', '-M', 'prepared',
                    '-c', str(CLIENTS), '-j', '2', '-T', str(SECONDS), '-f', script, '-l',
                    '--log-prefix', os.path.join(d, 'log'), 'gnbv'], check=True, capture_output=True, cwd=d)
    lat = []
    for name in os.listdir(d):
      if name.startswith('log'):
        with open(os.path.join(d, name)) as f:
          lat += [int(line.split()[2]) / 1000 for line in f if line.strip()]
  lat.sort()
  return lat[len(lat) // 2], lat[min(len(lat) - 1, int(0.95 * len(lat)))], len(lat) / SECONDS


# The SUM indicator and year with the most ACTUAL values: the roll-up's typical national question.
ind, period, ind_id = sql("""select i.code, v.period, i.id from indicator_value v join indicator i on i.id = v.indicator_id
  where i.aggregation = 'SUM' and v.kind = 'ACTUAL' and v.category is null and v.period ~ '^[0-9]{4}$' and v.current
  group by 1, 2, 3 order by count(*) desc, 1, 2 limit 1""").split('|')
program, program_id = sql("select code, id from program where code = 'GNBV-2021-2025'").split('|')
print(json.dumps({'indicator': ind, 'period': period}), file=sys.stderr)

print('| read | HTTP first ms | HTTP p50 / p95 ms | HTTP req/s | SQL p50 / p95 ms | SQL tx/s | HTTP p95 / SQL p50 |')
print('|---|---:|---:|---:|---:|---:|---:|')
for what, path, query in (
    (f'national roll-up, {ind} {period} (provinces)', f'/indicator-rollups/children?indicator={ind}&unit=VN'
     f'&period={period}', f"""select split_part(u.path, '/', 2) as province, sum(v.value)
       from indicator_value v join admin_unit u on u.id = v.unit_id where v.indicator_id = {ind_id}
       and v.period = '{period}' and v.kind = 'ACTUAL' and v.category is null and v.current group by 1"""),
    (f'national funding summary, {program}', f'/funding-summary?program={program}&unit=VN',
     f"""select component_id, fiscal_year, measure, sum(amount_vnd) from funding_line
       where program_id = {program_id} and current group by 1, 2, 3""")):
  try:
    first, _ = get(path)
  except (Exception, SystemExit) as e:  # e.g. a first answer longer than the API's idle timeout: say so, go on
    print(f'| {what} | failed: {type(e).__name__} {str(e)[:120]} | | | | | |')
    continue
  warm([path])
  h50, h95, _, rps = wrk([path])
  s50, s95, tps = pgbench(query)
  print(f'| {what} | {first:.0f} | {h50:.1f} / {h95:.1f} | {rps:.0f} | {s50:.1f} / {s95:.1f} | {tps:.0f} '
        f'| {h95 / s50:.2f} |')

# Pulls: random pages of 1,000 funding lines / indicator values (their cursors collected by walking the pull once) and
# random lines by id, against pgbench running the same keyset page / point lookup with the codes joined in; each
# after unmeasured runs of the same load (warm). Filtered pulls (issue 12: within 2x of unfiltered pages): every page of
# one province's funding lines, and one indicator's values in one province, compared by rows per second.
def cursors(path, most=200):
  out, page = [''], get(path)[1]
  rows = len(page['items'])
  while page.get('next') and len(out) < most:
    out.append('&cursor=' + urllib.parse.quote(page['next']))
    page = get(path + out[-1])[1]
    rows += len(page['items'])
  return [path + c for c in out], rows


LINE = """select f.*, p.code, c.code, u.code from funding_line f join program p on p.id = f.program_id
  join program_component c on c.id = f.component_id join admin_unit u on u.id = f.unit_id"""
VALUE = """select v.*, i.code, u.code from indicator_value v join indicator i on i.id = v.indicator_id
  join admin_unit u on u.id = v.unit_id"""
lo, hi = map(int, sql('select min(id), max(id) from funding_line').split('|'))
vlo, vhi = map(int, sql('select min(id), max(id) from indicator_value').split('|'))
ids = sql('select id from funding_line order by random() limit 2000').split()
# The pre-reform province with the most current lines, and in it the indicator with the most current values.
prov_id = sql("""select split_part(u.path, '/', 2) from funding_line f join admin_unit u on u.id = f.unit_id
  where f.current group by 1 order by count(*) desc limit 1""")
prov_path = f'/{prov_id}/'
f_ind = sql(f"""select i.code from indicator_value v join indicator i on i.id = v.indicator_id join admin_unit u
  on u.id = v.unit_id where u.path like '{prov_path}%' and v.current group by 1 order by count(*) desc, 1
  limit 1""")
all_lines, _ = cursors('/funding-lines?limit=1000')


# The API keeps pages it has served in memory until a figure changes (common/PageMemo): the first 200 pages asked
# again and again measure that; pages at random positions (a cursor made from a random id, as pgbench's keyset query
# takes one) measure pages computed from the database, filtered ones included: 200,000 of them for the measured runs,
# so a page is rarely asked twice (the memo holds a few thousand), and another 20,000 to warm up on (warming up on the
# measured ones, 20,000 then, had most small filtered pages served from memory: 5.06x at 04:07).
def at_random(path, low, high, n=200000):
  ids = sql(f'select (random() * ({high} - {low}))::bigint + {low} from generate_series(1, {n})').split()
  return [path + '&cursor=' + base64.urlsafe_b64encode(f'v1\x1f{i}'.encode()).decode().rstrip('=') for i in ids]


def mean_rows(paths, n=20):
  """Rows per page, from a sample (a filtered page near the end of its rows holds fewer)."""
  return sum(len(get(p)[1]['items']) for p in paths[-n:]) / n


PULLS = {  # a first read's path without its cursor, and its id range
  'lines': ('/funding-lines?limit=1000', lo, hi),
  'values': ('/indicator-values?limit=1000', vlo, vhi),
  'province lines': (f'/funding-lines?limit=1000&unitId={prov_id}', lo, hi),
  'province values': (f'/indicator-values?limit=1000&unitId={prov_id}&indicator={f_ind}', vlo, vhi)}
measured = {k: at_random(*v) for k, v in PULLS.items()}
warmups = {k: at_random(*v, n=20000) for k, v in PULLS.items()}
print()
print('| pull | rows per request | HTTP p50 / p95 ms | HTTP req/s | HTTP rows/s | HTTP p99 ms at 32 connections '
      '| SQL p50 / p95 ms | SQL tx/s | HTTP req/s / SQL tx/s: median pair (each pair) |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
rates, pages = {}, {}
CSV_PAGE = 'page of 1,000 funding lines as CSV (text/csv), first read'
page_sql = f'\\set id random({lo}, {hi})\n{LINE} where f.current and f.id > :id order by f.id limit 1000'
for what, paths, warmup, rows, query in (
    ('page of 1,000 funding lines, first read (random positions)', measured['lines'], warmups['lines'], 1000,
     page_sql),
    ('page of 1,000 funding lines, read again (the first 200 pages)', all_lines, None, 1000, page_sql),
    (f'one province\'s funding lines (unitId {prov_id}), first read', measured['province lines'],
     warmups['province lines'], mean_rows(measured['province lines']), None),
    ('page of 1,000 indicator values, first read', measured['values'], warmups['values'], 1000,
     f'\\set id random({vlo}, {vhi})\n{VALUE} where v.current and v.id > :id order by v.id limit 1000'),
    (f'one indicator ({f_ind}) in that province, first read', measured['province values'],
     warmups['province values'], mean_rows(measured['province values']), None),
    ('one funding line by id', [f'/funding-lines/{i}' for i in ids], None, 1,
     f'\\set id random({lo}, {hi})\n{LINE} where f.id = :id'),
    # The same pages as the upload's CSV (what a mirror that re-uploads elsewhere pulls), against the same query.
    (CSV_PAGE, measured['lines'], warmups['lines'], 1000, page_sql)):
  # Unmeasured: the JIT compiles the path first (a cold by-id run measured 2-4x slower than a warm one); pages at
  # random positions warm up on other positions than the ones measured.
  accept = 'text/csv' if what == CSV_PAGE else None
  warm(warmup or paths, accept)
  # PAIRS runs of the API, each followed by pgbench's: the machine is shared and its load drifts within seconds, so
  # each ratio is taken between neighbours and the median pair is shown, with the other pairs' ratios.
  runs = []
  for _ in range(PAIRS):
    h = wrk(paths, accept=accept)
    s = pgbench(query) if query else None
    runs.append((h[3] / s[2] if query else h[3], h, s))
  runs.sort(key=lambda r: r[0])
  _, (h50, h95, _, rps), s = runs[len(runs) // 2]
  p99 = wrk(paths, 32, accept)[2]
  rates[what], pages[what] = rps * rows, rps
  sq = '| | |'
  if query:
    s50, s95, tps = s
    each = ', '.join(f'{r[0]:.2f}' for r in runs)
    sq = f'| {s50:.1f} / {s95:.1f} | {tps:.0f} | **{rps / tps:.2f}** ({each}) |'
  print(f'| {what} | {rows:.0f} | {h50:.1f} / {h95:.1f} | {rps:.0f} | {rps * rows:.0f} | {p99:.1f} {sq}')
keys = list(rates)
print()
print(f'Filtered pulls, pages per second against unfiltered pages of 1,000 of the same table, first reads (issue 12: '
      f'within 2x, i.e. ≥ 0.5): one province\'s funding lines **{pages[keys[2]] / pages[keys[0]]:.2f}** (rows per '
      f'second {rates[keys[2]] / rates[keys[0]]:.2f}), one indicator in one province '
      f'**{pages[keys[4]] / pages[keys[3]]:.2f}** (rows per second {rates[keys[4]] / rates[keys[3]]:.2f}).')

# A nightly mirror: every funding line pulled in pages of 10,000, as JSON without and with gzip (bytes on the wire),
# then a day's changes (10,000 lines re-uploaded with new amounts from their own pulled CSV, 10 lines deleted) and
# the pull of what changed since the first pull's Sync-Token.
def pull(path, gzip):
  """Every page of a pull: (wire bytes, rows, tombstones, seconds, Sync-Token of the first page)."""
  total = rows = gone = 0
  token, cursor, t = None, '', time.perf_counter()
  while True:
    status, h, data, _ = request('GET', path + cursor, headers={'Accept-Encoding': 'gzip'} if gzip else {})
    if status != 200:
      raise SystemExit(f'{path}: HTTP {status} {data[:300]!r}')
    total += len(data)
    page = json.loads(gzip_module.decompress(data) if h.get('content-encoding') == 'gzip' else data)
    rows += len(page['items'])
    gone += len(page.get('deleted') or [])
    token = token or h.get('sync-token')
    if not page.get('next'):
      return total, rows, gone, time.perf_counter() - t, token
    cursor = '&cursor=' + urllib.parse.quote(page['next'])


zipped = pull('/funding-lines?limit=10000', True)  # first: every page computed (and kept by the API)
plain = pull('/funding-lines?limit=10000', False)  # the same pages again, from the API's memory
status, _, csv_page, _ = request('GET', '/funding-lines?limit=10000', headers={'Accept': 'text/csv'})
reader = csv.DictReader(io.StringIO(csv_page.decode('utf-8')))
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator='\n')
writer.writeheader()
for row in reader:
  row['amount_vnd'] = str(int(row['amount_vnd']) + 1000)
  writer.writerow(row)
status, _, report, upload_ms = request('POST', '/uploads/funding-lines', out.getvalue().encode('utf-8'),
                                       {'Content-Type': 'text/csv'})
if status != 200:
  raise SystemExit(f're-upload of a pulled CSV page: HTTP {status} {report[:300]!r}')
updated = json.loads(report).get('updated')
doomed = sql('select id, version from funding_line where current order by id desc limit 10').split()
for row in doomed:
  i, version = row.split('|')
  status, _, data, _ = request('DELETE', f'/funding-lines/{i}', headers={'If-Match': f'"{version}"'})
  if status != 204:
    raise SystemExit(f'DELETE /funding-lines/{i}: HTTP {status} {data[:300]!r}')
delta = pull('/funding-lines?limit=10000&since=' + urllib.parse.quote(zipped[4]), True)

# Freshness: a read memoised by the API looks at the change logs before it answers, so a write is in every answer
# that starts after its commit; what it costs is the first answer after the write, computed again. Measured for the
# national funding summary after the re-upload above, and for the national roll-up after one of its values is
# re-uploaded (value + 1, from its own pulled CSV), checked in the answer.
summary_path = f'/funding-summary?program={program}&unit=VN'
fresh_summary_ms, _ = get(summary_path)
rollup_path = f'/indicator-rollups/children?indicator={ind}&unit=VN&period={period}'
before = get(rollup_path)[1]['target']['value']
status, _, one, _ = request('GET', f'/indicator-values?limit=1&indicator={ind}&period={period}&kind=ACTUAL',
                            headers={'Accept': 'text/csv'})
rows = list(csv.DictReader(io.StringIO(one.decode('utf-8'))))
rows[0]['value'] = str(int(rows[0]['value']) + 1)
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator='\n')
writer.writeheader()
writer.writerow(rows[0])
status, _, report, _ = request('POST', '/uploads/indicator-values', out.getvalue().encode('utf-8'),
                               {'Content-Type': 'text/csv'})
if status != 200:
  raise SystemExit(f're-upload of one value: HTTP {status} {report[:300]!r}')
fresh_rollup_ms, after = get(rollup_path)
if Decimal(after['target']['value']) != Decimal(before) + 1:
  raise SystemExit(f'the roll-up did not follow the write: {before} then {after["target"]["value"]}')
MB = 1e6
print()
print('| nightly mirror of every funding line (pages of 10,000) | rows | tombstones | bytes on the wire | s |')
print('|---|---:|---:|---:|---:|')
print(f'| full pull, JSON gzip (every page read from the database) | {zipped[1]} | | {zipped[0] / MB:.1f} MB '
      f'| {zipped[3]:.1f} |')
print(f'| full pull again, JSON without gzip (the same pages, kept by the API) | {plain[1]} | | {plain[0] / MB:.1f} MB '
      f'| {plain[3]:.1f} |')
print(f'| changed since the full pull ({updated} lines re-uploaded from their pulled CSV with new amounts in '
      f'{upload_ms / 1000:.1f} s, 10 deleted), gzip | {delta[1]} | {delta[2]} | {delta[0] / 1000:.1f} kB '
      f'| {delta[3]:.1f} |')
print()
print(f'Freshness: a write through the answering API instance is in every answer that starts after its commit (the '
      f'memo looks at the change logs again whenever one of its connections went back to the pool; another instance\'s '
      f'write within 20 ms). '
      f'The first answer after it is computed again: the national funding summary after the re-upload above '
      f'**{fresh_summary_ms:.0f} ms**, the national roll-up after one of its values changed **{fresh_rollup_ms:.0f} ms** '
      f'(the new total checked in the answer).')
