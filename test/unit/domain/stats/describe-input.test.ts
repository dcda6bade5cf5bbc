import { describe, expect, it } from 'vitest';
import type { CalculatorId } from '../../../../src/domain/stats';
import { describeInput } from '../../../../src/domain/stats';

describe('describeInput: a calculator input as rows a person reads', () => {
  it.each<[CalculatorId, unknown, [string, string][]]>([
    ['srm-check', { observed: [50120, 49480], expectedRatios: [0.5, 0.5], threshold: 0.001 }, [['Visitors per arm', '50,120 / 49,480'], ['Planned split (sums to 1)', '0.5 / 0.5'], ['Flag a mismatch when p is below', '0.001']]],
    ['chi-square-independence', { table: [[120, 880], [150, 850]], yatesCorrection: false }, [['Contingency table (counts)', '120 / 880; 150 / 850'], ['Yates continuity correction (2x2 only)', 'no']]],
    ['bayesian-ab', { control: { visitors: 10000, conversions: 1000 }, prior: { alpha: 1, beta: 1 } }, [['Control (A)', '10,000 visitors, 1,000 conversions'], ['Beta prior for both arms', 'alpha 1, beta 1']]],
    ['welch-t-test', { control: { mean: 12.5, sd: 3, n: 400 } }, [['Control (A)', 'mean 12.5, sd 3, n 400']]],
    ['normal-quantile', 'not an object', []],
  ])('%s', (id, input, expected) => {
    expect(describeInput(id, input).map((r) => [r.label, r.value])).toEqual(expected);
  });
});
