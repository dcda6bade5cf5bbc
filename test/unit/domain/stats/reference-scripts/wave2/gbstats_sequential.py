# Reference rows for sequential-proportions and sequential-means from gbstats (GrowthBook commit
# 8f1db4456915a8e7b7faf23d5632ca7219d2f469, packages/stats), run with Debian's python3-numpy/scipy/pydantic:
#   PYTHONPATH=/path/to/growthbook/packages/stats /usr/bin/python3 gbstats_sequential.py > /tmp/seq.rows
# Confidence-sequence values are gbstats' own (SequentialTwoSidedTTest, difference_type='absolute').
# Fixed-horizon z, p and interval: scipy.stats.norm on gbstats' point estimate and standard error.
# mSPRT: numpy on the formula of Johari, Pekelis & Walsh (2017) with H = N(0, tau^2), which gbstats does not have.
import json
import numpy as np
from scipy.stats import norm
from gbstats.frequentist.tests import SequentialConfig, SequentialTwoSidedTTest
from gbstats.models.statistics import ProportionStatistic, SampleMeanStatistic

def ts(v):
    return 'null' if v is None else repr(float(v))

def emit(cid, inp, path, value, call):
    print("  { id: '%s', input: %s, path: '%s', expected: %s, tol: 'rel', call: %s }," % (cid, inp, path, ts(value), json.dumps(call)))

def prop_stat(arm):
    return ProportionStatistic(n=arm['visitors'], sum=arm['conversions']), 'ProportionStatistic(n=%d, sum=%d)' % (arm['visitors'], arm['conversions'])

def mean_stat(arm):
    n, m, s = arm['n'], arm['mean'], arm['sd']
    total = m * n
    squares = s * s * (n - 1) + total * total / n
    return SampleMeanStatistic(n=n, sum=total, sum_squares=squares), 'SampleMeanStatistic(n=%d, sum=%r, sum_squares=%r)' % (n, total, squares)

def look_result(stats, look, alpha, tuning_n, tau):
    a, a_call = stats(look['control'])
    b, b_call = stats(look['treatment'])
    cfg = "SequentialConfig(difference_type='absolute', alpha=%r, sequential_tuning_parameter=%r)" % (alpha, tuning_n)
    test = SequentialTwoSidedTTest([(a, b)], SequentialConfig(difference_type='absolute', alpha=alpha, sequential_tuning_parameter=tuning_n))
    t_call = 'SequentialTwoSidedTTest([(%s, %s)], %s)' % (a_call, b_call, cfg)
    diff, se, n = test.moments_result.point_estimate, test.moments_result.standard_error, test.n
    if se == 0:  # gbstats' zero-variance default; the spec makes every statistic of such a look null
        return dict(t_call=t_call, se=0, cs_p=None, msprt_p=None, fixed_p=None, ci=(None, None))
    z = diff / se
    v = se * se
    log_lambda = 0.5 * np.log(v / (v + tau * tau)) + diff * diff * tau * tau / (2 * v * (v + tau * tau))
    return dict(t_call=t_call, diff=diff, se=se, n=n, z=z, hw=test.halfwidth, ci=test.confidence_interval, cs_p=test.p_value, rho=test.rho,
                fixed_p=2 * norm.sf(abs(z)), zq=norm.ppf(1 - alpha / 2), log_lambda=log_lambda, msprt_p=min(1.0, float(np.exp(-log_lambda))))

