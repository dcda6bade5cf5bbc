# Cross-check of the R p.adjust reference vectors against statsmodels 0.13.5 multipletests.
# Run: /usr/bin/python3 multitest_cross_check.py   (prints the largest relative difference per method)
import re, json, pathlib
import numpy as np
from statsmodels.stats.multitest import multipletests

ref = pathlib.Path(__file__).resolve().parents[2] / 'multiple-testing.reference.ts'
names = {'bonferroni': 'bonferroni', 'holm': 'holm', 'hochberg': 'simes-hochberg', 'hommel': 'hommel',
         'benjaminiHochberg': 'fdr_bh', 'benjaminiYekutieli': 'fdr_by'}
worst = {}
for line in ref.read_text().splitlines():
    m = re.search(r"pValues: (\[.*?\]), method: '(\w+)'.*expected: (\[.*?\]) \}", line)
    if not m:
        continue
    p, method, expected = json.loads(m.group(1)), m.group(2), np.array(json.loads(m.group(3)))
    got = multipletests(p, alpha=0.05, method=names[method])[1]
    rel = np.max(np.abs(got - expected) / np.maximum(np.abs(expected), 1e-300))
    worst[method] = max(worst.get(method, 0), rel)
print(worst)
