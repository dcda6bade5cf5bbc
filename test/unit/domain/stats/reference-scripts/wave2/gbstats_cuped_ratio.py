# Reference rows for cuped and ratio-metric: raw data drawn with numpy (seeds below), its sums as the
# input, expected values from gbstats (GrowthBook 8f1db4456915a8e7b7faf23d5632ca7219d2f469) and
# cross-checked against statsmodels 0.13.5 OLS (CUPED) and the linearisation (ratio) on the raw data:
#   PYTHONPATH=/path/to/growthbook/packages/stats /usr/bin/python3 gbstats_cuped_ratio.py > /tmp/cr.rows
import json
import numpy as np
import statsmodels.api as sm
from scipy.stats import norm
from gbstats.frequentist.tests import FrequentistConfig, TwoSidedTTest
from gbstats.models.statistics import RatioStatistic, RegressionAdjustedStatistic, SampleMeanStatistic, compute_theta

def ts(v):
    return 'null' if v is None else repr(float(v))

def emit(cid, inp, path, value, call):
    print("  { id: '%s', input: %s, path: '%s', expected: %s, tol: 'rel', call: %s }," % (cid, inp, path, ts(value), json.dumps(call)))

def arm_text(d):
    return '{ %s }' % ', '.join('%s: %r' % (k, float(v) if k != 'n' else int(v)) for k, v in d.items())

def cuped_case(label, y_a, x_a, y_b, x_b, alpha=0.05):
    sums = lambda y, x: {'n': len(y), 'sumY': y.sum(), 'sumY2': (y * y).sum(), 'sumX': x.sum(), 'sumX2': (x * x).sum(), 'sumXY': (x * y).sum()}
    A, B = sums(y_a, x_a), sums(y_b, x_b)
    inp = '{ control: %s, treatment: %s, alpha: %r }' % (arm_text(A), arm_text(B), alpha)
    stat = lambda s: RegressionAdjustedStatistic(n=s['n'], post_statistic=SampleMeanStatistic(n=s['n'], sum=s['sumY'], sum_squares=s['sumY2']),
                                                 pre_statistic=SampleMeanStatistic(n=s['n'], sum=s['sumX'], sum_squares=s['sumX2']),
                                                 post_pre_sum_of_products=s['sumXY'], theta=None)
    a, b = stat(A), stat(B)
    theta = compute_theta(a, b)
    test = TwoSidedTTest([(a, b)], FrequentistConfig(difference_type='absolute', alpha=alpha))
    call = '%s: TwoSidedTTest([(RegressionAdjustedStatistic(control sums), RegressionAdjustedStatistic(treatment sums))], FrequentistConfig(difference_type=\'absolute\'))' % label
    diff, se = test.moments_result.point_estimate, test.moments_result.standard_error
    z = diff / se
    # statsmodels cross-check on the raw data
    y = np.concatenate([y_a, y_b]); x = np.concatenate([x_a, x_b]); t = np.concatenate([np.zeros(len(y_a)), np.ones(len(y_b))])
    slope = sm.OLS(y, sm.add_constant(x)).fit().params[1]
    fit = sm.OLS(y - slope * x, sm.add_constant(t)).fit(cov_type='HC2')
    assert abs(fit.params[1] / diff - 1) < 1e-9 and abs(fit.bse[1] / se - 1) < 1e-9 and abs(slope / theta - 1) < 1e-9, (fit.params[1], diff, fit.bse[1], se, slope, theta)
    unadj = TwoSidedTTest([(SampleMeanStatistic(n=A['n'], sum=A['sumY'], sum_squares=A['sumY2']), SampleMeanStatistic(n=B['n'], sum=B['sumY'], sum_squares=B['sumY2']))], FrequentistConfig(difference_type='absolute', alpha=alpha))
    xbar_p = (A['sumX'] + B['sumX']) / (A['n'] + B['n'])
    corr = np.corrcoef(x, y)[0, 1]
    emit('cuped', inp, 'theta', theta, label + ': compute_theta(a, b); = statsmodels OLS(y, [1, x]) slope')
    emit('cuped', inp, 'correlation', corr, label + ': numpy.corrcoef(x, y)[0, 1] over both arms')
    emit('cuped', inp, 'diff', diff, call + '.moments_result.point_estimate; = statsmodels OLS(y - theta x, [1, t]) coefficient of t')
    emit('cuped', inp, 'se', se, call + '.moments_result.standard_error; = HC2 standard error of t')
    emit('cuped', inp, 'z', z, 'point_estimate / standard_error')
    emit('cuped', inp, 'pValue', 2 * norm.sf(abs(z)), '2 * scipy.stats.norm.sf(abs(z))')
    emit('cuped', inp, 'ciLower', diff - norm.ppf(1 - alpha / 2) * se, 'diff - norm.ppf(1 - alpha / 2) * se')
    emit('cuped', inp, 'ciUpper', diff + norm.ppf(1 - alpha / 2) * se, 'diff + norm.ppf(1 - alpha / 2) * se')
    emit('cuped', inp, 'diffUnadjusted', unadj.moments_result.point_estimate, label + ': TwoSidedTTest([(SampleMeanStatistic(Y of A), SampleMeanStatistic(Y of B))]).moments_result.point_estimate')
    emit('cuped', inp, 'seUnadjusted', unadj.moments_result.standard_error, label + ': the same .standard_error')
    emit('cuped', inp, 'controlAdjustedMean', a.__class__(**{**a.__dict__, 'theta': theta}).mean + theta * xbar_p, label + ': RegressionAdjustedStatistic(A, theta).mean + theta * pooled mean of X')
    emit('cuped', inp, 'treatmentAdjustedMean', b.__class__(**{**b.__dict__, 'theta': theta}).mean + theta * xbar_p, label + ': RegressionAdjustedStatistic(B, theta).mean + theta * pooled mean of X')
    emit('cuped', inp, 'varianceReduction', 1 - se ** 2 / unadj.moments_result.standard_error ** 2, '1 - se^2 / seUnadjusted^2')
    emit('cuped', inp, 'sampleSizeFactor', 1 - corr ** 2, '1 - numpy.corrcoef(x, y)[0, 1]^2')

