// The second wave of calculator screens in the browser: multiple-testing corrections, sequential tests
// (the daily-counts view), CUPED, ratio metrics and the peeking simulator, light and dark, 1280 and 720
// px wide. Expected numbers come from R or the engine's reference tables (the call beside each).
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, resultsDir, type AppSession } from './support/app';
import { calculatorsPage } from './support/calculators-page';
import { practice } from './support/practice-page';
import { generateProblem, type NumericProblem } from '../../src/domain/practice/generators';
import { planSession } from '../../src/domain/practice/session';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SLOW = 150_000;
const noBadNumbers = (text: string) => expect(text).not.toMatch(/NaN|Infinity|undefined/);
/** How far the calculator page reaches past its own box (0: everything fits, wide tables scroll inside their panel). */
const overflow = (session: AppSession) =>
  session.page.evaluate(() => {
    const page = document.querySelector('.calc-page');
    return page ? Math.max(0, page.scrollWidth - page.clientWidth, document.documentElement.scrollWidth - window.innerWidth) : -1;
  });
const sizes = [
  { name: '1280', viewport: { width: 1280, height: 900 } },
  { name: '720', viewport: { width: 720, height: 900 } },
] as const;

describe('multiple-testing correction', () => {
  it('adjusts a pasted list, names the metrics, and points at a bad line', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('multiple-testing-correction');
    // p <- c(0.003, 0.012, 0.021, 0.038, 0.045, 0.19, 0.41, 0.73)
    // sum(p.adjust(p, 'holm') < 0.05) = 1; sum(p.adjust(p, 'BH') < 0.05) = 2; sum(p.adjust(p, 'BY') < 0.05) = 0
    await calc.expectStat('Holm (FWER)', '1 of 8');
    expect(await calc.stat('Benjamini-Hochberg (FDR)')).toBe('2 of 8');
    expect(await calc.stat('Benjamini-Yekutieli (FDR)')).toBe('0 of 8');
    expect(await calc.stat('Below α = 0.05 uncorrected')).toBe('5 of 8');
    await app.page.getByTestId('corrections-table').waitFor();
    await calc.fill('pValues', 'Revenue per user 0.003\nSign-ups 0.012\nRetention day 7 0.021\nSupport tickets 0.038\nPage load time 0.045\nBasket size 0.19\nReturns 0.41\nNewsletter opt-ins 0.73');
    await expect.poll(() => app!.page.getByTestId('corrections-table').innerText()).toContain('Support tickets');
    // p.adjust(p, 'BH')[2] = 0.048 (kept), p.adjust(p, 'holm')[2] = 0.084
    const signUps = app.page.getByTestId('corrections-table').locator('tr', { hasText: 'Sign-ups' });
    expect(await signUps.innerText()).toMatch(/Sign-ups\s+0\.0120\s+0\.0960\s*–\s+0\.0840\s*–\s+0\.0840\s*–\s+0\.0735\s*–\s+0\.0480\s*✓/);
    noBadNumbers(await calc.bodyText());
    expect(await overflow(app)).toBe(0);
    await app.screenshot('calculator-multiple-testing-light');
    await calc.fill('pValues', 'Revenue 0.003\nSign-ups 0.012\nRetention 1.3');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Line 3 (Retention): A p-value must be between 0 and 1 (got 1.3)');
    expect(await app.page.getByTestId('result-stats').count()).toBe(0);
    await calc.fill('pValues', '');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Give at least one p-value');
    await app.screenshot('calculator-multiple-testing-empty');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('sequential tests: the daily-counts view', () => {
  it('an A/A test where peeking would have stopped on day 3, and the sequential rules never do', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('sequential-proportions');
    await calc.preset('A/A test: peeking finds a “winner”');
    // Days 1-3 cumulative: A 331/2978, B 274/2982. R: pa <- 331/2978; pb <- 274/2982;
    // 2 * pnorm(-abs((pb - pa) / sqrt(pa * (1 - pa) / 2978 + pb * (1 - pb) / 2982))) = 0.0137659
    await expect.poll(() => app!.page.getByTestId('stops').locator('[data-rule="fixed"]').innerText()).toMatch(/stops at Day 3 \(look 3 of 21\), p = 0\.0138/);
    expect(await app.page.getByTestId('stops').locator('[data-rule="cs"]').innerText()).toMatch(/never below α = 0\.05 in 21 looks/);
    expect(await app.page.getByTestId('stops').locator('[data-rule="msprt"]').innerText()).toMatch(/never below/);
    expect(await calc.verdict()).toMatch(/^Peeking trap: the fixed-horizon test dipped below p = 0\.05 at Day 3/);
    expect(Number(await app.page.getByTestId('estimate-chart').getAttribute('data-points'))).toBe(21);
    expect(Number(await app.page.getByTestId('p-value-chart').getAttribute('data-points'))).toBe(21);
    expect(await app.page.getByTestId('split-chart').getAttribute('data-flagged')).toBe('0');
    noBadNumbers(await calc.bodyText());
    await app.screenshot('calculator-sequential-peeking-light');
    await app.page.getByTestId('estimate-chart').scrollIntoViewIfNeeded();
    await app.screenshot('calculator-sequential-charts-light');

    await calc.preset('A broken day (SRM)');
    // Day 12 alone: chisq.test(c(997, 810), p = c(0.5, 0.5))$p.value = 1.087e-05 < 0.001
    await expect.poll(() => app!.page.getByTestId('split-chart').getAttribute('data-flagged')).toBe('1');
    expect(await app.page.getByTestId('srm-note').innerText()).toMatch(/^1 day has a sample ratio mismatch \(p < 0\.001\): Day 12\./);
    await app.page.getByTestId('split-chart').scrollIntoViewIfNeeded();
    await app.screenshot('calculator-sequential-srm-light');

    // A typo on one day: the message names the day and its line.
    await calc.fill('looks', 'day, visitors A, conversions A, visitors B, conversions B\nMon, 1000, 100, 1000, 110\nTue, 1000, 100, 1000, 1900');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Tue (line 3), running totals: Conversions (2010) cannot exceed visitors (2000) in the treatment arm');
    await calc.fill('looks', 'Mon, 1000, 100, 1000');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Line 1 has 3 numbers after “Mon”; each row needs visitors and conversions of A, then of B (4 numbers), after an optional label.');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('CUPED and ratio metrics', () => {
  it('CUPED shrinks the standard error; an impossible sum is named', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('cuped');
    // The example is the sums of reference-scripts/wave2/gbstats_cuped_ratio.py's revenue case rounded to 0.1;
    // gbstats on the unrounded sums: varianceReduction 0.70478, diff 0.235487, pValue 0.0024033, correlation 0.83938
    await calc.expectStat('Variance reduction', '70.5%');
    expect(await calc.stat('Difference, CUPED (B − A)')).toBe('+0.2355');
    expect(await calc.stat('p-value, CUPED')).toBe('0.0024');
    expect(await calc.stat('Correlation of Y with X')).toBe('0.839');
    expect(await calc.verdict()).toMatch(/^CUPED cuts the variance of the difference by 70\.5%/);
    await expect.poll(() => app!.page.getByTestId('interval-chart').count()).toBe(1);
    noBadNumbers(await calc.bodyText());
    await app.screenshot('calculator-cuped-light');
    await calc.fill('control.sumY2', '500');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toMatch(/^The sum of squares of Y in the control arm \(500\) is too small/);
    expect(await calc.input('control.sumY2').getAttribute('aria-invalid')).toBe('true');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('a ratio metric with the delta method', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('ratio-metric');
    // gbstats (revenue per order case, unrounded sums): ratios 36.0286 and 37.1840, relative lift 0.0320679,
    // relative CI (0.0202109, 0.0439248), p = 7.2649e-08
    await calc.expectStat('Ratio A', '36.03');
    expect(await calc.stat('Ratio B')).toBe('37.18');
    expect(await calc.stat('Relative lift')).toBe('+3.21%');
    expect(await calc.stat('95% CI of the lift')).toBe('+2.02% to +4.39%');
    expect(await calc.stat('p-value')).toBe('7.3 × 10⁻⁸');
    noBadNumbers(await calc.bodyText());
    await app.screenshot('calculator-ratio-metric-light');
    await calc.fill('treatment.sumD', '0');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toMatch(/^The sum of the denominator in the treatment arm must be greater than 0/);
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('peeking simulator', () => {
  it('runs 10,000 experiments x 20 looks off the page thread in under 2 s, with progress', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('peeking-simulator');
    // The page thread stays free while the worker runs: count animation frames during the run.
    const started = await app.page.evaluate(() => {
      (window as unknown as { frames_: number }).frames_ = 0;
      const tick = () => {
        (window as unknown as { frames_: number }).frames_++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return performance.now();
    });
    await calc.fill('seed', '7');
    await app.page.getByTestId('calc-progress').waitFor({ timeout: 5000 });
    await app.page.getByTestId('peeking-chart').waitFor({ timeout: 20_000 });
    await expect.poll(() => app!.page.getByTestId('calc-progress').count(), { timeout: 20_000 }).toBe(0);
    const { elapsed, frames } = await app.page.evaluate((t0) => ({ elapsed: performance.now() - t0, frames: (window as unknown as { frames_: number }).frames_ }), started);
    // 300 ms of it is the pause after typing before a run starts. The figure goes to test-results for the bench notes.
    writeFileSync(join(resultsDir, 'peeking-simulator-timing.json'), JSON.stringify({ elapsedMs: Math.round(elapsed), frames }));
    expect(frames, 'frames drawn while it ran').toBeGreaterThan(elapsed / 50);
    // numpy, 2,000,000 runs of the same model (peeking.reference.json): 0.2483, 0.0145, 0.0125 after 20 looks
    const fixed = Number((await calc.statTitle('Fixed-horizon z-test: false positives'))!);
    expect(Math.abs(fixed - 0.2483)).toBeLessThan(0.02);
    expect(Number((await calc.statTitle('Confidence sequence: false positives'))!)).toBeLessThanOrEqual(0.05);
    expect(await calc.verdict()).toMatch(/the fixed-horizon test declared one in 2\d\.\d% of 10,000 experiments/);
    expect(await app.page.getByTestId('peeking-chart').getAttribute('data-points')).toBe('20');
    noBadNumbers(await calc.bodyText());
    await app.screenshot('calculator-peeking-simulator-light');
    await calc.fill('runs', '600000');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('600,000 experiments × 20 looks is more than 10,000,000 looks: at most 500,000 experiments with 20 looks');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('saving second-wave results into an episode', () => {
  it('a multiple-testing table and a simulation become live cards', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('multiple-testing-correction');
    await calc.expectStat('Holm (FWER)', '1 of 8');
    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    await app.page.locator('.toast').filter({ hasText: 'Saved to' }).waitFor({ timeout: 15_000 });
    await calc.open('peeking-simulator');
    await app.page.getByTestId('peeking-chart').waitFor({ timeout: 20_000 });
    await expect.poll(() => app!.page.getByTestId('calc-progress').count(), { timeout: 20_000 }).toBe(0);
    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    const toast = app.page.locator('.toast').filter({ hasText: 'Saved to' }).last();
    await toast.waitFor({ timeout: 15_000 });
    await toast.getByRole('button', { name: 'Open episode' }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    const cards = app.page.getByTestId('preview').getByTestId('abtest-result');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(2);
    const multiple = cards.filter({ hasText: 'Multiple-testing correction' });
    expect(await multiple.getAttribute('data-state')).toBe('ok');
    expect(await multiple.innerText()).toContain('1 of 8');
    const simulation = cards.filter({ hasText: 'Peeking simulator' });
    await expect.poll(() => simulation.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    expect(await simulation.innerText()).toMatch(/false positives/);
    await simulation.scrollIntoViewIfNeeded();
    await app.screenshot('calculator-wave2-cards-in-episode');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('input that works as typed (issue 19)', () => {
  it('a tiny MDE gets a field message instead of a blank screen; 5% and 1e308 read as meant', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('sample-size-proportions');
    await calc.fill('mde', '1e-7');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toMatch(/^A change this small needs more than 9 quadrillion visitors per arm/);
    expect(await app.page.locator('.calc-page h1').textContent()).toBe('Sample size (conversion rates)');
    await app.screenshot('calculator-tiny-mde-message');
    // power.prop.test(p1 = 0.05, p2 = 0.055, power = 0.8)$n = 31233.44 -> 31,234 per arm
    await calc.fill('mde', '10%');
    await calc.fill('baselineRate', '5%');
    await calc.expectStat('Per arm', '31,234');
    await calc.open('two-proportion-z-test');
    await calc.fill('control.visitors', '1e308');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Visitors in the control arm must be at most 9,007,199,254,740,991: 1e+308 is too large');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('an SRM p of 0.0016 is worth a look, not a green all-clear', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('srm-check');
    // chisq.test(c(50499, 49501), p = c(0.5, 0.5))$p.value = 0.0015997
    await calc.fill('observed.0', '50499');
    await calc.fill('observed.1', '49501');
    await calc.expectStat('p-value', '0.0016');
    expect(await app.page.getByTestId('verdict').getAttribute('data-tone')).toBe('warning');
    expect(await calc.verdict()).toMatch(/^Worth a look: p = 0\.0016 is above the threshold 0\.001/);
    await app.screenshot('calculator-srm-worth-a-look');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('practice on the second-wave topics', () => {
  /** The problem the app shows for these URL parameters: the same pure planner and generator. */
  const planned = (topic: string, seed: number) => {
    const [item] = planSession({ mode: 'topics', count: 1, topics: [topic], seed, due: [], conceptIds: [] });
    if (item?.kind !== 'generator') throw new Error('expected a generated problem');
    return generateProblem(item.topic, item.seed) as NumericProblem;
  };

  it('CUPED from a correlation: r instead of r² is named; a delta-method SE graded right; the worked solution shown', async () => {
    app = await openApp();
    const p = practice(app);
    let seed = 1;
    while (planned('cuped-reduction', seed).unit !== 'proportion') seed++;
    const cuped = planned('cuped-reduction', seed);
    await p.openSession(`?mode=topics&topics=cuped-reduction&n=1&seed=${seed}`);
    const r = /\*\*r = ([\d.]+)\*\*/.exec(cuped.prompt)![1]!;
    await p.answer(r);
    expect(await p.verdict()).toContain('Not quite');
    expect(await p.mistake()).toContain('Square the correlation');
    expect(await p.solutionAnswer()).toBe(cuped.answerText);
    await app.screenshot('practice-cuped-feedback-light');

    const delta = planned('delta-method-se', 4);
    await p.openSession('?mode=topics&topics=delta-method-se&n=1&seed=4');
    await p.answer(delta.answerText);
    expect(await p.verdict()).toBe('Correct');
    expect(await app.page.getByRole('region', { name: 'Worked solution' }).count()).toBe(1);
    await app.screenshot('practice-delta-method-light');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('second-wave screens at 1280 and 720 px, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      it(`${scheme} ${size.name}`, async () => {
        app = await openApp({ colorScheme: scheme, viewport: size.viewport });
        const calc = calculatorsPage(app);
        for (const id of ['multiple-testing-correction', 'sequential-proportions', 'sequential-means', 'cuped', 'ratio-metric', 'peeking-simulator']) {
          await calc.open(id);
          await expect.poll(() => app!.page.getByTestId('verdict').count(), { timeout: 20_000 }).toBe(1);
          await expect.poll(() => app!.page.getByTestId('calc-progress').count(), { timeout: 20_000 }).toBe(0);
          noBadNumbers(await calc.bodyText());
          await app.screenshot(`wave2-${id}-${scheme}-${size.name}`);
          await app.page.locator('.calc-results').scrollIntoViewIfNeeded();
          await app.page.getByTestId('verdict').scrollIntoViewIfNeeded();
          await app.screenshot(`wave2-${id}-${scheme}-${size.name}-result`);
          expect(await overflow(app), `${id} is wider than its window`).toBe(0);
        }
        expect(app.errors).toEqual([]);
      }, SLOW);
    }
  }
});
