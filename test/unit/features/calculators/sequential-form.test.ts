// The sequential screens' pasted tables, their mapping to the engine's looks and back, and the chart series.
import { describe, expect, it } from 'vitest';
import { calculate, defaultInput } from '../../../../src/domain/stats';
import { defaultDraft, draftFromInput, evaluate, inputFromDraft } from '../../../../src/features/calculators/calculator-form';
import { dailyCounts, parseLookTable, runningTotals } from '../../../../src/features/calculators/sequential/looks-csv';
import { looksMessage } from '../../../../src/features/calculators/sequential/LooksEditor';
import { proportionRows } from '../../../../src/features/calculators/sequential/forms';
import { dailySplits, firstStops, sequentialSeries } from '../../../../src/features/calculators/sequential/sequential-data';
import type { CalculatorController } from '../../../../src/features/calculators/use-calculator';

describe('parseLookTable', () => {
  it('skips a header, reads labelled and unlabelled rows, commas, tabs and quoted thousands', () => {
    const rows = parseLookTable('day,visitors A,conv A,visitors B,conv B\n2026-03-02, 1000, 100, 1010, 120\n"1,200"\t130\t1190\t140\n\n# note\n900;90;905;99', 4, 'looks', 'x');
    expect(rows.map((r) => r.label)).toEqual(['2026-03-02', 'Day 2', 'Day 3']);
    expect(rows.map((r) => r.values)).toEqual([[1000, 100, 1010, 120], [1200, 130, 1190, 140], [900, 90, 905, 99]]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 6]);
  });

  it('refuses a row of the wrong width, naming its line', () => {
    expect(() => parseLookTable('1000,100,1000\n', 4, 'looks', 'visitors and conversions of A, then of B')).toThrow(/^Line 1 has 3 numbers; each row needs visitors and conversions of A, then of B \(4 numbers\), after an optional label\.$/);
    expect(() => parseLookTable('Mon,1000,100,1000\n', 4, 'looks', 'x')).toThrow(/^Line 1 has 3 numbers after “Mon”; each row needs x \(4 numbers\)/);
  });

  it('turns daily counts into running totals and back; text stays for the engine to name', () => {
    expect(runningTotals([[1, 2], [3, 4], [5, 6]])).toEqual([[1, 2], [4, 6], [9, 12]]);
    expect(dailyCounts([[1, 2], [4, 6], [9, 12]])).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(runningTotals([[1, 'x'], [3, 4]])).toEqual([[1, 'x'], [4, 4]]);
  });
});

describe('the sequential-proportions form', () => {
  it('reads the example back to the engine input it came from', () => {
    const example = defaultInput('sequential-proportions');
    expect(inputFromDraft('sequential-proportions', defaultDraft('sequential-proportions'))).toEqual({ ...example, simpleSequentialN: undefined });
    expect(evaluate('sequential-proportions', draftFromInput('sequential-proportions', example)).ok).toBe(true);
  });

  it('reads running totals when told so', () => {
    const draft = { looks: '1000,100,1000,110\n2000,190,2000,230', countsAre: 'cumulative', alpha: '0.05', tuningN: '5000', tau: '0.01', simpleSequentialN: '' };
    const input = inputFromDraft('sequential-proportions', draft) as { earlierLooks: unknown[]; control: unknown };
    expect(input.earlierLooks).toEqual([{ control: { visitors: 1000, conversions: 100 }, treatment: { visitors: 1000, conversions: 110 } }]);
    expect(input.control).toEqual({ visitors: 2000, conversions: 190 });
  });

  it('names the day an engine error is about', () => {
    const draft = { looks: 'day,vA,cA,vB,cB\nMon,1000,100,1000,110\nTue,1000,950,1000,120\nWed,1000,100,1000,100', countsAre: 'daily', alpha: '0.05', tuningN: '5000', tau: '0.01', simpleSequentialN: '' };
    const evaluation = evaluate('sequential-proportions', draft);
    const ctl = { draft, evaluation } as unknown as CalculatorController;
    // Tue's running totals: 2,000 visitors and 1,050 conversions in A, fine; Wed: 3,000 and 1,150, fine.
    expect(evaluation.ok).toBe(true);
    const bad = { ...draft, looks: 'Mon,1000,100,1000,110\nTue,1000,100,1000,1900' };
    const ev2 = evaluate('sequential-proportions', bad);
    expect(looksMessage({ draft: bad, evaluation: ev2 } as unknown as CalculatorController, proportionRows(bad), true)).toBe('Tue (line 2), running totals: Conversions (2010) cannot exceed visitors (2000) in the treatment arm');
    expect(looksMessage(ctl, proportionRows(draft), true)).toBeUndefined();
    const empty = evaluate('sequential-proportions', { ...draft, looks: 'day,vA,cA,vB,cB' });
    expect(empty.ok ? '' : `${empty.error.field}: ${empty.error.message}`).toMatch(/^looks: Paste at least one row/);
  });
});

describe('sequential chart data', () => {
  const input = defaultInput('sequential-proportions');
  const out = calculate('sequential-proportions', input);
  it('draws one point per look, with bands in percentage points and running-minimum p-values', () => {
    // R: qnorm(0.975) = 1.959963984540054
    const points = sequentialSeries(out.byLook, ['a', 'b', 'c'], 1.959963984540054, 100);
    expect(points.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(points[2]!.fixedBand![0]).toBeCloseTo(out.fixedHorizon.ciLower! * 100, 12);
    expect(points[2]!.csBand![1]).toBeCloseTo(out.byMethod.confidenceSequence.ciUpper! * 100, 12);
    expect(points[2]!.csP).toBe(out.byMethod.confidenceSequence.pValue);
    for (let i = 1; i < points.length; i++) expect(points[i]!.csP!).toBeLessThanOrEqual(points[i - 1]!.csP!);
  });

  it('finds the first look each rule rejects at', () => {
    const looks = [0.2, 0.03, 0.5].map((p, i) => ({ n: 10 * (i + 1), diff: 0, se: 1, fixedPValue: p, csLower: 0, csUpper: 0, csPValue: i === 2 ? 0.01 : 0.9, msprtPValue: 0.6 }));
    expect(firstStops(looks, 0.05)).toEqual({ fixed: 1, confidenceSequence: 2, mSPRT: null });
  });

  it('tests each day’s new users for a sample ratio mismatch (R: chisq.test(c(997, 810), p = c(0.5, 0.5))$p.value = 1.0870734905331774e-05)', () => {
    const days = dailySplits([{ control: 1000, treatment: 1000 }, { control: 1997, treatment: 1810 }], ['d1', 'd2'], 0.5);
    expect(days[0]).toMatchObject({ control: 1000, treatment: 1000, share: 0.5, pValue: 1, flagged: false });
    expect(days[1]!.control).toBe(997);
    expect(days[1]!.pValue! / 1.0870734905331774e-05 - 1).toBeLessThan(1e-6);
    expect(days[1]!.flagged).toBe(true);
  });
});