def ratio_case(label, m_a, d_a, m_b, d_b, alpha=0.05):
    sums = lambda m, d: {'n': len(m), 'sumM': m.sum(), 'sumM2': (m * m).sum(), 'sumD': d.sum(), 'sumD2': (d * d).sum(), 'sumMD': (m * d).sum()}
    A, B = sums(m_a, d_a), sums(m_b, d_b)
    inp = '{ control: %s, treatment: %s, alpha: %r }' % (arm_text(A), arm_text(B), alpha)
    stat = lambda s: RatioStatistic(n=s['n'], m_statistic=SampleMeanStatistic(n=s['n'], sum=s['sumM'], sum_squares=s['sumM2']),
                                    d_statistic=SampleMeanStatistic(n=s['n'], sum=s['sumD'], sum_squares=s['sumD2']), m_d_sum_of_products=s['sumMD'])
    a, b = stat(A), stat(B)
    absolute = TwoSidedTTest([(a, b)], FrequentistConfig(difference_type='absolute', alpha=alpha))
    relative = TwoSidedTTest([(a, b)], FrequentistConfig(difference_type='relative', alpha=alpha))
    call = label + ": TwoSidedTTest([(RatioStatistic(control sums), RatioStatistic(treatment sums))], FrequentistConfig(difference_type='%s'))"
    diff, se = absolute.moments_result.point_estimate, absolute.moments_result.standard_error
    rel, rel_se = relative.moments_result.point_estimate, relative.moments_result.standard_error
    # linearisation cross-check: var(M - ratio D) / Dbar^2 / n per arm
    lin = lambda m, d: np.var(m - (m.sum() / d.sum()) * d, ddof=1) / d.mean() ** 2 / len(m)
    assert abs(np.sqrt(lin(m_a, d_a) + lin(m_b, d_b)) / se - 1) < 1e-9
    z = diff / se
    q = norm.ppf(1 - alpha / 2)
    emit('ratio-metric', inp, 'controlRatio', a.mean, label + ': RatioStatistic(A).mean')
    emit('ratio-metric', inp, 'treatmentRatio', b.mean, label + ': RatioStatistic(B).mean')
    emit('ratio-metric', inp, 'controlSe', np.sqrt(a.variance / a.n), label + ': sqrt(RatioStatistic(A).variance / n)')
    emit('ratio-metric', inp, 'treatmentSe', np.sqrt(b.variance / b.n), label + ': sqrt(RatioStatistic(B).variance / n)')
    emit('ratio-metric', inp, 'diff', diff, call % 'absolute' + '.moments_result.point_estimate')
    emit('ratio-metric', inp, 'se', se, call % 'absolute' + '.moments_result.standard_error; = linearisation sqrt(sum var(M - ratio D) / Dbar^2 / n)')
    emit('ratio-metric', inp, 'z', z, 'point_estimate / standard_error')
    emit('ratio-metric', inp, 'pValue', 2 * norm.sf(abs(z)), '2 * scipy.stats.norm.sf(abs(z))')
    emit('ratio-metric', inp, 'ciLower', diff - q * se, 'diff - norm.ppf(1 - alpha / 2) * se')
    emit('ratio-metric', inp, 'ciUpper', diff + q * se, 'diff + norm.ppf(1 - alpha / 2) * se')
    emit('ratio-metric', inp, 'relativeLift', rel, call % 'relative' + '.moments_result.point_estimate')
    emit('ratio-metric', inp, 'relativeSe', rel_se, call % 'relative' + '.moments_result.standard_error')
    emit('ratio-metric', inp, 'relativeCiLower', rel - q * rel_se, 'relativeLift - norm.ppf(1 - alpha / 2) * relativeSe')
    emit('ratio-metric', inp, 'relativeCiUpper', rel + q * rel_se, 'relativeLift + norm.ppf(1 - alpha / 2) * relativeSe')

