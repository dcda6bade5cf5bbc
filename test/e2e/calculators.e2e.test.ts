// Calculator screens in the browser. Expected numbers come from the engine's R-referenced tables
// in test/unit/domain/stats (the R call is quoted beside each), rounded as the screen shows them.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { calculatorsPage } from './support/calculators-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SLOW = 150_000;
const noBadNumbers = (text: string) => expect(text).not.toMatch(/NaN|Infinity|undefined/);

describe('calculator screens', () => {
  it('lists every calculator by category and opens one', async () => {
    app = await openApp();
    await app.goto('/calculators');
    const page = app.page;
    for (const heading of ['Test results', 'Sample size and duration', 'Bayesian', 'Modern experimentation', 'Quick tools']) {
      await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await page.locator('.calc-index-card').count()).toBe(27);
    await app.screenshot('calculators-index-light');
    await page.getByRole('link', { name: /^Two-proportion z-test/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/calculators/two-proportion-z-test');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('two-proportion z-test: reference case, one-sided, field message, remembered input', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('two-proportion-z-test');
    // prop.test(c(1080, 1000), c(10000, 10000), correct = FALSE): p = 0.063864689, z = 1.8531233,
    // conf.int = (-0.00046050868, 0.016460509)
    await calc.expectStat('p-value', '0.0639');
    expect(await calc.stat('z')).toBe('1.853');
    expect(await calc.stat('95% CI of the difference')).toBe('−0.05 pp to +1.65 pp');
    expect(await calc.statTitle('p-value')).toMatch(/^0\.063864689107959/);
    expect(await calc.verdict()).toContain('No significant difference');
    // relative-lift-ci for the same arms: lift 0.08 (chart present)
    expect(await calc.stat('Relative lift')).toBe('+8.00%');
    await expect.poll(() => app!.page.getByTestId('interval-chart').count()).toBe(2);
    await expect.poll(() => app!.page.getByTestId('sampling-chart').getAttribute('data-critical')).toBe('-1.960,1.960');
    await app.screenshot('calculator-two-proportion-z-test-light');

    // prop.test(..., alternative = 'greater')$p.value = 0.031932345
    await calc.choose('Alternative hypothesis', 'B > A');
    await calc.expectStat('p-value', '0.0319');
    expect(await calc.verdict()).toContain('statistically significant');

    // Huge test: prop.test(c(110000, 1e5), c(1e6, 1e6), correct = FALSE, alternative = 'greater')$p.value = 5.04e-118
    await calc.fill('control.visitors', '1000000');
    await calc.fill('control.conversions', '100000');
    await calc.fill('treatment.visitors', '1000000');
    await calc.fill('treatment.conversions', '110000');
    await calc.expectStat('p-value', '5 × 10⁻¹¹⁸');

    // Invalid input: the engine's message at the field, no numbers.
    await calc.fill('treatment.conversions', '2000000');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Conversions (2000000) cannot exceed visitors (1000000) in the treatment arm');
    expect(await calc.input('treatment.conversions').getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.getByTestId('result-stats').count()).toBe(0);
    noBadNumbers(await calc.bodyText());
    await app.screenshot('calculator-two-proportion-z-test-invalid');
    await calc.fill('treatment.conversions', 'abc');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toContain('must be a finite number');

    // Remembered across a reload; reset brings the example back.
    await calc.fill('treatment.conversions', '110000');
    // The input is remembered once it is in the settings table (saved a moment after typing).
    const stored = () =>
      app!.page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('episodes');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('settings').objectStore('settings').get('calculator:two-proportion-z-test');
              get.onsuccess = () => (open.result.close(), resolve(JSON.stringify(get.result?.value ?? null)));
              get.onerror = () => reject(get.error);
            };
          }),
      );
    await expect.poll(stored).toContain('110000');
    await app.page.reload();
    await app.page.locator('.calc-layout').waitFor();
    expect(await calc.input('control.visitors').inputValue()).toBe('1000000');
    await calc.expectStat('p-value', '5 × 10⁻¹¹⁸');
    await app.page.getByRole('button', { name: 'Reset' }).click();
    await calc.expectStat('p-value', '0.0639');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it("Welch's and Student's t-tests", async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('welch-t-test');
    // t.test(x, y) from summaries (52.3, 14.1, 400) vs (54.8, 15.6, 380): t = 2.3440917, df = 760.47040,
    // p = 0.019329984, conf.int = (0.40634437, 4.5936556)
    await calc.expectStat('p-value', '0.0193');
    expect(await calc.stat('t')).toBe('2.344');
    expect(await calc.stat('Degrees of freedom')).toBe('760.47');
    expect(await calc.stat('95% CI of the difference')).toBe('+0.4063 to +4.594');
    expect(await calc.verdict()).toContain('statistically significant');
    await app.screenshot('calculator-welch-t-test-light');
    // Student (var.equal = TRUE): t = 2.3501632, df = 778, p = 0.019014086
    await calc.open('student-t-test');
    await calc.expectStat('p-value', '0.0190');
    expect(await calc.stat('t')).toBe('2.350');
    expect(await calc.stat('Degrees of freedom')).toBe('778');
    await calc.fill('control.n', '1');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Sample size of the control group must be at least 2 (got 1)');
    await app.screenshot('calculator-student-t-test-light');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('chi-square for A/B/n with an editable table of arms', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('chi-square-independence');
    // chisq.test(matrix(c(120, 880, 150, 850), 2, byrow = TRUE), correct = FALSE): X2 = 3.8535645, p = 0.049640387
    await calc.expectStat('p-value', '0.0496');
    expect(await calc.stat('χ²')).toBe('3.854');
    // correct = TRUE: p = 0.057746842
    await app.page.locator('[name="yatesCorrection"]').check();
    await calc.expectStat('p-value', '0.0577');
    await app.page.locator('[name="yatesCorrection"]').uncheck();
    await app.page.getByRole('button', { name: 'Add arm' }).click();
    await calc.fill('table.2.0', '140');
    await calc.fill('table.2.1', '860');
    await calc.expectStat('Arms', '3');
    expect(await calc.stat('Degrees of freedom')).toBe('2');
    await calc.fill('table.2.0', '0');
    await calc.fill('table.2.1', '0');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Row 3 has no counts: every row needs at least one observation');
    await calc.fill('table.2.0', '140');
    await calc.fill('table.2.1', '860');
    await calc.expectStat('Arms', '3');
    await app.screenshot('calculator-chi-square-light');
    await app.page.getByRole('button', { name: 'Remove arm C' }).click();
    await calc.expectStat('p-value', '0.0496');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('SRM check: a clean split, a clear mismatch, and three arms', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('srm-check');
    // chisq.test(c(50120, 49480), p = c(0.5, 0.5))$p.value = 0.042568658
    await calc.expectStat('p-value', '0.0426');
    expect(await calc.verdict()).toContain('No sample ratio mismatch');
    await app.screenshot('calculator-srm-check-light');
    // chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$p.value = 1.7958328e-219
    await calc.preset('Clear mismatch');
    await calc.expectStat('p-value', '1.8 × 10⁻²¹⁹');
    expect(await calc.verdict()).toContain('Do not trust');
    expect(await app.page.getByTestId('verdict').getAttribute('data-tone')).toBe('negative');
    await app.screenshot('calculator-srm-check-mismatch');
    // chisq.test(c(10000, 10000, 9500), p = c(0.34, 0.33, 0.33))$p.value = 0.0015214196
    await app.page.getByRole('button', { name: 'Add arm' }).click();
    await calc.fill('observed.0', '10000');
    await calc.fill('observed.1', '10000');
    await calc.fill('observed.2', '9500');
    await calc.fill('expectedRatios.0', '0.34');
    await calc.fill('expectedRatios.1', '0.33');
    await calc.fill('expectedRatios.2', '0.33');
    await calc.expectStat('p-value', '0.0015');
    expect(await calc.statTitle('p-value')).toMatch(/^0\.001521419614160/);
    await calc.fill('expectedRatios.2', '0.4');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toContain('Expected ratios must sum to 1');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('sample size for conversion rates: per arm, total, duration, every method, curves', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('sample-size-proportions');
    // power.prop.test(p1 = 0.1, p2 = 0.11, power = 0.8)$n = 14750.79 -> 14,751 per arm
    await calc.expectStat('Per arm', '14,751');
    expect(await calc.stat('Total (2 arms)')).toBe('29,502');
    const methods = app.page.getByTestId('methods-table');
    // baselineVariance n = 14312.856 -> 14,313; unpooled 14748.045 -> 14,749; cohensH 14744.105 -> 14,745
    expect(await methods.innerText()).toMatch(/Baseline variance \(Evan Miller\)\s+14,313/);
    expect(await methods.innerText()).toMatch(/Unpooled variance \(textbook z\)\s+14,749/);
    expect(await methods.innerText()).toMatch(/Cohen's h, both tails \(statsmodels, G\*Power\)\s+14,745/);
    // 10,000 visitors a day, half to B: ceil(14751 / 5000) = 3 days
    await expect.poll(() => app!.page.getByTestId('duration').innerText()).toMatch(/^3 days \(30,000 visitors in total/);
    await calc.fill('extras.treatmentShare', '20');
    await expect.poll(() => app!.page.getByTestId('duration').innerText()).toMatch(/^8 days/); // ceil(14751 / 2000)
    expect(Number(await app.page.getByTestId('power-curve').getAttribute('data-points'))).toBeLessThanOrEqual(60);
    expect(Number(await app.page.getByTestId('mde-curve').getAttribute('data-points'))).toBeGreaterThan(5);
    await calc.fill('extras.treatmentShare', '50');
    await app.screenshot('calculator-sample-size-proportions-light');
    await calc.fill('mde', '20');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toContain('which must be between 0 and 1');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('sample size for means, power and MDE', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('sample-size-means');
    // power.t.test(delta = 2, sd = 20, power = 0.8)$n = 1570.737 -> 1,571
    await calc.expectStat('Per arm', '1,571');
    expect(await calc.stat('Total (2 arms)')).toBe('3,142');
    await app.screenshot('calculator-sample-size-means-light');
    // power.t.test(n = 1000, delta = 2, sd = 20)$power = 0.60835306
    await calc.open('power-means');
    await calc.expectStat('t-test (R power.t.test)', '60.8%');
    expect(await calc.verdict()).toContain('below');
    await app.screenshot('calculator-power-means-light');
    await calc.open('mde-proportions');
    await expect.poll(() => app!.page.getByTestId('mde-curve').count()).toBe(1);
    await app.screenshot('calculator-mde-proportions-light');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('Bayesian A/B', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    await calc.open('bayesian-ab');
    // Beta(1001, 9001) vs Beta(1081, 8921): P(B > A) = 0.968049, loss(A) = 0.0080523, loss(B) = 5.3906e-05
    await calc.expectStat('P(B beats A)', '96.80%');
    expect(await calc.stat('Expected loss choosing A')).toBe('0.805 pp');
    expect(await calc.stat('Expected loss choosing B')).toBe('0.005 pp');
    expect(Number(await app.page.getByTestId('posterior-chart').getAttribute('data-points'))).toBe(60);
    await app.screenshot('calculator-bayesian-ab-light');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('quick tools: quantiles, critical values, tail probabilities, intervals', async () => {
    app = await openApp();
    const calc = calculatorsPage(app);
    // qnorm(0.975) = 1.959964; qt(0.975, 20) = 2.085963; qnorm(0.95) = 1.644854
    await calc.open('normal-quantile');
    await calc.expectStat('z', '1.9600');
    await calc.fill('p', '1.2');
    await expect.poll(() => app!.page.locator('.field-error').first().textContent()).toBe('Probability p must be between 0 and 1, exclusive (got 1.2)');
    await calc.open('t-quantile');
    await calc.expectStat('t', '2.0860');
    await app.screenshot('calculator-t-quantile-light');
    await calc.open('normal-critical-value');
    await calc.preset('α 0.05 one-sided');
    await calc.expectStat('Critical z', '1.6449');
    // pnorm(-1.96) * 2 = 0.04999579
    await calc.open('normal-tail-probability');
    await calc.expectStat('Two-sided p', '0.0500');
    // Wilson 45/500: (0.067942548, 0.11830941); Wald: (0.064915524, 0.11508448)
    await calc.open('proportion-ci-wilson');
    await calc.expectStat('95% CI (Wilson)', '6.79% to 11.83%');
    await app.screenshot('calculator-proportion-ci-wilson-light');
    await calc.open('proportion-ci-wald');
    await calc.expectStat('95% CI (Wald)', '6.49% to 11.51%');
    // relative-lift-ci: delta (-0.0079392835, 0.16793928), log (-0.0044542715, 0.17161871)
    await calc.open('relative-lift-ci');
    await calc.expectStat('95% CI (delta method)', '−0.79% to +16.79%');
    expect(await calc.stat('95% CI (log scale)')).toBe('−0.45% to +17.16%');
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('looks right in the dark theme', async () => {
    app = await openApp({ colorScheme: 'dark' });
    const calc = calculatorsPage(app);
    for (const id of ['two-proportion-z-test', 'sample-size-proportions', 'bayesian-ab', 'srm-check']) {
      await calc.open(id);
      await expect.poll(() => app!.page.getByTestId('verdict').count()).toBe(1);
      await app.screenshot(`calculator-${id}-dark`);
    }
    await app.goto('/calculators');
    await app.screenshot('calculators-index-dark');
    expect(app.errors).toEqual([]);
  }, SLOW);
});

describe('saving a calculation to an episode', () => {
  it('appends an abtest block to this week’s episode and shows the live card in its preview', async () => {
    app = await openApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const calc = calculatorsPage(app);
    await calc.open('two-proportion-z-test');
    await calc.expectStat('p-value', '0.0639');
    await app.page.getByRole('button', { name: 'Copy as markdown table' }).click();
    await expect.poll(() => app!.page.evaluate(() => navigator.clipboard.readText())).toContain('| p-value | 0.0639 |');

    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    const toast = app.page.locator('.toast').filter({ hasText: 'Saved to' });
    await toast.waitFor({ timeout: 15_000 });
    await app.screenshot('calculator-saved-toast');
    await toast.getByRole('button', { name: 'Open episode' }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    const card = app.page.getByTestId('preview').getByTestId('abtest-result');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute('data-state')).toBe('ok');
    expect(await card.innerText()).toContain('0.0639');
    expect(await card.innerText()).toContain('Two-proportion z-test');
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('calculator-card-in-episode');

    // A second save goes to the same episode (this week's), and a savedCalculations row exists per save.
    await calc.open('srm-check');
    await calc.expectStat('p-value', '0.0426');
    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    // The first toast went away when its link was followed.
    await app.page.locator('.toast').filter({ hasText: 'Saved to' }).first().waitFor({ timeout: 15_000 });
    const rows = await app.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('episodes');
          open.onsuccess = () => {
            const req = open.result.transaction('savedCalculations').objectStore('savedCalculations').getAll();
            req.onsuccess = () => resolve(new Set((req.result as { episodeId: string }[]).map((r) => r.episodeId)).size * 100 + req.result.length);
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(rows).toBe(102); // two rows, one episode
    expect(app.errors).toEqual([]);
  }, SLOW);

  it('shows a readable error card for a bad block', async () => {
    app = await openApp();
    await app.goto('/journal');
    await app.page.getByRole('button', { name: /^New episode/ }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    await app.page.locator('.cm-content').click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText('\n```abtest\ncalculator: two-proportion-z-test\ninput:\n  control: {visitors: 100, conversions: 500}\n  treatment: {visitors: 100, conversions: 5}\n```\n');
    const card = app.page.getByTestId('preview').getByTestId('abtest-result');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute('data-state')).toBe('error');
    expect(await card.innerText()).toContain('Conversions (500) cannot exceed visitors (100) in the control arm');
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('calculator-card-error');
    expect(app.errors).toEqual([]);
  }, SLOW);
});
