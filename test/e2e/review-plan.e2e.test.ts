// The review plan toward an interview (issue 23, point 3): set a date and a cap, see the
// future-due chart and its summary, add a break in Settings and see the plan work around it, and
// practise a weak topic from the list in one click.
import { addDays, format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { overflowing } from './support/layout';
import { practice } from './support/practice-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const inDays = (n: number) => format(addDays(new Date(), n), 'yyyy-MM-dd');
const settled = (a: AppSession) => a.page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));

async function setPlan(a: AppSession, cap: string) {
  const card = a.page.getByRole('region', { name: 'Review plan' });
  await card.getByText('Set your interview date to plan reviews toward it', { exact: false }).waitFor();
  await a.page.getByLabel('Interview date').fill(inDays(21));
  await a.page.getByLabel('What it is').fill('Product analyst interview at Acme');
  await a.page.getByLabel('Max reviews a day').fill(cap);
  await a.page.getByRole('button', { name: 'Save plan' }).click();
  await a.page.getByTestId('future-due-summary').waitFor();
}

async function addBreak(a: AppSession, from: string, to: string, label: string) {
  await a.goto('/settings');
  await a.page.getByRole('heading', { name: 'Breaks and days off' }).waitFor();
  await a.page.getByLabel('From', { exact: true }).fill(from);
  await a.page.getByLabel('To (inclusive)').fill(to);
  await a.page.getByLabel('Label', { exact: true }).fill(label);
  await a.page.getByRole('button', { name: 'Add break' }).click();
  await a.page.getByRole('list', { name: 'Breaks' }).getByText(label).waitFor();
}

describe('review plan', () => {
  it('sets an interview date and a cap, sees the future-due chart, plans around a break, and practises a weak topic', async () => {
    app = await openApp();
    const p = practice(app);
    await p.openHome();
    await setPlan(app, '6');

    const card = app.page.getByRole('region', { name: 'Review plan' });
    expect(await card.getByText('Product analyst interview at Acme').count()).toBe(1);
    // Every topic is new: the plan starts them from today, so there are bars, and the cap is drawn.
    expect(await app.page.locator('[data-testid="future-due-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const summary = (await app.page.getByTestId('future-due-summary').textContent()) ?? '';
    expect(summary).toMatch(/\d+ reviews over 22 days until /);
    expect(summary).toContain('cap 6 a day');
    expect(summary).not.toContain('days off');
    expect(await app.page.getByTestId('plan-readiness').textContent()).toMatch(/^(Ready by|Ready now|Not ready by the date: \d+ topics? below goal)/);
    expect(await card.getByText('No breaks before the date.').count()).toBe(1);

    // A three-day break next week: the plan lists it and leaves those days empty.
    await addBreak(app, inDays(3), inDays(5), 'Conference');
    await p.openHome();
    await app.page.getByTestId('future-due-summary').waitFor();
    expect(await card.getByText(/^Conference:/).count()).toBe(1);
    expect(await app.page.getByTestId('future-due-summary').textContent()).toContain('3 days off with no reviews');

    // One click on a weak topic starts a session on that topic.
    const practise = card.getByRole('button', { name: /^Practise / }).first();
    const topicName = ((await practise.getAttribute('aria-label')) ?? '').replace(/^Practise /, '');
    await practise.click();
    await app.page.getByRole('article', { name: 'Problem' }).waitFor();
    expect(await app.page.evaluate(() => location.hash)).toMatch(/mode=topics.*topics=[a-z-]+/);
    expect(await app.page.getByText(topicName, { exact: false }).count()).toBeGreaterThan(0);

    // The dashboard's practice card carries the plan's week, and so does the week's episode.
    await app.goto('/dashboard');
    expect(await app.page.getByTestId('dashboard-review-plan').textContent()).toMatch(/Reviews this week: \d+ planned, 0 done/);
    await app.page.getByRole('region', { name: 'Practice' }).screenshot({ path: await app.screenshot('review-plan-dashboard-1280-light') });
    await app.page.getByRole('region', { name: "This week's episode" }).getByRole('button', { name: "Start this week's episode" }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toMatch(/^#\/journal\/[\w-]+$/);
    const preview = app.page.getByTestId('preview');
    if ((await preview.count()) === 0) await app.page.getByRole('button', { name: 'Split' }).click();
    await expect.poll(() => preview.textContent()).toMatch(/Reviews this week: \d+ planned, 0 done\./);

    // Removing the break offers Undo, and Undo brings it back.
    await app.goto('/settings');
    const breaks = app.page.getByRole('list', { name: 'Breaks' });
    await breaks.getByRole('button', { name: /^Remove Conference/ }).click();
    await app.page.getByText('No breaks yet.', { exact: false }).waitFor();
    await app.page.getByRole('button', { name: /^Undo: Removed the break Conference/ }).click();
    await breaks.getByText('Conference').waitFor();
    expect(app.errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('the plan and the breaks fit at 720 px and 1280 px (%s)', async (theme) => {
    app = await openApp({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
    await practice(app).openHome();
    const problems: string[] = [];
    for (const width of [720, 1280]) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.getByRole('region', { name: 'Review plan' }).scrollIntoViewIfNeeded();
      await settled(app);
      await app.page.getByRole('region', { name: 'Review plan' }).screenshot({ path: await app.screenshot(`review-plan-empty-${width}-${theme}`) });
      for (const problem of await overflowing(app.page)) problems.push(`empty plan at ${width}: ${problem}`);
    }
    await setPlan(app, '8');
    await addBreak(app, inDays(6), inDays(9), 'Holiday');
    for (const width of [720, 1280]) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.goto('/practice');
      await app.page.getByTestId('future-due-summary').waitFor();
      await app.page.getByRole('region', { name: 'Review plan' }).scrollIntoViewIfNeeded();
      await app.page.mouse.move(0, 0);
      await settled(app);
      await app.page.getByRole('region', { name: 'Review plan' }).screenshot({ path: await app.screenshot(`review-plan-${width}-${theme}`) });
      for (const problem of await overflowing(app.page)) problems.push(`practice at ${width}: ${problem}`);
      await app.goto('/settings');
      await app.page.getByRole('list', { name: 'Breaks' }).scrollIntoViewIfNeeded();
      await app.page.mouse.move(0, 0);
      await settled(app);
      await app.page.locator('#breaks').screenshot({ path: await app.screenshot(`settings-breaks-${width}-${theme}`) });
      for (const problem of await overflowing(app.page)) problems.push(`settings at ${width}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
