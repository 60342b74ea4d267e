#!/usr/bin/env python3
"""One-off: seed the extraction annotations (backend/src/test/resources/fixtures/extraction/<seed>.json) from the
demo transcription (backend/src/main/resources/demo/*.csv), checking each figure against the seed text.

For every transcribed figure it finds the number as printed on the cited line(s) (l.N of data/seeds/<seed>.txt) and
keeps the clause around it as the exact quote. A figure whose number is not on its cited lines is listed on stderr
for a manual check (and written with "check": "..."), never silently dropped. Run once; the JSON files are then
maintained by hand (figures added for what the demo does not transcribe, e.g. seed 001/003/004 funding)."""
import csv, glob, json, os, re, sys
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, 'backend/src/main/resources/demo')
SEEDS = os.path.join(ROOT, 'data/seeds')
OUT = os.path.join(ROOT, 'backend/src/test/resources/fixtures/extraction')


def vn(d: Decimal) -> list:
    """Vietnamese spellings of a number: 1957 -> 1.957; 253.69 -> 253,69; also plain and dot-decimal forms."""
    d = d.normalize()
    sign, digits, exp = d.as_tuple()
    s = format(d, 'f')
    whole, _, frac = s.partition('.')
    grouped = f"{int(whole):,}".replace(',', '.')
    forms = [grouped + (',' + frac if frac else ''), whole + (',' + frac if frac else ''),
             whole + ('.' + frac if frac else '')]
    if not frac and len(whole) < 3:
        forms.append(whole.zfill(2))
    if frac:  # as printed in the seeds: a trailing zero (3,40) or a space after the comma (1, 8)
        forms += [grouped + ',' + frac + '0', grouped + ', ' + frac]
    return list(dict.fromkeys(forms))


def money_forms(vnd: int) -> list:
    forms = []
    for div in (1_000_000, 1, 1_000_000_000, 1000):
        forms += vn(Decimal(vnd) / div)
    return list(dict.fromkeys(forms))


def lines_of(locator: str) -> list:
    out = []
    for a, b in re.findall(r'l\.\s*(\d+)(?:\s*[-–]\s*(\d+))?', locator):
        out += list(range(int(a), int(b or a) + 1))
    return out


def clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind('; ', 0, start), text.rfind('. ', 0, start), text.rfind(': ', 0, max(start - 60, 0)))
    left = 0 if left < 0 else left + 2
    rights = [i for i in (text.find('; ', end), text.find('. ', end)) if i >= 0]
    right = min(rights) if rights else len(text)
    return text[left:right].strip()


