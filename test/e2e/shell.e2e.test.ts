import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';

const routes = [
  { path: '/dashboard', heading: 'This week', empty: 'Welcome to Episodes' },
  { path: '/journal', heading: 'Journal', empty: 'These are example episodes — delete them any time.' },
  { path: '/certifications', heading: 'Certifications', empty: 'No certifications tracked yet' },
  { path: '/calculators', heading: 'Calculators', empty: 'Pick a calculator' },
  { path: '/practice', heading: 'Practice', empty: 'Nothing due yet' },
  { path: '/inspirations', heading: 'Inspirations', empty: 'No inspirations yet' },
  { path: '/settings', heading: 'Settings', empty: 'Appearance' },
];

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the app shell in a browser', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows every section with its empty state in the ${colorScheme} theme, without console errors`, async () => {
      app = await openApp({ colorScheme });
      for (const route of routes) {
        await app.goto(route.path);
        await expect.poll(() => app!.page.locator('h1').first().textContent()).toBe(route.heading);
        await expect.poll(() => app!.page.getByText(route.empty, { exact: true }).count()).toBeGreaterThan(0);
        expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        await app.screenshot(`shell${route.path.replace(/\//g, '-')}-${colorScheme}`);
      }
      expect(app.errors).toEqual([]);
    });
  }

  it('opens on the dashboard and moves between sections with the keyboard', async () => {
    app = await openApp();
    await app.goto('/');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/dashboard');
    await app.page.keyboard.press('Control+2');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/journal');
    await app.page.keyboard.press('Control+,');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/settings');
    // Arrow keys move focus along the sidebar; Enter opens the focused section.
    await app.page.getByRole('link', { name: /Certifications/ }).focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/calculators');
    expect(app.errors).toEqual([]);
  });

  it('keeps a manual theme choice over the system theme across reloads', async () => {
    app = await openApp({ colorScheme: 'light' });
    await app.goto('/settings');
    await app.page.getByRole('button', { name: 'Dark' }).click();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.page.getByRole('button', { name: 'System' }).click();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await app.page.getByTestId('app-version').textContent()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(app.errors).toEqual([]);
  });

  it('warms the chart code after the first screen is drawn, without adding anything to the page', async () => {
    app = await openApp();
    await app.goto('/dashboard');
    await expect.poll(() => app!.page.locator('.page[aria-busy="false"], .page:not([aria-busy])').count()).toBeGreaterThan(0);
    // The warm-up marks when it has drawn every chart kind (off the page, in idle time).
    await expect.poll(() => app!.page.evaluate(() => performance.getEntriesByName('episodes:charts-warm').length), { timeout: 10_000 }).toBe(1);
    const warmedAt = await app.page.evaluate(() => performance.getEntriesByName('episodes:charts-warm')[0]!.startTime);
    expect(await app.page.locator('svg.recharts-surface').count()).toBe(0);
    // Navigating on works as before, and the warm-up does not run again.
    await app.page.keyboard.press('Control+2');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/journal');
    expect(await app.page.evaluate(() => performance.getEntriesByName('episodes:charts-warm').map((m) => m.startTime))).toEqual([warmedAt]);
    expect(app.errors).toEqual([]);
  });

  it('shows a readable page for an unknown address, with the sidebar still working', async () => {
    app = await openApp();
    await app.goto('/no-such-screen');
    await expect.poll(() => app!.page.getByText('Nothing here').count()).toBe(1);
    await app.page.getByRole('link', { name: /Journal/ }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/journal');
  });
});
