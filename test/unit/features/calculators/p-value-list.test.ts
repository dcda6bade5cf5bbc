import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/features/calculators/calculator-form';
import { entryNames, parsePValueList } from '../../../../src/features/calculators/multiple-testing/p-value-list';
import { listError } from '../../../../src/features/calculators/multiple-testing/PValueEditor';
import { metricNames, multipleTestingSummary } from '../../../../src/features/calculators/multiple-testing/summary';
import type { CalculatorController } from '../../../../src/features/calculators/use-calculator';
import { calculate } from '../../../../src/domain/stats';

describe('parsePValueList', () => {
  it('reads named lines, bare numbers, several numbers on a line, percents and comments', () => {
    const entries = parsePValueList('Revenue per user 0.012\nSign-ups, 0.04\n0.01, 0.02 0.03;0.5\n\n# notes\np95 latency: 3e-4\n5%');
    expect(entries.map((e) => e.value)).toEqual([0.012, 0.04, 0.01, 0.02, 0.03, 0.5, 0.0003, 0.05]);
    expect(entryNames(entries)).toEqual(['Revenue per user', 'Sign-ups', 'Metric 3', 'Metric 4', 'Metric 5', 'Metric 6', 'p95 latency', 'Metric 8']);
    expect(entries.map((e) => e.line)).toEqual([1, 2, 3, 3, 3, 3, 6, 7]);
  });

  it('keeps what is not a number as text, so the engine names it', () => {
    expect(parsePValueList('no number here\n0.2x\n<0.001').map((e) => e.value)).toEqual(['no number here', '0.2x', '<0.001']);
  });
});

describe('the multiple-testing form', () => {
  const ctl = (text: string) => {
    const draft = { pValues: text, alpha: '0.05' };
    return { draft, evaluation: evaluate('multiple-testing-correction', draft) } as unknown as CalculatorController;
  };

  it('puts the engine message on the pasted line it is about', () => {
    expect(listError(ctl('Revenue 0.01\nSign-ups 0.02\n\nRetention 1.4'))).toBe('Line 4 (Retention): A p-value must be between 0 and 1 (got 1.4)');
    expect(listError(ctl(''))).toBe('Give at least one p-value');
    expect(listError(ctl('0.01 0.02'))).toBeUndefined();
  });

  it('names the table rows from the pasted list and copies every adjusted p-value', () => {
    const input = { pValues: [0.01, 0.04], alpha: 0.05 };
    const output = calculate('multiple-testing-correction', input);
    expect(metricNames(input, { pValues: 'Revenue 0.01\nSign-ups 0.04', alpha: '0.05' })).toEqual(['Revenue', 'Sign-ups']);
    // A draft that no longer matches the input (typed since) falls back to numbered metrics.
    expect(metricNames(input, { pValues: '0.01', alpha: '0.05' })).toEqual(['Metric 1', 'Metric 2']);
    const summary = multipleTestingSummary(input, output, { pValues: 'Revenue 0.01\nSign-ups 0.04', alpha: '0.05' });
    // R, p <- c(0.01, 0.04): p.adjust(p, m) for bonferroni, holm, hochberg, hommel, BH, BY =
    // (0.02, 0.08), (0.02, 0.04), (0.02, 0.04), (0.02, 0.04), (0.02, 0.04), (0.03, 0.06)
    expect(summary.details?.rows[0]).toEqual(['Revenue', '0.0100', '0.0200 ✓', '0.0200 ✓', '0.0200 ✓', '0.0200 ✓', '0.0200 ✓', '0.0300 ✓']);
    expect(summary.details?.rows[1]).toEqual(['Sign-ups', '0.0400', '0.0800', '0.0400 ✓', '0.0400 ✓', '0.0400 ✓', '0.0400 ✓', '0.0600']);
  });
});
