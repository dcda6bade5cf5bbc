import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../../../src/domain/attachments';
import { accuracyChart, burnUpChart, drawChart, hoursChart, pickCertification } from '../../../../src/domain/charts';
import type { TopicStats } from '../../../../src/domain/practice/progress';
import type { StudyMinutes } from '../../../../src/domain/progress';
import { cert, done, mod } from '../progress/builders';
import { xmlProblem } from './svg-check';

// 2 Dec 2026 is a Wednesday: its week starts on Monday 30 Nov.
const TODAY = '2026-12-02';
const m = (date: string, minutes: number, certificationId = 'c1'): StudyMinutes => ({ date, moduleId: 'a', minutes, certificationId });
const bars = (svg: string) => (svg.match(/<rect class="bar"/g) ?? []).length;

describe('hoursChart', () => {
  const minutes = [m('2026-11-10', 600), m('2026-11-17', 90), m('2026-11-18', 120), m('2026-11-24', 240), m('2026-12-01', 30), m('2026-11-25', 300, 'other')];
  it('sums the last weeks of this certification, with a sentence that says the same', () => {
    const chart = hoursChart(cert([mod('a', 10)], { name: 'ML <Engineer>' }), minutes, TODAY, 3);
    // Weeks of 16 Nov (90 + 120 min = 3.5 h), 23 Nov (4 h), 30 Nov (0.5 h); 10 Nov is before, 'other' is another certification.
    expect(chart.text).toBe('Hours per week of ML <Engineer>, last 3 weeks (weeks starting 16 Nov to 30 Nov): 3.5, 4, 0.5; 8 h in all.');
    expect(bars(chart.svg)).toBe(3);
    expect(chart.svg).toContain('ML &lt;Engineer&gt;');
    expect(xmlProblem(chart.svg)).toBeNull();
    expect(svgProblem(chart.svg)).toBeNull();
  });
  it('shows weeks without study as zero bars', () => {
    const chart = hoursChart(cert([mod('a', 10)]), [], TODAY, 8);
    expect(bars(chart.svg)).toBe(8);
    expect(chart.text).toContain(': 0, 0, 0, 0, 0, 0, 0, 0; 0 h in all.');
  });
});

describe('burnUpChart', () => {
  it('steps up when modules are done, against the total', () => {
    const c = cert([done('a', 4, '2026-11-11'), done('b', 6, '2026-11-25'), mod('c', 10)], { startDate: '2026-11-04' });
    const chart = burnUpChart(c, [m('2026-11-05', 60)], TODAY);
    expect(chart.text).toMatch(/^Burn-up of Cert: 10 of 20 h of modules done \(50%\) on 2 Dec 2026/);
    expect(xmlProblem(chart.svg)).toBeNull();
    expect(svgProblem(chart.svg)).toBeNull();
    expect((chart.svg.match(/<circle class="point"/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});

describe('accuracyChart', () => {
  const topic = (label: string, attempts: number, correct: number): TopicStats => ({ topic: label, label, attempts, correct, accuracy: correct / attempts, avgSeconds: 10, lastAt: 0 });
  it('draws a bar per topic and says each accuracy', () => {
    const chart = accuracyChart([topic('Bayes', 10, 4), topic('Power', 4, 3)]);
    if ('error' in chart) throw new Error(chart.error);
    expect(bars(chart.svg)).toBe(2);
    // 7 right of 14 answers = 50%.
    expect(chart.text).toBe('Practice accuracy by topic, weakest first: Bayes 40% of 10, Power 75% of 4; 50% right over 14 answers.');
  });
  it('says what to do without practice', () => expect(accuracyChart([])).toEqual({ error: expect.stringContaining('answer a few questions under Practice') }));
});

describe('pickCertification and drawChart', () => {
  const certs = [cert([], { id: 'old', name: 'Old', archived: true }), cert([], { id: 'gcp', name: 'Google Cloud ML' })];
  it.each([
    [undefined, 'gcp'],
    ['old', 'old'],
    ['  google   cloud ml ', 'gcp'],
  ])('%j picks %s', (wanted, id) => expect((pickCertification(certs, wanted) as { id: string }).id).toBe(id));
  it('names the certifications there are when a name is unknown', () => {
    expect(pickCertification(certs, 'AWS')).toEqual({ error: 'No certification is called "AWS". Use one of: "Old", "Google Cloud ML".' });
    expect(pickCertification([], undefined)).toEqual({ error: expect.stringContaining('no active certification') });
  });
  it('reads only what the block needs', async () => {
    const asked: string[] = [];
    const inputs = { certifications: certs, today: TODAY, minutesOf: async (id: string) => (asked.push(id), []), topics: async () => [] };
    const chart = await drawChart({ show: 'hours', weeks: 2, certification: 'Old' }, inputs);
    expect(asked).toEqual(['old']);
    expect('svg' in chart && bars(chart.svg)).toBe(2);
  });
});
