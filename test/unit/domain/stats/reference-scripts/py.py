import numpy as np
from scipy import stats
from statsmodels.stats.power import NormalIndPower, TTestIndPower
from statsmodels.stats.proportion import proportion_effectsize, proportion_confint
def emit(id, inp, path, call, tol='rel'):
    v = float(eval(call))
    print("  { id: '%s', input: %s, path: '%s', expected: %r, tol: '%s', call: %s }," % (id, inp, path, v, tol, '"' + call.replace('"', '\\"') + '"'))
print('// statsmodels / scipy')
for p1, p2, n, a, alt, salt in [(0.1, 0.11, 10000, 0.05, 'two-sided', 'two-sided'), (0.1, 0.11, 10000, 0.05, 'one-sided', 'larger'), (0.3, 0.2, 50, 0.05, 'two-sided', 'two-sided'), (0.1, 0.1003, 10000000, 0.05, 'two-sided', 'two-sided')]:
    inp = "{ baselineRate: %s, treatmentRate: %s, nPerArm: %s, alpha: %s, alternative: '%s' }" % (p1, p2, n, a, alt)
    emit('power-proportions', inp, 'byMethod.cohensH.power', "NormalIndPower().power(effect_size=abs(proportion_effectsize(%s, %s)), nobs1=%s, alpha=%s, ratio=1, alternative='%s')" % (p2, p1, n, a, salt))
    emit('power-proportions', inp, 'byMethod.cohensH.effectSizeH', "proportion_effectsize(%s, %s)" % (p2, p1))
for sd, mde, n, a, alt, salt in [(20, 2, 1000, 0.05, 'two-sided', 'two-sided'), (1, 0.3, 5, 0.05, 'two-sided', 'two-sided'), (20, 2, 1000, 0.05, 'one-sided', 'larger'), (1, 2, 30, 0.05, 'two-sided', 'two-sided')]:
    inp = "{ sd: %s, mde: %s, nPerArm: %s, alpha: %s, alternative: '%s' }" % (sd, mde, n, a, alt)
    emit('power-means', inp, 'byMethod.tTestBothTails.power', "TTestIndPower().power(effect_size=%s/%s, nobs1=%s, alpha=%s, ratio=1, alternative='%s')" % (mde, sd, n, a, salt))
for (m1, s1, n1, m2, s2, n2, alt, salt) in [(52.3, 14.1, 400, 54.8, 15.6, 380, 'two-sided', 'two-sided'), (10, 2, 2, 13, 1, 3, 'less', 'less'), (5, 1, 1000, 6.5, 1.2, 900, 'two-sided', 'two-sided')]:
    inp = "{ control: { mean: %s, sd: %s, n: %s }, treatment: { mean: %s, sd: %s, n: %s }, alternative: '%s' }" % (m1, s1, n1, m2, s2, n2, alt)
    for eq, id in [(False, 'welch-t-test'), (True, 'student-t-test')]:
        emit(id, inp, 'pValue', "stats.ttest_ind_from_stats(%s, %s, %s, %s, %s, %s, equal_var=%s, alternative='%s').pvalue" % (m2, s2, n2, m1, s1, n1, eq, salt))
        emit(id, inp, 't', "stats.ttest_ind_from_stats(%s, %s, %s, %s, %s, %s, equal_var=%s, alternative='%s').statistic" % (m2, s2, n2, m1, s1, n1, eq, salt))
for x, n, a in [(45, 500, 0.05), (0, 20, 0.05), (1000003, 10000000, 0.01)]:
    inp = "{ successes: %s, trials: %s, alpha: %s }" % (x, n, a)
    emit('proportion-ci-wilson', inp, 'upper', "proportion_confint(%s, %s, alpha=%s, method='wilson')[1]" % (x, n, a))
