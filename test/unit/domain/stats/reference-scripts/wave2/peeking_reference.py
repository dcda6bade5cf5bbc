# Reference rejection rates for the peeking simulator: the same model (binomial draws per look, cumulative
# totals, each look judged by the fixed-horizon z-test, GrowthBook's confidence sequence and the mSPRT,
# a look with se = 0 never rejecting) run 2,000,000 times with numpy, and exact enumeration for K = 1.
#   /usr/bin/python3 peeking_reference.py > /tmp/peeking.rows   (about 5 minutes on 2 cores)
import json, math
import numpy as np
from scipy.stats import binom, norm

def p_values(cA, cB, visitors, alpha, tuning_n, tau):
    pA, pB = cA / visitors, cB / visitors
    diff = pB - pA
    se = np.sqrt((pA * (1 - pA) + pB * (1 - pB)) / visitors)
    ok = se > 0
    z = np.where(ok, diff / np.where(ok, se, 1), 0)
    n = 2 * visitors
    l = -2 * math.log(alpha); rho2 = (l + math.log(1 + l)) / tuning_n
    nr2 = n * rho2
    fixed = np.where(ok, 2 * norm.sf(np.abs(z)), np.inf)
    cs = np.where(ok, np.exp(np.minimum(0, 0.5 * np.log1p(nr2) - nr2 * z * z / (2 * (nr2 + 1)))), np.inf)
    v = np.where(ok, se * se, 1)
    log_lambda = 0.5 * np.log(v / (v + tau * tau)) + diff * diff * tau * tau / (2 * v * (v + tau * tau))
    msprt = np.where(ok, np.exp(np.minimum(0, -log_lambda)), np.inf)
    return fixed, cs, msprt

def simulate(K, m, rate_a, rate_b, alpha, tuning_n, tau, runs, seed, chunk=100_000):
    rng = np.random.default_rng(seed)
    first = np.zeros((3, K))
    visitors = m * np.arange(1, K + 1)
    for start in range(0, runs, chunk):
        size = min(chunk, runs - start)
        cA = np.cumsum(rng.binomial(m, rate_a, (size, K)), axis=1)
        cB = np.cumsum(rng.binomial(m, rate_b, (size, K)), axis=1)
        for j, p in enumerate(p_values(cA, cB, visitors, alpha, tuning_n, tau)):
            rej = p < alpha
            hit = rej.any(axis=1)
            idx = rej.argmax(axis=1)
            np.add.at(first[j], idx[hit], 1)
    return np.cumsum(first, axis=1) / runs

def exact_k1(m, rate, alpha, tuning_n, tau):
    x = np.arange(m + 1)
    w = binom.pmf(x, m, rate)
    cA, cB = np.meshgrid(x, x, indexing='ij')
    weights = np.outer(w, w)
    return [float((weights * (p < alpha)).sum()) for p in p_values(cA, cB, m, alpha, tuning_n, tau)]

names = ['fixedHorizon', 'confidenceSequence', 'mSPRT']
configs = [
    dict(name='A/A, 20 looks of 1,000 per arm at 10%', K=20, m=1000, rate_a=0.1, rate_b=0.1, alpha=0.05, tuning_n=5000, tau=0.01, seed=11),
    dict(name='A/B 10% vs 11%, 10 looks of 500', K=10, m=500, rate_a=0.1, rate_b=0.11, alpha=0.05, tuning_n=5000, tau=0.01, seed=12),
    dict(name='A/A, 5 looks of 50 at 2% (many looks without variation)', K=5, m=50, rate_a=0.02, rate_b=0.02, alpha=0.1, tuning_n=1000, tau=0.02, seed=13),
]
RUNS = 2_000_000
out = {'runs': RUNS, 'simulated': [], 'exact': []}
for c in configs:
    cum = simulate(c['K'], c['m'], c['rate_a'], c['rate_b'], c['alpha'], c['tuning_n'], c['tau'], RUNS, c['seed'])
    out['simulated'].append({**c, 'cumulative': {n: [float(v) for v in cum[j]] for j, n in enumerate(names)},
                             'call': 'simulate(K=%(K)d, m=%(m)d, rate_a=%(rate_a)r, rate_b=%(rate_b)r, alpha=%(alpha)r, tuning_n=%(tuning_n)r, tau=%(tau)r, runs=2_000_000, seed=%(seed)d)' % c})
for m, rate, alpha, tuning_n, tau in [(1000, 0.1, 0.05, 5000, 0.01), (50, 0.02, 0.1, 1000, 0.02)]:
    out['exact'].append({'m': m, 'rate': rate, 'alpha': alpha, 'tuningN': tuning_n, 'tau': tau, 'rates': dict(zip(names, exact_k1(m, rate, alpha, tuning_n, tau))),
                         'call': 'exact_k1(m=%d, rate=%r, alpha=%r, tuning_n=%r, tau=%r)' % (m, rate, alpha, tuning_n, tau)})
print(json.dumps(out, indent=1))
