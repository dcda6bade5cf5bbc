import os, re, collections

# The test files are written beside this folder (test/unit/domain/stats), wherever the repo is.
HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
for f in ['tests.out', 'planning.out', 'tools.out', 'bayes.out', 'py.out']:
    src = 'R' if f != 'py.out' else 'Python'
    for l in open(os.path.join(HERE, f)):
        if l.startswith('  { id:'):
            lines.append((src, l.rstrip('\n')))
groups = {
  'two-proportion-z-test': ['two-proportion-z-test'],
  'mean-tests': ['welch-t-test', 'student-t-test', 'one-sample-t-test'],
  'chi-square': ['chi-square-independence', 'srm-check'],
  'proportion-planning': ['sample-size-proportions', 'power-proportions', 'mde-proportions'],
  'mean-planning': ['sample-size-means', 'power-means', 'mde-means'],
  'distribution-tools': ['normal-quantile', 't-quantile', 'normal-critical-value', 't-critical-value', 'normal-tail-probability'],
  'proportion-intervals': ['proportion-ci-wilson', 'proportion-ci-wald', 'relative-lift-ci'],
  'bayesian-ab': ['bayesian-ab'],
}
titles = {
  'two-proportion-z-test': 'two-proportion z-test against R prop.test(correct = FALSE)',
  'mean-tests': 't-tests against R t.test on samples with the given summary statistics, and scipy ttest_ind_from_stats',
  'chi-square': 'chi-square tests against R chisq.test',
  'proportion-planning': 'proportion power / sample size / MDE against R power.prop.test, explicit R formulas and statsmodels NormalIndPower',
  'mean-planning': 'mean power / sample size / MDE against R power.t.test (strict = FALSE / TRUE) and statsmodels TTestIndPower',
  'distribution-tools': 'quantiles, critical values and tail probabilities against R qnorm / qt / pnorm',
  'proportion-intervals': 'proportion intervals against R prop.test (Wilson), explicit R formulas (Wald, delta method) and statsmodels',
  'bayesian-ab': 'Bayesian A/B against the exact Evan Miller sum in R (log-beta), the Stucchio loss identity and R integrate()',
}
for name, ids in groups.items():
    out = []
    out.append("import { describe, it } from 'vitest';")
    out.append("import type { RefCase } from './reference';")
    out.append("import { caseName, checkCase } from './reference';")
    out.append('')
    out.append('// Generated from R %s / Python calls; each row carries the call that produced its value.' % '4.2.2')
    if name == 'mean-tests':
        out.append('// R helper: mk <- function(m, s, n) m + s * as.numeric(scale(seq_len(n)))')
    if name == 'bayesian-ab':
        out.append('// Bayesian rows use the default Beta(1, 1) prior unless the input says otherwise, so posterior')
        out.append('// alpha = 1 + conversions and beta = 1 + visitors - conversions in the calls.')
    for cid in ids:
        var = re.sub(r'-(\w)', lambda m: m.group(1).upper(), cid) + 'Cases'
        rows = [l for s, l in lines if "id: '%s'" % cid in l]
        out.append('const %s: RefCase[] = [' % var)
        out.extend(rows)
        out.append('];')
        out.append('')
    out.append("describe('%s', () => {" % titles[name])
    for cid in ids:
        var = re.sub(r'-(\w)', lambda m: m.group(1).upper(), cid) + 'Cases'
        out.append("  describe('%s', () => {" % cid)
        out.append("    it.each(%s.map((c) => [caseName(c), c] as const))('%%s', (_name, c) => checkCase(c));" % var)
        out.append('  });')
    out.append('});')
    open(os.path.join(HERE, '..', '%s.test.ts' % name), 'w').write('\n'.join(out) + '\n')
    print(name, sum(1 for s, l in lines if any("id: '%s'" % c in l for c in ids)))
