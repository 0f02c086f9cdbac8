#!/usr/bin/env python3
# Usage: python3 eng/stryker/adjusted.py <mutation-report.json> [more reports of slices of the same package ...]
"""Raw and adjusted Stryker scores over one or more mutation-report.json files. Adjusted leaves out every mutant
(killed or not) in code that runs once per test host: static initialisers (multi-line ones included), and the
members below that only static initialisers or a static Lazy call. The MTP runner keeps its hosts alive, so such
code runs before a mutant is switched on (stryker-net#3742)."""
import json, sys, re, collections
# file suffix -> 1-based inclusive line ranges that run once per process (checked by hand in the source)
ONCE = {
    'Records/RecordSchema.cs': [(1, 10**6)],                    # the column tables
    'Records/Jobbsporet/JobbsporetValues.cs': [(1, 10**6)],     # the picklist tables
    'Records/EnumText.cs': [(31, 62)],                          # FlagNames: a per-process text cache
    'Participants/NavMeasure.cs': [(14, 20)],                   # the constructor, called by the two static instances
    'Outcomes/NavOutcomeLabels.cs': [(33, 52)],                 # Load/Read, behind a static Lazy
}
def static_lines(src):
    """Lines of static field/property initialisers, to the statement's end."""
    out = set(); i = 0
    while i < len(src):
        t = src[i]
        if re.search(r'\bstatic readonly\b.*=|\bstatic\b[^(]*\{ get; \} =', t) and '=>' not in t.split('=')[0]:
            j = i
            depth = 0
            while j < len(src):
                depth += src[j].count('(') + src[j].count('[') + src[j].count('{') - src[j].count(')') - src[j].count(']') - src[j].count('}')
                out.add(j + 1)
                if src[j].rstrip().endswith(';') and depth <= 1:
                    break
                j += 1
            i = j
        i += 1
    return out
c = collections.Counter(); st = collections.Counter(); per = collections.Counter()
for path in sys.argv[1:]:
    rep = json.load(open(path))
    for p, f in rep['files'].items():
        rel = p.split('/src/', 1)[-1]
        src = f.get('source', '').split('\n')
        sl = static_lines(src)
        ranges = next((r for k, r in ONCE.items() if rel.endswith(k)), [])
        for m in f['mutants']:
            s = m['status']; c[s] += 1
            ln = m['location']['start']['line']
            if ln in sl or any(a <= ln <= b for a, b in ranges):
                st[s] += 1
                if s in ('Survived', 'NoCoverage'): per[rel.split('/', 1)[-1]] += 1
k = c['Killed'] + c['Timeout']; d = k + c['Survived'] + c['NoCoverage']
print('status', dict(c))
print(f'raw: {k}/{d} = {100*k/d:.2f} %')
sk = st['Killed'] + st['Timeout']; sd = sk + st['Survived'] + st['NoCoverage']
print(f'once-per-process mutants scored: {sd} (killed+timeout {sk}, survived {st["Survived"]}, no coverage {st["NoCoverage"]})')
print('  survivors by file:', dict(per))
print(f'adjusted (those left out, killed or not): {k-sk}/{d-sd} = {100*(k-sk)/(d-sd):.2f} %')
