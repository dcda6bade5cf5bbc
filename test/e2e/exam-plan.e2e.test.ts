// Issue 23: the exam plan. A certification from the Google Cloud path gets an exam date and hours
// a week; this week's modules show, skipping the week re-balances the plan (and Undo puts it back),
// the dashboard lists the week's plan, and the exam domains show their coverage.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, resultsDir, type AppSession } from './support/app';
import { CertificationsScreen, localDay } from './support/certifications-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});


describe('exam plan', () => {
  it('plans toward the exam date, skips a week and re-balances, undoes it, and shows domain coverage', async () => {
    app = await openApp();
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/Google Cloud Professional Machine Learning Engineer/);

    // No date yet: the card says what to do.
    await expect.poll(() => screen.examPlan.textContent()).toContain('Set an exam date above to plan backwards from it.');

    await screen.editDetails({ 'Exam date': await localDay(app, 12 * 7) });
    await screen.setPlanHours('10');

    // Path order: the first module of the path is this week's first.
    const thisWeek = page.getByTestId('plan-this-week');
    await expect.poll(() => thisWeek.locator('li').first().textContent()).toContain('AI Foundations');
    await expect.poll(() => page.getByTestId('plan-week-hours').textContent()).toMatch(/^10 h planned — done 0 h$/);
    expect(await page.getByTestId('plan-verdict').textContent()).toMatch(/^(Fits|Short by)/);
    expect(await page.getByTestId('plan-changes').count()).toBe(0);

    // Domain coverage: six sections of the guide; nothing covered yet.
    const domains = page.getByTestId('domain-coverage').locator('li');
    await expect.poll(() => domains.count()).toBe(6);
    expect(await domains.first().textContent()).toContain('Architecting low-code AI solutions');
    expect(await domains.first().textContent()).toContain('0% of 13%');
    expect(await domains.first().textContent()).toContain('0 of 20 modules done');

    await app.screenshot('exam-plan-made');

    // Skip this week: it gives no hours, the modules move a week later and the card says so.
    await screen.examPlan.getByRole('button', { name: 'Skip this week' }).click();
    await expect.poll(() => page.getByTestId('plan-week-hours').textContent()).toMatch(/^Skipped/);
    const changes = page.getByTestId('plan-changes');
    await expect.poll(() => changes.textContent()).toMatch(/AI Foundations moved from week of \d+ \w{3} to \d+ \w{3}\./);
    await screen.examPlan.scrollIntoViewIfNeeded();
    await app.screenshot('exam-plan-skipped');

    // Undo from the toast: the week is planned again and the changes are gone.
    await page.getByRole('button', { name: /^Undo: Skipped the week of/ }).click();
    await expect.poll(() => page.getByTestId('plan-week-hours').textContent()).toMatch(/^10 h planned/);
    await expect.poll(() => changes.count()).toBe(0);

    // Skip again, and accept the re-laid plan: the changes are the new baseline.
    await screen.examPlan.getByRole('button', { name: 'Skip this week' }).click();
    await changes.waitFor();
    await screen.examPlan.getByRole('button', { name: 'Accept new plan' }).click();
    await expect.poll(() => changes.count()).toBe(0);
    await screen.examPlan.getByRole('button', { name: 'Plan this week again' }).click();
    await expect.poll(() => page.getByTestId('plan-week-hours').textContent()).toMatch(/^10 h planned/);
    await changes.waitFor();

    // A module done: the first domain's coverage moves (AI Foundations is one of its 20).
    await screen.module('AI Foundations').getByRole('checkbox').click();
    await expect.poll(() => domains.first().textContent()).toContain('1 of 20 modules done');

    // The dashboard lists the week's plan beside the streak.
    await app.goto('/');
    const weekPlan = page.getByTestId('week-plan');
    await expect.poll(() => weekPlan.textContent()).toMatch(/Plan this week: 10 h, \d+ modules — done 0 h/);
    await app.screenshot('exam-plan-dashboard');

    // The week's episode says planned against done in its course section.
    await page.getByRole('region', { name: "This week's episode" }).getByRole('button', { name: "Start this week's episode" }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/journal\/[\w-]+$/);
    await expect.poll(() => page.locator('.cm-content').textContent()).toMatch(/Plan this week: 10 h, \d+ modules — done 0 h\./);
    expect(app.errors).toEqual([]);
  });

  it('gives a week of days off no hours and moves the plan around it (point 5)', async () => {
    app = await openApp();
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/AWS Certified Machine Learning Engineer/);
    await screen.editDetails({ 'Exam date': await localDay(app, 10 * 7) });
    await screen.setPlanHours('8');
    const weeks = page.getByTestId('plan-weeks').locator('li');
    await expect.poll(() => weeks.first().textContent()).toMatch(/8 h/);
    // Next week (Monday to Sunday, the default week start) becomes a break, stored as the app stores it.
    await page.evaluate(async () => {
      const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const monday = new Date();
      monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) + 7);
      const sunday = new Date(monday);
      sunday.setDate(monday.getDate() + 6);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('episodes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'days-off', value: [{ from: iso(monday), to: iso(sunday), label: 'Holiday' }] });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    await expect.poll(() => weeks.first().textContent()).toMatch(/^\d+ \w{3}0 h7 days off/);
    await expect.poll(() => page.getByTestId('plan-changes').textContent()).toMatch(/moved from week of/);
    expect(app.errors).toEqual([]);
  });

  it('takes hours per weekday, refuses a wrong one next to its field, and plans their sum', async () => {
    app = await openApp({ viewport: { width: 720, height: 900 }, colorScheme: 'dark' });
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/AWS Certified Machine Learning Engineer/);
    await screen.editDetails({ 'Exam date': await localDay(app, 8 * 7) });
    // Tasks 1.1 and 1.2 done (6 + 8 of Domain 1's 20 h): Domain 1 has 28 × 6/20 = 8.4 points
    // uncovered, less than Domain 2's 26, so the domain-first plan starts with Task 2.1.
    await screen.module('Task 1.1').getByRole('checkbox').click();
    await screen.module('Task 1.2').getByRole('checkbox').click();
    await expect.poll(() => screen.burnUp.getAttribute('data-done')).toBe('14');
    const form = screen.examPlan.getByRole('form', { name: 'Plan settings' });
    await form.getByLabel('Set hours per weekday').check();
    await form.getByLabel('Mon').fill('2');
    await form.getByLabel('Tue').fill('30');
    await form.getByLabel('Heaviest, least-covered domains first').check();
    await form.getByRole('button', { name: 'Make the plan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Hours a day must be at most 24.');
    await form.scrollIntoViewIfNeeded();
    await app.screenshot('exam-plan-weekday-form-720-dark');
    await form.getByLabel('Tue').fill('1.5');
    await form.getByRole('button', { name: 'Make the plan' }).click();
    // Mon 2 + Tue 1.5 + Wed-Fri 1 each (the form's defaults) + weekend 0 = 6.5 h this week.
    await expect.poll(() => page.getByTestId('plan-week-hours').textContent()).toMatch(/^6\.5 h planned/);
    await expect.poll(() => page.getByTestId('plan-this-week').locator('li').first().textContent()).toContain('Task 2.1');
    // In path order Task 1.3 comes first.
    await screen.examPlan.getByRole('button', { name: 'Change hours' }).click();
    await form.getByLabel('Heaviest, least-covered domains first').uncheck();
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByTestId('plan-this-week').locator('li').first().textContent()).toContain('Task 1.3');
    expect(app.errors).toEqual([]);
  });

  it.each([
    { scheme: 'light' as const, width: 1280 },
    { scheme: 'dark' as const, width: 1280 },
    { scheme: 'light' as const, width: 720 },
    { scheme: 'dark' as const, width: 720 },
  ])('screenshot of the plan card, $scheme at $width px', async ({ scheme, width }) => {
    app = await openApp({ colorScheme: scheme, viewport: { width, height: 900 } });
    const screen = new CertificationsScreen(app.page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/AWS Certified Machine Learning Engineer/);
    await screen.editDetails({ 'Exam date': await localDay(app, 6 * 7) });
    await screen.setPlanHours('8');
    await screen.examPlan.getByRole('button', { name: 'Skip this week' }).click();
    await app.page.getByTestId('plan-changes').waitFor();
    await app.page.addStyleTag({ content: '.toaster { display: none !important; }' });
    const grid = app.page.locator('.cert-plan-grid');
    await grid.screenshot({ path: join(resultsDir, `exam-plan-${scheme}-${width}.png`) });
    expect(app.errors).toEqual([]);
  });
});
