#!/usr/bin/env python3
# Usage: python3 eng/stryker/summary.py StrykerOutput/<name>/reports/mutation-report.json [depth] [all|path-substring]
"""Summarise a Stryker mutation-report.json: per-folder scores and survivors."""
import json, sys, collections, os
rep = json.load(open(sys.argv[1]))
depth = int(sys.argv[2]) if len(sys.argv) > 2 else 2
filt = sys.argv[3] if len(sys.argv) > 3 else None
agg = collections.defaultdict(collections.Counter)
surv = []
for path, f in rep['files'].items():
    rel = path.split('/src/', 1)[-1]
    parts = rel.split('/')
    key = '/'.join(parts[1:1+depth][:-1] if len(parts) > depth else parts[1:-1]) or '(root)'
    lines = f.get('source', '').split('\n')
    for m in f['mutants']:
        s = m['status']
        agg[key][s] += 1
        agg['TOTAL'][s] += 1
        if s in ('Survived', 'NoCoverage') and (filt is None or filt == 'all' or filt in rel):
            ln = m['location']['start']['line']
            surv.append((rel, ln, s, m['mutatorName'], m.get('replacement', '')[:80].replace('\n', ' '),
                         lines[ln-1].strip()[:100] if ln-1 < len(lines) else ''))
def score(c):
    k = c['Killed'] + c['Timeout']; d = k + c['Survived'] + c['NoCoverage']
    return k, d, (100.0 * k / d if d else 0)
print(f"{'area':50} {'k+t':>6} {'scored':>6} {'score':>7} {'surv':>5} {'nocov':>5} {'cerr':>5} {'ign':>5} {'pend':>5}")
for key in sorted(agg, key=lambda x: (x == 'TOTAL', x)):
    c = agg[key]; k, d, s = score(c)
    print(f"{key:50} {k:6} {d:6} {s:6.2f}% {c['Survived']:5} {c['NoCoverage']:5} {c['CompileError']:5} {c['Ignored']:5} {c['Pending']:5}")
if filt:
    for r in sorted(surv):
        print(' | '.join(str(x) for x in r))
