#!/usr/bin/env python3
"""Benchmark data for `make bench`: scripts/bench_gen.py REF_DIR OUT_DIR ROWS REPORT_ID [PROVINCE_ROWS PROVINCE_REPORT]

Reads the real unit list, program components and indicators exported from the bench database (REF_DIR/*.tsv, see
scripts/bench.sh) and writes, for each dataset, four files over the same ROWS distinct natural keys, all stated in
the bench's report (the upload names it with ?report=; the raw file carries its id):
  <dataset>.csv          canonical CSV v1 for POST /api/v1/upload-jobs?dataset=<dataset> (first upload: all inserts)
  <dataset>-update.csv   the same keys with every amount/value changed (second upload: all updates)
  <dataset>-replace.csv  the report re-stated (third upload, mode=replace): of every five keys of the update file,
                         one is left out (deleted), two changed again, two as they are (unchanged)
  <dataset>-raw.csv      the first file with codes already resolved to ids, for raw `psql \\copy` into a twin table
and, given PROVINCE_ROWS and PROVINCE_REPORT, funding-lines-province*.csv: PROVINCE_ROWS new funding lines of the
province with the most units, all stated in PROVINCE_REPORT (one province office's large report; its keys differ from
the nationwide file's by their report).
scripts/bench_gen.py --grid REF_DIR OUT_DIR writes indicator-values-grid.csv, the reads' data at issue 12's scale (every
pre-reform commune x every indicator x every year of the phase, ACTUAL) and prints how many rows it holds.
Deterministic (fixed seed), so two runs upload the same rows.
"""
import csv
import datetime
import random
import sys
import unicodedata

PROGRAM = 'GNBV-2021-2025'
YEARS = range(2021, 2026)
SOURCES = ['CENTRAL', 'LOCAL', 'LOCAL_PROVINCE', 'LOCAL_DISTRICT', 'LOCAL_COMMUNE', 'MOBILIZED',
           'MOBILIZED_FATHERLAND_FRONT', 'MOBILIZED_RED_CROSS', 'MOBILIZED_MILITARY', 'MOBILIZED_PUBLIC_SECURITY',
           'MOBILIZED_ENTERPRISE', 'PEOPLE_COUNTERPART', 'POLICY_CREDIT', 'UNSPECIFIED']
CAPITAL_TYPES = ['INVESTMENT', 'RECURRENT', 'UNSPECIFIED']
MEASURES = ['MEDIUM_TERM_PLAN', 'ASSIGNED', 'ALLOCATED', 'DISBURSED', 'CARRIED_IN', 'CARRIED_OUT', 'RETURNED',
            'PROPOSED', 'MOBILIZED']
KINDS = ['ACTUAL', 'TARGET', 'PLAN', 'ESTIMATE', 'BASELINE']
BODIES = ['UBND xã', 'Phòng Lao động - Thương binh và Xã hội', 'Ban Quản lý dự án huyện',
          'Trung tâm Dịch vụ nông nghiệp']
COUNT_UNITS = {'HOUSEHOLD', 'HOUSEHOLD_TIME', 'PERSON', 'PERSON_TIME', 'COUNT', 'VND'}
SCALE = {'PROVINCE': 400, 'DISTRICT': 40, 'COMMUNE': 1}
REFORM = datetime.date(2025, 7, 1)  # the 2025 reform: units valid from then on are the merged ones


def tsv(path):
  with open(path, encoding='utf-8') as f:
    return [line.rstrip('\n').split('\t') for line in f if line.strip()]


def valid_at(unit, day):
  return unit['from'] <= day and (unit['to'] is None or day <= unit['to'])


def spread(total, slots, rng):
  """How many rows each slot gets: total split as evenly as possible, the remainder on random slots."""
  q, r = divmod(total, slots)
  extra = set(rng.sample(range(slots), r))
  return [q + (i in extra) for i in range(slots)]


