import { describe, expect, it } from 'vitest';
import { defaultDraft, evaluate, restoreDraft } from '../../../../src/features/calculators/calculator-form';
import { errorAt, fromDraft, getAt, parseNumberText, setAt, toDraft } from '../../../../src/features/calculators/form-draft';

describe('parseNumberText', () => {
  it.each([
    { text: '10000', expected: 10000 },
    { text: '10,000', expected: 10000 },
    { text: ' 0.05 ', expected: 0.05 },
    { text: '1e-3', expected: 0.001 },
    { text: '−2', expected: -2 },
    { text: '.5', expected: 0.5 },
    { text: '', expected: undefined },
    { text: 'abc', expected: 'abc' },
    { text: '1.2.3', expected: '1.2.3' },
    // A rate typed as a percent is the fraction it means.
    { text: '5%', expected: 0.05 },
    { text: '14.7 %', expected: 0.147 },
    { text: '0.5%', expected: 0.005 },
    { text: '1e1%', expected: 0.1 },
    { text: '%', expected: '%' },
    { text: '5%%', expected: '5%%' },
  ])('$text', ({ text, expected }) => expect(parseNumberText(text)).toBe(expected));
});

describe('drafts', () => {
  it('round-trips an input through the typed form', () => {
    const input = { control: { visitors: 10000, conversions: 1000 }, alternative: 'two-sided', table: [[1, 2], [3, 4]], yates: true };
    expect(fromDraft(toDraft(input), input)).toEqual(input);
  });

  it('keeps as text what is text in the example, and reads numbers', () => {
    const example = { alternative: 'two-sided', alpha: 0.05, mdeType: 'absolute', arms: [{ n: 1 }] };
    expect(fromDraft({ alternative: 'less', alpha: '0.05', mdeType: 'relative', arms: [{ n: '2' }, { n: '3' }] }, example)).toEqual({
      alternative: 'less', alpha: 0.05, mdeType: 'relative', arms: [{ n: 2 }, { n: 3 }],
    });
    // Without an example beside it, text is read as a number (or left for the engine to name).
    expect(fromDraft({ alternative: 'less', alpha: '5%' })).toEqual({ alternative: 'less', alpha: 0.05 });
  });

  it('sets and gets dotted paths without touching the original', () => {
    const draft = toDraft({ control: { visitors: 1 }, table: [[1, 2], [3, 4]] });
    const next = setAt(setAt(draft, 'control.visitors', '7'), 'table.1.0', '9');
    expect(getAt(next, 'control.visitors')).toBe('7');
    expect(getAt(next, 'table.1.0')).toBe('9');
    expect(getAt(draft, 'control.visitors')).toBe('1');
  });

  it('restores remembered inputs in the example shape and ignores garbage', () => {
    expect(restoreDraft('two-proportion-z-test', { control: { visitors: '500', conversions: 5 }, alpha: null, evil: 1 })).toEqual({
      control: { visitors: '500', conversions: '5' },
      treatment: { visitors: '10000', conversions: '1080' },
      alpha: '0.05',
      alternative: 'two-sided',
    });
    expect(restoreDraft('srm-check', 'nonsense')).toEqual(defaultDraft('srm-check'));
    expect(getAt(restoreDraft('srm-check', { observed: ['1', '2', '3'] }), 'observed')).toEqual(['1', '2', '3']);
  });
});

describe('evaluate', () => {
  it('puts the engine message on the field that is wrong', () => {
    const draft = setAt(defaultDraft('two-proportion-z-test'), 'treatment.conversions', '20000');
    const ev = evaluate('two-proportion-z-test', draft);
    expect(ev.ok).toBe(false);
    expect(errorAt(ev, 'treatment.conversions')).toBe('Conversions (20000) cannot exceed visitors (10000) in the treatment arm');
    expect(errorAt(ev, 'treatment')).toBeDefined();
    expect(errorAt(ev, 'control.conversions')).toBeUndefined();
  });

  it('reports an empty field as required', () => {
    const ev = evaluate('normal-quantile', { p: '' });
    expect(ev.ok ? '' : ev.error.message).toBe('Probability p is required');
  });

  it('computes the reference case (R: prop.test(c(1080, 1000), c(10000, 10000), correct = FALSE)$p.value)', () => {
    const ev = evaluate('two-proportion-z-test', defaultDraft('two-proportion-z-test'));
    expect(ev.ok && (ev.output as { pValue: number }).pValue).toBeCloseTo(0.063864689107958894, 10);
  });
});

describe('defaultDraft with the user’s defaults (Settings)', () => {
  it('uses the default alpha and power where the calculator takes them, and nothing else', () => {
    const planning = defaultDraft('sample-size-proportions', { defaultAlpha: 0.01, defaultPower: 0.9 }) as Record<string, unknown>;
    expect(planning.alpha).toBe('0.01');
    expect(planning.power).toBe('0.9');
    const test = defaultDraft('two-proportion-z-test', { defaultAlpha: 0.1, defaultPower: 0.9 }) as Record<string, unknown>;
    expect(test.alpha).toBe('0.1');
    expect(test).not.toHaveProperty('power');
    // The Bayesian prior's alpha is a Beta parameter, not a significance level.
    const bayes = defaultDraft('bayesian-ab', { defaultAlpha: 0.1, defaultPower: 0.9 }) as { prior: Record<string, unknown> };
    expect(bayes.prior.alpha).toBe('1');
  });
});