def find_quote(seed_lines: list, lines: list, forms: list):
    for n in lines:
        if n - 1 >= len(seed_lines):
            continue
        text = seed_lines[n - 1]
        for f in forms:
            for m in re.finditer(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
                return n, clause(text, m.start(), m.end())
    return None, None


# Figures stated in words ("không có", "không phát sinh", "chưa có"): the quote is the words, checked by hand.
WORDS = {
    ('001', 'HH_POOR_NEAR_POOR', '2023'): (59, 'Toàn tỉnh không có hộ nghèo, hộ cận nghèo thuộc đối tượng người có công với cách mạng'),
    ('001', 'HH_POOR_NEAR_POOR', '2024'): (103, 'Toàn tỉnh không phát sinh hộ nghèo, hộ cận nghèo là người có công với cách mạng'),
    ('003', 'WORKERS_ABROAD_CONTRACT', '2023H1'): (41, 'chưa có hồ sơ đi xuất khẩu lao động'),
}


# Funding figures the demo does not transcribe (it loads no funding lines for 001, 003 and 004), annotated by hand:
# (seed, component, unit, year, source, capital type, measure, amount, lines, note). 001 and 003 were annotated before
# the extractor was ever run on them.
EXTRA_FUNDING = [
    ('001', None, '24', 2024, 'CENTRAL', 'INVESTMENT', 'ASSIGNED', 103_496_000_000, [217, 221, 223],
     'TỔNG NGUỒN VỐN THỰC HIỆN NĂM 2024 (QĐ 1401/QĐ-UBND 19/12/2023): the year plan assigned'),
    ('001', None, '24', 2024, 'CENTRAL', 'RECURRENT', 'ASSIGNED', 118_382_000_000, [217, 221, 224], None),
    ('001', None, '24', 2024, 'LOCAL_PROVINCE', 'INVESTMENT', 'ASSIGNED', 20_000_000_000, [217, 226, 228], None),
    ('001', None, '24', 2024, 'LOCAL_PROVINCE', 'RECURRENT', 'ASSIGNED', 37_984_000_000, [217, 226, 229], None),
    ('003', 'DA2', '01990', 2023, 'UNSPECIFIED', 'RECURRENT', 'ALLOCATED', 500_000_000, [60, 62],
     'Stated twice: l.60 "Nguồn vốn được UBND huyện phân bổ" and l.62 the DA2 goat project\'s "Ngân sách nhà nước"'),
    ('003', 'DA2', '01990', 2023, 'PEOPLE_COUNTERPART', 'RECURRENT', 'MOBILIZED', 92_300_000, [62], None),
    ('004', 'DA3', '213', 2017, 'UNSPECIFIED', 'RECURRENT', 'ALLOCATED', 290_000_000, [139, 153],
     'QĐ 1455/QĐ-UBND 23/8/2017 allocates 2017 recurrent money; the project\'s budget (parts per household group are not keys)'),
    ('004', 'DA5', '213', 2016, 'UNSPECIFIED', 'RECURRENT', 'DISBURSED', 13_000_000, [163, 171],
     'AS PRINTED: 13.000.000 đ in figures, "Hai mươi hai triệu" (22 million) in words: a proposal must warn'),
    ('004', 'DA5', '213', 2017, 'UNSPECIFIED', 'RECURRENT', 'DISBURSED', 22_000_000, [173, 179], 'training'),
    ('004', 'DA5', '213', 2017, 'UNSPECIFIED', 'RECURRENT', 'DISBURSED', 10_000_000, [173, 182],
     'monitoring; the same key as the training line above (the report gives no body): two figures'),
]


def main():
    manifest = json.load(open(os.path.join(DEMO, 'manifest.json'), encoding='utf-8'))
    reports = {r['seed']: r for r in manifest['reports']}
    problems = 0
    for seed, rep in reports.items():
        seed_lines = open(os.path.join(SEEDS, seed + '.txt'), encoding='utf-8').read().split('\n')
        doc = {'seed': seed, 'unit': rep['unit'], 'program': rep['program'], 'issuedOn': rep['issuedOn'],
               'funding': [], 'indicators': []}
        for f in sorted(glob.glob(os.path.join(DEMO, f'*-{seed[:3]}-*.csv'))):
            name = os.path.basename(f)
            if name.startswith('local-projects'):
                continue
            for r in csv.DictReader(open(f, encoding='utf-8')):
                lines = lines_of(r['locator'])
                if name.startswith('funding-lines'):
                    amount = int(r['amount_vnd'])
                    line, quote = find_quote(seed_lines, lines, money_forms(amount))
                    item = {'program': r['program'], 'component': r['component'] or None, 'unit': r['unit'],
                            'year': int(r['year']) if r['year'] else None, 'source': r['source'],
                            'capitalType': r['capital_type'], 'measure': r['measure'],
                            'implementingBody': r['implementing_body'] or None,
                            'originYear': int(r['origin_year']) if r['origin_year'] else None,
                            'amountVnd': amount}
                    key = 'funding'
                else:
                    value = Decimal(r['value'])
                    forms = money_forms(int(value)) if r['indicator'].endswith('_VND') else vn(value)
                    line, quote = find_quote(seed_lines, lines, forms)
                    item = {'indicator': r['indicator'], 'unit': r['unit'], 'period': r['period'],
                            'kind': r['kind'], 'category': r['category'] or None, 'value': r['value']}
                    if r.get('comparator'):
                        item['comparator'] = r['comparator']
                    key = 'indicators'
                item['lines'] = lines
                item['locator'] = r['locator']
                if not quote and key == 'indicators' and (seed[:3], item['indicator'], item['period']) in WORDS:
                    line, words = WORDS[(seed[:3], item['indicator'], item['period'])]
                    text = seed_lines[line - 1]
                    if words is None or words in text:
                        quote = words
                if quote:
                    item['quote'] = quote
                    item['quoteLine'] = line
                else:
                    item['check'] = 'number not found as printed on the cited lines: ' + (r.get('note') or '')[:300]
                    problems += 1
                    print(f'{seed[:3]} {key}: {json.dumps(item, ensure_ascii=False)[:300]}', file=sys.stderr)
                doc[key].append(item)
        for (s3, comp, unit, year, src, cap, measure, amount, lines, note) in EXTRA_FUNDING:
            if s3 != seed[:3]:
                continue
            line, quote = find_quote(seed_lines, lines, money_forms(amount))
            assert quote, (s3, amount)
            item = {'program': rep['program'], 'component': comp, 'unit': unit, 'year': year, 'source': src,
                    'capitalType': cap, 'measure': measure, 'implementingBody': None,
                    # the demo's convention: assigned or allocated money originates in its own year
                    'originYear': year if measure in ('ASSIGNED', 'ALLOCATED') else None,
                    'amountVnd': amount, 'lines': lines, 'locator': ', '.join(f'l.{n}' for n in lines),
                    'quote': quote, 'quoteLine': line}
            if note:
                item['note'] = note
            doc['funding'].append(item)
        with open(os.path.join(OUT, seed + '.json'), 'w', encoding='utf-8') as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write('\n')
    print(f'{problems} figures to check by hand', file=sys.stderr)


if __name__ == '__main__':
    main()