def case(cid, stats, earlier, latest, alpha, tuning_n, tau, extra=''):
    looks = earlier + [latest]
    keys = ('visitors', 'conversions') if stats is prop_stat else ('mean', 'sd', 'n')
    arm = lambda a: '{ %s }' % ', '.join('%s: %r' % (k, a[k]) for k in keys)
    lk = lambda l: '{ control: %s, treatment: %s }' % (arm(l['control']), arm(l['treatment']))
    inp = '{ earlierLooks: [%s], control: %s, treatment: %s, alpha: %r, tuningN: %r, tau: %r%s }' % (
        ', '.join(lk(l) for l in earlier), arm(latest['control']), arm(latest['treatment']), alpha, tuning_n, tau, extra)
    rs = [look_result(stats, l, alpha, tuning_n, tau) for l in looks]
    r = rs[-1]
    emit(cid, inp, 'diff', r['diff'], r['t_call'] + '.moments_result.point_estimate')
    emit(cid, inp, 'se', r['se'], r['t_call'] + '.moments_result.standard_error')
    emit(cid, inp, 'fixedHorizon.z', r['z'], 'estimate / standard_error of ' + r['t_call'])
    emit(cid, inp, 'fixedHorizon.pValue', r['fixed_p'], '2 * scipy.stats.norm.sf(abs(z)), z from ' + r['t_call'])
    emit(cid, inp, 'fixedHorizon.ciLower', r['diff'] - r['zq'] * r['se'], 'estimate - norm.ppf(1 - alpha / 2) * standard_error, ' + r['t_call'])
    emit(cid, inp, 'fixedHorizon.ciUpper', r['diff'] + r['zq'] * r['se'], 'estimate + norm.ppf(1 - alpha / 2) * standard_error, ' + r['t_call'])
    emit(cid, inp, 'byMethod.confidenceSequence.rho', r['rho'], r['t_call'] + '.rho')
    emit(cid, inp, 'byMethod.confidenceSequence.halfWidth', r['hw'], r['t_call'] + '.halfwidth')
    emit(cid, inp, 'byMethod.confidenceSequence.ciLower', r['ci'][0], r['t_call'] + '.confidence_interval[0]')
    emit(cid, inp, 'byMethod.confidenceSequence.ciUpper', r['ci'][1], r['t_call'] + '.confidence_interval[1]')
    emit(cid, inp, 'byMethod.confidenceSequence.pValue', min(x['cs_p'] for x in rs if x['se'] > 0), 'min over looks with se > 0 of SequentialTwoSidedTTest(...).p_value: ' + ', '.join('%r' % x['cs_p'] for x in rs))
    emit(cid, inp, 'byMethod.mSPRT.logLambda', r['log_lambda'], '0.5*log(V/(V+tau^2)) + diff^2 tau^2/(2 V (V+tau^2)), V = standard_error^2 of ' + r['t_call'])
    emit(cid, inp, 'byMethod.mSPRT.pValue', min(x['msprt_p'] for x in rs if x['se'] > 0), 'min over looks with se > 0 of min(1, exp(-logLambda)): ' + ', '.join('%r' % x['msprt_p'] for x in rs))
    for i, x in enumerate(rs[:-1]):
        if x['se'] == 0:
            for key in ('csPValue', 'csLower', 'msprtPValue', 'fixedPValue'):
                emit(cid, inp, 'byLook.%d.%s' % (i, key), None, 'se = 0 at look %d (%s has zero variance): null by the spec' % (i + 1, x['t_call']))
            continue
        emit(cid, inp, 'byLook.%d.csPValue' % i, x['cs_p'], x['t_call'] + '.p_value')
        emit(cid, inp, 'byLook.%d.csLower' % i, x['ci'][0], x['t_call'] + '.confidence_interval[0]')
        emit(cid, inp, 'byLook.%d.msprtPValue' % i, x['msprt_p'], 'min(1, exp(-logLambda)) at look %d' % (i + 1))
        emit(cid, inp, 'byLook.%d.fixedPValue' % i, x['fixed_p'], '2 * norm.sf(abs(z)) at look %d, %s' % (i + 1, x['t_call']))
    return rs

P = lambda v, c: {'visitors': v, 'conversions': c}
L = lambda a, b: {'control': a, 'treatment': b}
print('  // sequential-proportions')
case('sequential-proportions', prop_stat, [L(P(2000, 200), P(2000, 236)), L(P(4000, 405), P(4000, 452))], L(P(6000, 611), P(6000, 668)), 0.05, 5000, 0.01)
case('sequential-proportions', prop_stat, [L(P(5000000, 500000), P(5000000, 501800))], L(P(10000000, 1000000), P(10000000, 1003000)), 0.05, 5000, 0.001)
case('sequential-proportions', prop_stat, [], L(P(200, 20), P(200, 31)), 0.1, 10000, 0.05)
case('sequential-proportions', prop_stat, [L(P(5000, 500), P(5000, 640))], L(P(20000, 2000), P(20000, 2060)), 0.05, 5000, 0.02)
case('sequential-proportions', prop_stat, [L(P(1000, 0), P(1000, 0))], L(P(3000, 12), P(3000, 25)), 0.01, 2000, 0.004)
M = lambda m, s, n: {'mean': m, 'sd': s, 'n': n}
print('  // sequential-means')
case('sequential-means', mean_stat, [L(M(12.1, 30.5, 1500), M(13.4, 31.8, 1500)), L(M(12.3, 30.9, 3000), M(13.2, 31.2, 3000))], L(M(12.2, 30.7, 4500), M(13.3, 31.5, 4500)), 0.05, 5000, 1)
case('sequential-means', mean_stat, [], L(M(50.0, 20.0, 10000000), M(50.02, 20.1, 10000000)), 0.05, 5000, 0.05)
case('sequential-means', mean_stat, [L(M(3.2, 1.1, 400), M(3.5, 1.0, 380))], L(M(3.25, 1.05, 900), M(3.4, 1.02, 880)), 0.01, 500, 0.2)
