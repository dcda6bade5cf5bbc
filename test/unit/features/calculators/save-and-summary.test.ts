import { describe, expect, it } from 'vitest';
import { parseAbtestSource } from '../../../../src/domain/episode';
import { calculate, calculatorIds, defaultInput } from '../../../../src/domain/stats';
import { markdownTable, summarize } from '../../../../src/features/calculators/result-summary';
import { abtestBlock, appendBlock, episodeForWeek } from '../../../../src/features/calculators/save-data';

describe('abtest blocks', () => {
  it('writes a block that parseAbtestSource reads back', () => {
    const input = { control: { visitors: 10000, conversions: 1000 }, treatment: { visitors: 10000, conversions: 1080 }, alpha: 0.05, alternative: 'two-sided' };
    const block = abtestBlock('two-proportion-z-test', input);
    expect(block.startsWith('```abtest\n')).toBe(true);
    expect(block.endsWith('\n```')).toBe(true);
    const source = block.slice('```abtest\n'.length, -'\n```'.length);
    expect(parseAbtestSource(source)).toEqual({ calculator: 'two-proportion-z-test', input });
  });

  it.each([
    { body: '## Notes\nText\n\n\n', expected: '## Notes\nText\n\nB\n' },
    { body: '', expected: 'B\n' },
  ])('appendBlock(%j)', ({ body, expected }) => expect(appendBlock(body, 'B')).toBe(expected));

  it('finds the episode of a week', () => {
    const list = [{ id: 'a', weekOf: '2026-11-23' }, { id: 'b', weekOf: '2026-11-16' }];
    expect(episodeForWeek(list, '2026-11-16')?.id).toBe('b');
    expect(episodeForWeek(list, '2026-11-30')).toBeUndefined();
  });
});

describe('summaries', () => {
  it.each(calculatorIds)('%s: example gives rows and a verdict without NaN', (id) => {
    const input = defaultInput(id);
    const summary = summarize(id, input, calculate(id, input));
    expect(summary.rows.length).toBeGreaterThan(0);
    expect(summary.verdict.length).toBeGreaterThan(20);
    expect(JSON.stringify(summary.rows.map((r) => r.value))).not.toMatch(/NaN|Infinity|undefined/);
    expect(summary.verdict).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('reads the R reference for prop.test(c(1080, 1000), c(10000, 10000), correct = FALSE)', () => {
    const input = defaultInput('two-proportion-z-test');
    const summary = summarize('two-proportion-z-test', input, calculate('two-proportion-z-test', input));
    const value = (label: string) => summary.rows.find((r) => r.label === label)?.value;
    expect(value('p-value')).toBe('0.0639');
    expect(value('z')).toBe('1.853');
    expect(value('95% CI of the difference')).toBe('−0.05 pp to +1.65 pp');
    expect(summary.tone).toBe('neutral');
  });

  it('flags an SRM (R: chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$p.value = 1.8e-219)', () => {
    const input = { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5], threshold: 0.001 };
    const summary = summarize('srm-check', input, calculate('srm-check', input));
    expect(summary.tone).toBe('negative');
    expect(summary.verdict).toContain('1.8 × 10⁻²¹⁹');
  });

  it.each([
    // R: chisq.test(c(50499, 49501), p = c(0.5, 0.5))$p.value = 0.0015997457871179124
    { observed: [50499, 49501], tone: 'warning', says: /^Worth a look: p = 0\.0016 is above the threshold 0\.001/ },
    // R: chisq.test(c(50120, 49480), p = c(0.5, 0.5))$p.value = 0.042568658372845451
    { observed: [50120, 49480], tone: 'positive', says: /^No sample ratio mismatch \(p = 0\.0426, threshold 0\.001\)/ },
    // R: chisq.test(c(50600, 49400), p = c(0.5, 0.5))$p.value = 0.00014780231033445406
    { observed: [50600, 49400], tone: 'negative', says: /^Sample ratio mismatch: p = 0\.00015 is below the threshold 0\.001/ },
  ])('SRM verdict for $observed shows p and the threshold, tone $tone', ({ observed, tone, says }) => {
    const input = { observed, expectedRatios: [0.5, 0.5], threshold: 0.001 };
    const summary = summarize('srm-check', input, calculate('srm-check', input));
    expect(summary.tone).toBe(tone);
    expect(summary.verdict).toMatch(says);
  });

  it('both arms at 0% is explained, not NaN', () => {
    const input = { control: { visitors: 100, conversions: 0 }, treatment: { visitors: 100, conversions: 0 }, alpha: 0.05, alternative: 'two-sided' as const };
    const summary = summarize('two-proportion-z-test', input, calculate('two-proportion-z-test', input));
    expect(summary.verdict).toContain('no variation');
    expect(JSON.stringify(summary)).not.toMatch(/NaN|null/);
  });

  it('makes a GFM table', () => {
    const input = defaultInput('normal-quantile');
    const md = markdownTable('normal-quantile', summarize('normal-quantile', input, calculate('normal-quantile', input)));
    expect(md).toContain('| Result | Value |\n| --- | ---: |\n| z | 1.9600 |');
  });
});
