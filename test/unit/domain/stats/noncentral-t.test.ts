import { describe, expect, it } from 'vitest';
import { noncentralTCdf } from '../../../../src/domain/stats/noncentral-t';

// The hand-written noncentral t CDF against R 4.2.2 pt(q, df, ncp); each row holds the R call.
// AS 243 (R's algorithm too) bounds the absolute error by 1e-12, so values far below that (the
// ncp = 20 row) are checked absolutely; powers are >= alpha / 2, where 1e-12 is negligible.
const cases = [
  { t: 2, df: 10, ncp: 1.5, lower: true, expected: 0.65915407244202628, call: 'pt(2, 10, ncp = 1.5, lower.tail = TRUE)' },
  { t: -1, df: 5, ncp: 2, lower: true, expected: 0.0023163756541634273, call: 'pt(-1, 5, ncp = 2, lower.tail = TRUE)' },
  { t: 3, df: 2.5, ncp: 4, lower: false, expected: 0.7903549923083748, call: 'pt(3, 2.5, ncp = 4, lower.tail = FALSE)' },
  { t: 1.96, df: 198, ncp: 2.8, lower: false, expected: 0.79910360617721254, call: 'pt(1.96, 198, ncp = 2.8, lower.tail = FALSE)' },
  { t: -1.96, df: 198, ncp: 2.8, lower: true, expected: 1.0962757396315581e-06, call: 'pt(-1.96, 198, ncp = 2.8, lower.tail = TRUE)' },
  { t: 0, df: 7, ncp: 0.5, lower: true, expected: 0.30853753872598694, call: 'pt(0, 7, ncp = 0.5, lower.tail = TRUE)' },
  { t: 5, df: 30, ncp: 20, lower: true, expected: 1.6079349180472467e-38, call: 'pt(5, 30, ncp = 20, lower.tail = TRUE)' },
  { t: 2.1, df: 5e5, ncp: 2, lower: false, expected: 0.46017266705000598, call: 'pt(2.1, 5e5, ncp = 2, lower.tail = FALSE)' },
];

describe('noncentralTCdf against R pt(q, df, ncp)', () => {
  it.each(cases.map((c) => [c.call, c] as const))('%s', (_call, c) => {
    const actual = noncentralTCdf(c.t, c.df, c.ncp, c.lower);
    expect(Math.abs(actual - c.expected)).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(c.expected), 1e-12));
  });
});