def pick(combos, n, rng, ok=lambda c: True):
  """n distinct combos: a stride through the list from a random offset (the stride is prime, so no repeats)."""
  stride = 7919 if len(combos) % 7919 else 7907
  start, out = rng.randrange(len(combos)), []
  for j in range(len(combos)):
    c = combos[(start + j * stride) % len(combos)]
    if ok(c):
      out.append(c)
      if len(out) == n:
        return out
  raise SystemExit(f'only {len(out)} distinct keys available for a slot that needs {n}: lower ROWS')


def writers(out, name, header):
  files = [open(f'{out}/{name}{suffix}.csv', 'w', encoding='utf-8', newline='')
           for suffix in ('', '-update', '-replace', '-raw')]
  ws = [csv.writer(f, lineterminator='\n') for f in files]
  for w in ws[:3]:
    w.writerow(header)
  # The raw file has no header: \copy ... (format csv) takes the columns from the command.
  return files, ws


def restate(i):
  """The replace file's fate of the i-th key: 'out' (left out, so deleted), 'changed' or 'same' (as updated)."""
  return ('out', 'changed', 'same', 'changed', 'same')[i % 5]


def funding(ref, out, rows, rng, name='funding-lines', report=None, province=None):
  units = [u for u in ref['units'] if valid_at(u, datetime.date(2021, 1, 1))
           and (province is None or u['province'] == province)]
  comps = ref['components']
  combos = [(c, s, k, m) for c in comps for s in SOURCES for k in CAPITAL_TYPES for m in MEASURES]
  # A slot is (year, unit): the unit code must be valid on 1 January of the year (the API resolves it then).
  slots = [(y, u) for y in YEARS for u in units if valid_at(u, datetime.date(y, 1, 1))]
  counts = spread(rows, len(slots), rng)
  header = ['program', 'component', 'unit', 'year', 'source', 'capital_type', 'measure', 'amount_vnd',
            'implementing_body', 'origin_year', 'reference', 'unit_as_of']
  files, (first, update, replace, raw) = writers(out, name, header)
  i = 0
  for (year, unit), n in zip(slots, counts):
    for comp, source, ctype, measure in (pick(combos, n, rng) if n else []):
      amount = rng.randrange(1, 5_000_000) * 1000 * SCALE[unit['level']]
      body = rng.choice(BODIES) if rng.random() < 0.1 else ''
      origin = str(year - 1) if measure == 'CARRIED_IN' and year > 2021 else ''
      refno = f'QĐ {rng.randrange(1, 3000)}/QĐ-UBND' if rng.random() < 0.3 else ''
      row = [PROGRAM, comp['code'], unit['code'], year, source, ctype, measure]
      # The code as of 1 January of the year (a report's own date would read it after later reforms).
      at = f'{year}-01-01'
      first.writerow(row + [amount, body, origin, refno, at])
      update.writerow(row + [amount + 1_000_000, body, origin, refno, at])
      fate, i = restate(i), i + 1
      if fate != 'out':
        replace.writerow(row + [amount + (2_000_000 if fate == 'changed' else 1_000_000), body, origin, refno, at])
      key = ' '.join(unicodedata.normalize('NFC', body).split()).lower() if body else ''
      raw.writerow([unit['province'], ref['program_id'], comp['id'], unit['id'], year, source, ctype, measure, body, key, origin,
                    amount, refno, '', report or ref['report']])
  for f in files:
    f.close()


def largest_province(ref):
  """The province with the most units valid on 1 January 2021 (the most room for distinct keys)."""
  counts = {}
  for u in ref['units']:
    if valid_at(u, datetime.date(2021, 1, 1)):
      counts[u['province']] = counts.get(u['province'], 0) + 1
  return max(sorted(counts), key=counts.get)


