#!/usr/bin/env python3
"""Check heldout14/gold.tsv: shape, verbatim texts, timex order, value formats, counts."""
import re, sys, os, collections
D = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(D, 'gold.tsv'), encoding='utf-8').read().split('\n')
assert lines[0] == 'doc\tkind\ttext\tvalue', 'bad header'
assert lines[-1] == '', 'no final newline'
man = [l.split('\t') for l in open(os.path.join(D, 'manifest.tsv'), encoding='utf-8').read().strip().split('\n')]
assert man[0] == ['path', 'date', 'source', 'lang', 'title'], man[0]
mdocs = {r[0]: r for r in man[1:]}
for p, r in mdocs.items():
    assert len(r) == 5 and re.fullmatch(r'\d{4}-\d{2}-\d{2}', r[1]), r
    title = open(os.path.join(D, p), encoding='utf-8').read().split('\n')[0]
    assert title == r[4], ('title mismatch', p)
DATE = r'(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?|\d{4}-W\d{2}|XXXX-WXX'
TIME = r'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}'
DUR = r'P(\d+[YMWD])+|PT\d+[HMS](\d+M)?'
VAL = re.compile(rf'^(({DATE})|({TIME})|({DUR})|({DATE})/({DATE})|PAST_REF|PRESENT_REF|FUTURE_REF)$')
CAMEO = re.compile(r'^\d{3}$')
errors = 0
counts = collections.OrderedDict()
covered = collections.defaultdict(list)
lastpos = collections.defaultdict(lambda: -1)
actors_by_doc = collections.defaultdict(set)
rows = [l.split('\t') for l in lines[1:-1]]
for n, r in enumerate(rows, 2):
    if len(r) != 4 or any(c != c.strip() or c == '' and i < 3 for i, c in enumerate(r)):
        print('shape', n, r); errors += 1; continue
    doc, kind, text, value = r
    if doc not in mdocs:
        print('doc not in manifest', n, doc); errors += 1; continue
    body = open(os.path.join(D, doc), encoding='utf-8').read()
    counts.setdefault(doc, collections.Counter())[kind] += 1
    if text not in body:
        print('NOT VERBATIM', n, doc, kind, text); errors += 1
    if kind == 'timex':
        if not VAL.match(value):
            print('bad timex value', n, value); errors += 1
        start = 0
        while True:
            i = body.find(text, start)
            if i < 0:
                print('timex no free occurrence', n, text); errors += 1; break
            if not any(a <= i < b or a < i + len(text) <= b for a, b in covered[doc]):
                covered[doc].append((i, i + len(text)))
                if i < lastpos[doc]:
                    print('timex out of order', n, text); errors += 1
                lastpos[doc] = i
                break
            start = i + 1
    elif kind == 'actor':
        if not value or '|' in value:
            print('bad actor value', n, value); errors += 1
        if text in actors_by_doc[doc]:
            print('duplicate actor surface', n, text); errors += 1
        actors_by_doc[doc].add(text)
    elif kind == 'event':
        parts = value.split('|')
        if len(parts) != 4 or not CAMEO.match(parts[0]) or not parts[1] or not VAL.match(parts[2]):
            print('bad event value', n, value); errors += 1
    else:
        print('bad kind', n, kind); errors += 1
# kinds grouped timex, actor, event within doc
prev = None
for r in rows:
    pass
tot = collections.Counter()
print('| doc | timex | actor | event |')
for d, c in counts.items():
    print(f'| {d.split("_")[0]}_{d.split("_")[1]} | {c["timex"]} | {c["actor"]} | {c["event"]} |'); tot.update(c)
print(f'| total | {tot["timex"]} | {tot["actor"]} | {tot["event"]} |')
print('errors:', errors)
sys.exit(1 if errors else 0)
