#!/usr/bin/env python3
"""Adds the local projects of the demo transcription (backend/src/main/resources/demo/local-projects-*.csv) to the
extraction fixtures as "localProjects": each with its key, figures (budget in exact đồng, 0 when not stated, as the
upload reads an empty cell; households by group, null when not stated), status, name, cited lines and the first quote
of its note. Run from the repository root; it rewrites only the "localProjects" member."""
import csv
import glob
import json
import re

FIX = 'backend/src/test/resources/fixtures/extraction'
BUDGET = ['budget_state_vnd', 'budget_people_counterpart_vnd', 'budget_other_vnd']
HOUSEHOLDS = ['households_poor', 'households_near_poor', 'households_newly_escaped', 'households_ethnic_minority',
              'households_other']


def camel(s):
    head, *rest = s.split('_')
    return head + ''.join(w.title() for w in rest)


for path in sorted(glob.glob(f'{FIX}/*.json')):
    seed = path.rsplit('/', 1)[1][:-5]
    [demo] = glob.glob(f'backend/src/main/resources/demo/local-projects-{seed[:3]}-*.csv')
    projects = []
    with open(demo, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            p = {k: row[k] for k in ['program', 'component', 'unit', 'name', 'status']}
            for k in BUDGET:
                p[camel(k)] = int(row[k]) if row[k] else 0
            for k in HOUSEHOLDS:
                p[camel(k)] = int(row[k]) if row[k] else None
            p['lines'] = [int(n) for n in re.findall(r'l\.(\d+)', row['locator'])]
            p['locator'] = row['locator']
            quote = re.search(r'«([^»]*)»', row['note'])
            p['quote'] = quote.group(1) if quote else None
            projects.append(p)
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    doc['localProjects'] = projects
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(seed, len(projects))