rng = np.random.default_rng(20261)
# Revenue-like Y with a pre-period covariate X (correlation about 0.6), 5,000 users per arm, a +0.4 lift.
x_a = rng.gamma(2.0, 6.0, 5000); y_a = 0.7 * x_a + rng.gamma(1.5, 3.2, 5000)
x_b = rng.gamma(2.0, 6.0, 5000); y_b = 0.7 * x_b + rng.gamma(1.5, 3.2, 5000) + 0.4
print('  // cuped')
cuped_case('numpy default_rng(20261) revenue', y_a, x_a, y_b, x_b)
# Binary conversion with a binary pre-period conversion (sumY2 = sumY), 20,000 per arm.
xa = rng.binomial(1, 0.3, 20000); ya = rng.binomial(1, np.where(xa == 1, 0.25, 0.08)).astype(float)
xb = rng.binomial(1, 0.3, 20000); yb = rng.binomial(1, np.where(xb == 1, 0.265, 0.085)).astype(float)
cuped_case('numpy default_rng(20261) binary', ya, xa.astype(float), yb, xb.astype(float), 0.1)
# Weak covariate (correlation about 0.1), small arms.
x_a = rng.normal(10, 2, 300); y_a = 0.1 * x_a + rng.normal(5, 2, 300)
x_b = rng.normal(10, 2, 280); y_b = 0.1 * x_b + rng.normal(5.3, 2, 280)
cuped_case('numpy default_rng(20261) weak covariate', y_a, x_a, y_b, x_b)
print('  // ratio-metric')
# Revenue per order: orders per user Poisson, revenue per order gamma; 8,000 users per arm.
d_a = rng.poisson(1.4, 8000).astype(float) + 1; m_a = np.array([rng.gamma(3, 12, int(k)).sum() for k in d_a])
d_b = rng.poisson(1.45, 8000).astype(float) + 1; m_b = np.array([rng.gamma(3, 12.4, int(k)).sum() for k in d_b])
ratio_case('numpy default_rng(20261) revenue per order', m_a, d_a, m_b, d_b)
# Click-through: clicks over page views per user, 3,000 users per arm.
d_a = rng.poisson(6, 3000).astype(float) + 1; m_a = rng.binomial(d_a.astype(int), 0.05).astype(float)
d_b = rng.poisson(6, 3000).astype(float) + 1; m_b = rng.binomial(d_b.astype(int), 0.056).astype(float)
ratio_case('numpy default_rng(20261) clicks per view', m_a, d_a, m_b, d_b, 0.1)
