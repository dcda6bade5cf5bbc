import { describe, expect, it } from 'vitest';
import { BEST_MATCHES, paletteScore, rankEntries } from '../../../src/app/palette-data';

const entries = [
  'Calculator Sample ratio mismatch check srm-check',
  'Calculator Chi-square test of independence chi-square-independence',
  'Certification Google Cloud Professional Machine Learning Engineer c1',
  'Certification AWS Certified Machine Learning Engineer Associate c2',
  'Go to Settings',
  'Episode Episode 3: Feature stores and a mock interview e3',
  'Go to Sections',
];
const best = (search: string) => [...entries].sort((a, b) => paletteScore(b, search) - paletteScore(a, search))[0];

describe('paletteScore', () => {
  it.each([
    ['srm', 'Calculator Sample ratio mismatch check srm-check'],
    ['SRM', 'Calculator Sample ratio mismatch check srm-check'],
    ['settings', 'Go to Settings'],
    ['feature stores mock', 'Episode Episode 3: Feature stores and a mock interview e3'],
    ['chi', 'Calculator Chi-square test of independence chi-square-independence'],
    ['mle', 'Certification Google Cloud Professional Machine Learning Engineer c1'],
  ])('"%s" ranks %s first', (search, expected) => {
    expect(best(search)).toBe(expected);
  });

  it('hides an entry that matches only by letters scattered across words, once a better match exists', () => {
    const certification = paletteScore('Certification Google Cloud Professional Machine Learning Engineer c1', 'srm');
    const calculator = paletteScore('Calculator Sample ratio mismatch check srm-check', 'srm');
    expect(calculator).toBeGreaterThan(certification * 40);
  });

  it.each([
    ['settings', 'Go to Sections', 0],
    ['', 'anything', 1],
  ])('"%s" against %s', (search, value, expected) => {
    expect(paletteScore(value, search)).toBe(expected);
  });

  it('letters in order count only close together', () => {
    expect(paletteScore('Go to Settings', 'stngs')).toBeGreaterThan(0);
    expect(paletteScore('Episode 2: A baseline churn model and my first A/B test readout', 'flashcards')).toBe(0);
  });

  it('every typed word must match', () => {
    expect(paletteScore('Go to Settings', 'settings zebra')).toBe(0);
    expect(paletteScore('Episode Week 12: Sample sizes', 'sample 12')).toBeGreaterThan(0);
  });
});

describe('rankEntries', () => {
  const list = [
    { group: 'Actions', value: 'Log study time Google Cloud Professional Machine Learning Engineer' },
    { group: 'Calculators', value: 'Calculator Sample ratio mismatch check srm-check' },
    { group: 'Certifications', value: 'Certification Google Cloud Professional Machine Learning Engineer c1' },
  ];
  it('keeps the groups in order when nothing is typed', () => {
    expect(rankEntries(list, '').map((g) => g.name)).toEqual(['Actions', 'Calculators', 'Certifications']);
  });
  it('puts the best match first, whichever group it is in', () => {
    const [group] = rankEntries(list, 'srm');
    expect(group?.name).toBe(BEST_MATCHES);
    expect(group?.entries[0]?.group).toBe('Calculators');
  });
  it('nothing when nothing matches', () => {
    expect(rankEntries(list, 'zebra')).toEqual([]);
  });
});
