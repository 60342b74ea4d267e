#!/usr/bin/env python3
"""Reads at national scale, over HTTP and live in SQL, side by side (make bench; issue 12).

scripts/bench_reads.py API_BASE TOKEN PG_PORT SECONDS > markdown tables

HTTP load comes from wrk (C, keep-alive, gzip asked), SQL load from pgbench (prepared), each with 8 connections for
SECONDS, so neither side is measured through a slow client. Per read: the first request after the uploads (the
answer computed; national roll-ups and summaries are memoised afterwards until a figure changes), then p50 / p95 and
throughput under load; pulls also p99 at 32 connections.
"""
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

API, TOKEN, PG_PORT, SECONDS = sys.argv[1], sys.argv[2], sys.argv[3], int(float(sys.argv[4]))
CLIENTS = 8
PSQL = ['psql', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', 'gnbv', '-AtX', '-v', 'ON_ERROR_STOP=1']
U = urllib.parse.urlsplit(API)


def sql(query):
  return subprocess.run(PSQL + ['-c', query], check=True, capture_output=True, text=True).stdout.strip()


def get(path):
  """One request, timed: (ms, parsed JSON body)."""
  c = http.client.HTTPConnection(U.hostname, U.port, timeout=600)
  t = time.perf_counter()
  c.request('GET', U.path + path, headers={'Authorization': f'Bearer {TOKEN}'})
  r = c.getresponse()
  body = r.read()
  ms = (time.perf_counter() - t) * 1000
  if r.status != 200:
    raise SystemExit(f'{path}: HTTP {r.status} {body[:300]!r}')
  return ms, json.loads(body)


def wrk(paths, connections=CLIENTS):
  """wrk over these paths (one at random per request): (p50 ms, p95 ms, p99 ms, requests/s)."""
  with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'reads.lua')
    with open(script, 'w') as f:
      f.write('paths = {' + ','.join(json.dumps(U.path + p) for p in paths) + '}\n')
      f.write(f'wrk.headers["Authorization"] = "Bearer {TOKEN}"\nwrk.headers["Accept-Encoding"] = "gzip"\n')
      f.write('request = function() return wrk.format("GET", paths[math.random(#paths)]) end\n')
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
  h50, h95, _, rps = wrk([path])
  s50, s95, tps = pgbench(query)
  print(f'| {what} | {first:.0f} | {h50:.1f} / {h95:.1f} | {rps:.0f} | {s50:.1f} / {s95:.1f} | {tps:.0f} '
        f'| {h95 / s50:.2f} |')

# Pulls: random pages of 1,000 funding lines (their cursors collected by walking the pull once) and random lines by
# id, against pgbench running the same keyset page / point lookup with the codes joined in; each after one unmeasured
# run of the same load.
cursors, page = [''], get('/funding-lines?limit=1000')[1]
while page.get('next') and len(cursors) < 200:
  cursors.append('&cursor=' + urllib.parse.quote(page['next']))
  page = get('/funding-lines?limit=1000' + cursors[-1])[1]
LINE = """select f.*, p.code, c.code, u.code from funding_line f join program p on p.id = f.program_id
  join program_component c on c.id = f.component_id join admin_unit u on u.id = f.unit_id"""
lo, hi = map(int, sql('select min(id), max(id) from funding_line').split('|'))
ids = sql('select id from funding_line order by random() limit 2000').split()
print()
print('| pull | HTTP p50 / p95 ms | HTTP req/s | HTTP p99 ms at 32 connections | SQL p50 / p95 ms | SQL tx/s '
      '| HTTP req/s / SQL tx/s |')
print('|---|---:|---:|---:|---:|---:|---:|')
for what, paths, query in (
    ('page of 1,000 funding lines', [f'/funding-lines?limit=1000{c}' for c in cursors],
     f'\\set id random({lo}, {hi})\n{LINE} where f.current and f.id > :id order by f.id limit 1000'),
    ('one funding line by id', [f'/funding-lines/{i}' for i in ids],
     f'\\set id random({lo}, {hi})\n{LINE} where f.id = :id')):
  wrk(paths)  # unmeasured: the JIT compiles the path first (a cold by-id run measured 2-4x slower than a warm one)
  h50, h95, _, rps = wrk(paths)
  p99 = wrk(paths, 32)[2]
  s50, s95, tps = pgbench(query)
  print(f'| {what} | {h50:.1f} / {h95:.1f} | {rps:.0f} | {p99:.1f} | {s50:.1f} / {s95:.1f} | {tps:.0f} '
        f'| {rps / tps:.2f} |')
