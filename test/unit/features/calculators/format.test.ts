import { describe, expect, it } from 'vitest';
import { confidenceLabel, exact, formatCount, formatFixed, formatNumber, formatP, formatPercent, formatPoints, scientific } from '../../../../src/features/calculators/format';

describe('formatP', () => {
  it.each([
    { input: 0.063864689107958894, expected: '0.0639' },
    { input: 0.0015214196141601214, expected: '0.0015' },
    { input: 0.00025986857661316218, expected: '0.00026' },
    { input: 3.2e-8, expected: '3.2 × 10⁻⁸' },
    { input: 1.0082539188857506e-117, expected: '1 × 10⁻¹¹⁷' },
    { input: 0, expected: '< 10⁻³⁰⁰' },
    { input: 1, expected: '1.000' },
    { input: Number.NaN, expected: '—' },
    { input: null, expected: '—' },
  ])('$input -> $expected', ({ input, expected }) => expect(formatP(input)).toBe(expected));
});

describe('numbers never show NaN, Infinity or undefined', () => {
  const bad = [Number.NaN, Infinity, -Infinity, null, undefined];
  it.each(bad)('%s', (x) => {
    for (const f of [formatNumber, formatCount, formatFixed, formatPercent, formatPoints, exact]) {
      expect(f(x as number)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

describe('formatters', () => {
  it.each([
    { got: formatNumber(1570.7368880101346), expected: '1,571' },
    { got: formatNumber(0.0043166653796651881), expected: '0.004317' },
    { got: formatNumber(-2.5), expected: '−2.5' },
    { got: formatNumber(2.5e-7), expected: '2.5 × 10⁻⁷' },
    { got: formatCount(14751), expected: '14,751' },
    { got: formatFixed(1.8531232916527529, 3), expected: '1.853' },
    { got: formatPercent(0.108), expected: '10.80%' },
    { got: formatPercent(0.08, 1, true), expected: '+8.0%' },
    { got: formatPoints(-0.0004605086774546914), expected: '−0.05 pp' },
    { got: formatPoints(0.016460508677454678), expected: '+1.65 pp' },
    { got: scientific(6.504335616179194e-278), expected: '6.5 × 10⁻²⁷⁸' },
    { got: confidenceLabel(0.05), expected: '95%' },
    { got: confidenceLabel(0.001), expected: '99.9%' },
  ])('$expected', ({ got, expected }) => expect(got).toBe(expected));
});
