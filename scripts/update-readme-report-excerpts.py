#!/usr/bin/env python3
"""Refresh the report excerpts in README.md from a real run of the bundled example.

The README promises "real lines from make demo"; they drift whenever the classifier or the
lexicons change. Usage, after `make demo` (or any run of config.example.json for 2026-11-22):

    python3 scripts/update-readme-report-excerpts.py demo/reports/2026-11-22 README.md

Each excerpt line is found by its key columns (day, scope, source, topic …) and replaced by the
line of the same key in the new file; the escalations.json block (thread 4711) and the totals
block of summary.json are rewritten. It stops with a message when a key is missing.
Pseudonyms change with every key (`monitor init`); that is expected.
"""
import csv, io, json, re, sys
root = sys.argv[1]  # reports/2026-11-22
readme_path = sys.argv[2]
text = open(readme_path, encoding='utf-8').read()
def rows(name):
    return open(f'{root}/{name}', encoding='utf-8', newline='').read().split('\r\n')
def find(name, pred):
    for line in rows(name):
        if pred(line): return line
    raise SystemExit(f'not found in {name}')
changes = 0
def replace_line(old_prefix_regex, new_line):
    global text, changes
    lines = text.split('\n')
    hits = [i for i, l in enumerate(lines) if re.match(old_prefix_regex, l)]
    if len(hits) != 1: raise SystemExit(f'{old_prefix_regex}: {len(hits)} hits')
    if lines[hits[0]] != new_line: changes += 1
    lines[hits[0]] = new_line
    text = '\n'.join(lines)
# trends.csv
for key in ['2026-11-22,overall,(all),(all),(all),', '2026-11-22,topic,(all),network,(all),']:
    replace_line(re.escape(key), find('trends.csv', lambda l: l.startswith(key)))
# weekly / monthly
for key in ['2026-11-22,2026-W46,', '2026-11-22,2026-W47,']:
    full = key + '[^,]*,[^,]*,[^,]*,[^,]*,overall,'
    replace_line(full, find('trends-weekly.csv', lambda l: re.match(full, l)))
key = '2026-11-22,2026-11,[^,]*,[^,]*,[^,]*,[^,]*,overall,'
replace_line(key, find('trends-monthly.csv', lambda l: re.match(key, l)))
# escalations.csv: the verbraucherforum thread 90211
key = r'2026-11-22,(watch|escalate),[^,]*,verbraucherforum,90211,'
replace_line(key, find('escalations.csv', lambda l: re.match(key, l)))
# questions.csv: 4698
key = r'2026-11-22,[a-z_]+,community,4698,'
replace_line(key, find('questions.csv', lambda l: re.match(key, l)))
# watch.csv
for key in [r'2026-11-22,competitors,\(all\),', r'2026-11-22,own,\(all\),', r'2026-11-22,own,Nordlicht Mobil,']:
    replace_line(key, find('watch.csv', lambda l: re.match(key, l)))
# response times
for key in [r'2026-11-22,2026-11-20,\(all\),', r'2026-11-22,2026-11-22,\(all\),']:
    replace_line(key, find('response-times.csv', lambda l: re.match(key, l)))
# top voices: first most_positive in community
key = r'2026-11-22,community,most_positive,1,'
replace_line(key, find('top-voices.csv', lambda l: re.match(key, l)))
# escalations.json excerpt for 4711
esc = json.load(open(f'{root}/escalations.json'))['escalations']
t = next(e for e in esc if e['thread_id'] == '4711')
block = json.dumps({'thread_id': t['thread_id'], 'thread_title': t['thread_title'], 'level': t['level'], 'score': t['score'], 'reasons': t['reasons']}, indent=2, ensure_ascii=False)
block = block[:-2] + ',\n  …\n}'
new, n = re.subn(r'```json\n\{\n  "thread_id": "4711".*?\n\}\n```', lambda m: '```json\n' + block + '\n```', text, flags=re.S)
if n != 1: raise SystemExit('4711 block')
if new != text: changes += 1
text = new
# totals
totals = json.load(open(f'{root}/summary.json'))['totals']
block = '"totals": ' + json.dumps(totals, indent=2, sort_keys=True, ensure_ascii=False)
new, n = re.subn(r'```json\n"totals": \{.*?\n\}\n```', lambda m: '```json\n' + block + '\n```', text, flags=re.S)
if n != 1: raise SystemExit('totals block')
if new != text: changes += 1
text = new
open(readme_path, 'w', encoding='utf-8').write(text)
print('changed blocks/lines:', changes)