def periods():
  for y in YEARS:
    yield str(y), datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    for q in range(1, 5):
      start = datetime.date(y, 3 * q - 2, 1)
      end = (datetime.date(y + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - datetime.timedelta(days=1))
      yield f'{y}Q{q}', start, end


def value_of(indicator, level, rng):
  """Counts (and VND) whole; percentages with two decimals."""
  if indicator['uom'] in COUNT_UNITS:
    return rng.randrange(0, 5000) * SCALE[level]
  return round(rng.uniform(0, 100), 2)


def indicators(ref, out, rows, rng):
  # One period list for everyone; a unit takes only periods whose first day it is valid on (its code is resolved
  # then), which keeps pre-reform codes away from 2025Q3/Q4.
  units = [u for u in ref['units'] if valid_at(u, datetime.date(2021, 1, 1))]
  combos = [(i, p, k) for i in ref['indicators'] for p in periods() for k in KINDS]
  counts = spread(rows, len(units), rng)
  header = ['indicator', 'unit', 'period', 'kind', 'value', 'unit_as_of']
  files, (first, update, replace, raw) = writers(out, 'indicator-values', header)
  i = 0
  for unit, n in zip(units, counts):
    for ind, (period, start, end), kind in (pick(combos, n, rng, lambda c: valid_at(unit, c[1][1])) if n else []):
      v = value_of(ind, unit['level'], rng)
      changed = v + 1 if isinstance(v, int) else round((v + 1.25) % 100, 2)
      first.writerow([ind['code'], unit['code'], period, kind, v, start])
      update.writerow([ind['code'], unit['code'], period, kind, changed, start])
      fate, i = restate(i), i + 1
      if fate != 'out':
        again = changed + 1 if isinstance(v, int) else round((changed + 1.25) % 100, 2)
        replace.writerow([ind['code'], unit['code'], period, kind, again if fate == 'changed' else changed, start])
      raw.writerow([unit['province'], ind['id'], unit['id'], period, start, end, kind, '', v, '', ref['report']])
  for f in files:
    f.close()


def grid(ref, out, rng):
  """The reads' data at issue 12's scale: an ACTUAL value of every indicator for every pre-reform commune and every
  year of the phase (the commune's code as of 1 January of the year, which it must be valid on)."""
  with open(f'{out}/indicator-values-grid.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['indicator', 'unit', 'period', 'kind', 'value', 'unit_as_of'])
    n = 0
    for y in YEARS:
      start = datetime.date(y, 1, 1)
      for unit in ref['units']:
        if unit['level'] == 'COMMUNE' and valid_at(unit, start) and unit['from'] < REFORM:
          for ind in ref['indicators']:
            w.writerow([ind['code'], unit['code'], y, 'ACTUAL', value_of(ind, 'COMMUNE', rng), start])
            n += 1
  return n


def load(ref_dir, report):
  date = lambda s: datetime.date.fromisoformat(s) if s else None
  units = [{'id': i, 'code': c, 'level': lvl, 'from': date(f), 'to': date(t), 'province': p}
           for i, c, lvl, f, t, p in tsv(f'{ref_dir}/units.tsv')]
  comps = tsv(f'{ref_dir}/components.tsv')
  return {
    'units': units,
    'program_id': comps[0][0],
    # '' = the program as a whole (no component), a key value of its own.
    'components': [{'code': '', 'id': ''}] + [{'code': c, 'id': i} for _, c, i in comps],
    'indicators': [{'id': i, 'code': c, 'uom': u} for i, c, u in tsv(f'{ref_dir}/indicators.tsv')],
    'report': report,
  }


def main():
  if sys.argv[1] == '--grid':
    print(grid(load(sys.argv[2], None), sys.argv[3], random.Random(2026)))
    return
  ref_dir, out, rows, report = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
  ref = load(ref_dir, report)
  funding(ref, out, rows, random.Random(2021))
  indicators(ref, out, rows, random.Random(2025))
  if len(sys.argv) > 6:
    funding(ref, out, int(sys.argv[5]), random.Random(2030), 'funding-lines-province', sys.argv[6],
            largest_province(ref))


if __name__ == '__main__':
  main()
