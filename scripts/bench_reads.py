#!/usr/bin/env python3
"""Reads at national scale, over HTTP and live in SQL, side by side (make bench; issue 12).

scripts/bench_reads.py API_BASE TOKEN PG_PORT SECONDS > markdown rows

For the national roll-up of one indicator (province × year: GET /indicator-rollups/children?unit=VN) and the national
funding summary (GET /funding-summary?unit=VN): the first request after the uploads (the roll-up computed), then
SECONDS of 8 clients on keep-alive connections (p50 / p95 / requests per second), against pgbench running the
plain GROUP BY over the same figures with 8 clients for the same time (p50 / p95 from its per-transaction log).
Python's client shares the 2 cores with the API and PostgreSQL, as pgbench does; both sides pay their client.
"""
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

API, TOKEN, PG_PORT, SECONDS = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
CLIENTS = 8
PSQL = ['psql', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', 'gnbv', '-AtX', '-v', 'ON_ERROR_STOP=1']


def sql(query):
  return subprocess.run(PSQL + ['-c', query], check=True, capture_output=True, text=True).stdout.strip()


def pct(xs, p):
  xs = sorted(xs)
  return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def get(conn, path):
  conn.request('GET', path, headers={'Authorization': f'Bearer {TOKEN}', 'Accept-Encoding': 'gzip'})
  r = conn.getresponse()
  body = r.read()
  if r.status != 200:
    raise SystemExit(f'{path}: HTTP {r.status} {body[:300]!r}')
  return body


def http_load(path):
  """Cold first request, then CLIENTS threads for SECONDS: (cold ms, p50 ms, p95 ms, requests/s)."""
  u = urllib.parse.urlsplit(API)
  first = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
  t = time.perf_counter()
  get(first, u.path + path)
  cold = (time.perf_counter() - t) * 1000
  lat, stop = [], time.perf_counter() + SECONDS

  def client():
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
    mine = []
    while time.perf_counter() < stop:
      s = time.perf_counter()
      get(c, u.path + path)
      mine.append((time.perf_counter() - s) * 1000)
    lat.extend(mine)

  threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
  began = time.perf_counter()
  for th in threads:
    th.start()
  for th in threads:
    th.join()
  return cold, pct(lat, 50), pct(lat, 95), len(lat) / (time.perf_counter() - began)


def pg_load(query):
  """pgbench, CLIENTS clients for SECONDS, prepared: (p50 ms, p95 ms, transactions/s)."""
  with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'q.sql')
    with open(script, 'w') as f:
      f.write(query + ';\n')
    subprocess.run(['pgbench', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-n', '-M', 'prepared',
                    '-c', str(CLIENTS), '-j', '2', '-T', str(int(SECONDS)), '-f', script, '-l',
                    '--log-prefix', os.path.join(d, 'log'), 'gnbv'], check=True, capture_output=True, cwd=d)
    lat = []
    for name in os.listdir(d):
      if name.startswith('log'):
        with open(os.path.join(d, name)) as f:
          lat += [int(line.split()[2]) / 1000 for line in f if line.strip()]
  return pct(lat, 50), pct(lat, 95), len(lat) / SECONDS


def row(what, http_fig, sql_fig):
  cold, p50, p95, rps = http_fig
  s50, s95, tps = sql_fig
  return (f'| {what} | {cold:.0f} | {p50:.1f} / {p95:.1f} | {rps:.0f} | {s50:.1f} / {s95:.1f} | {tps:.0f} '
          f'| {p95 / s50:.2f} |')


# The SUM indicator and year with the most ACTUAL values: the roll-up's typical national question.
ind, period, ind_id = sql("""select i.code, v.period, i.id from indicator_value v join indicator i on i.id = v.indicator_id
  where i.aggregation = 'SUM' and v.kind = 'ACTUAL' and v.category is null and v.period ~ '^[0-9]{4}$' and v.current
  group by 1, 2, 3 order by count(*) desc, 1, 2 limit 1""").split('|')
program, program_id = sql("select code, id from program where code = 'GNBV-2021-2025'").split('|')
print(json.dumps({'indicator': ind, 'period': period}), file=sys.stderr)

rollup = http_load(f'/indicator-rollups/children?indicator={ind}&unit=VN&period={period}')
rollup_sql = pg_load(f"""select split_part(u.path, '/', 2) as province, sum(v.value)
  from indicator_value v join admin_unit u on u.id = v.unit_id
  where v.indicator_id = {ind_id} and v.period = '{period}' and v.kind = 'ACTUAL' and v.category is null and v.current
  group by 1""")
summary = http_load(f'/funding-summary?program={program}&unit=VN')
summary_sql = pg_load(f"""select component_id, fiscal_year, measure, sum(amount_vnd) from funding_line
  where program_id = {program_id} and current group by 1, 2, 3""")

print(row(f'national roll-up, {ind} {period} (provinces)', rollup, rollup_sql))
print(row(f'national funding summary, {program}', summary, summary_sql))
