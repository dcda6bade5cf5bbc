// Screens that fit from the smallest window up: every main screen at 720, 800, 1280 and 1920 px wide,
// light and dark, with nothing running off the edge or cut, the editor's actions reachable and the
// preview breaking lines between words. A screenshot of each is written to test-results/.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { CertificationsScreen } from './support/certifications-page';
import { firstWordOnOneLine, overflowing } from './support/layout';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SIZES = [
  { width: 720, height: 600 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

interface Screen {
  name: string;
  route: (ids: { episode: string; certification: string }) => string;
  ready: string;
}

const screens: Screen[] = [
  { name: 'dashboard', route: () => '/dashboard', ready: '[aria-label="Writing streak"]' },
  { name: 'journal', route: () => '/journal', ready: '[data-testid="episode-row"]' },
  { name: 'editor', route: ({ episode }) => `/journal/${episode}`, ready: '.cm-content' },
  { name: 'import', route: () => '/journal/import', ready: '[data-testid="import-drop"]' },
  { name: 'certification', route: ({ certification }) => `/certifications/${certification}`, ready: '[data-testid="burn-up"]' },
  { name: 'calculator', route: () => '/calculators/two-proportion-z-test', ready: '.calc-layout' },
  { name: 'practice', route: () => '/practice', ready: 'h1' },
  { name: 'inspirations', route: () => '/inspirations', ready: 'form[aria-label="Add an inspiration"]' },
  { name: 'settings', route: () => '/settings', ready: 'h1' },
];

describe.each(['light', 'dark'] as const)('screens that fit (%s)', (theme) => {
  it('every main screen from 720 px to 1920 px: nothing off the edge or cut, the editor’s actions reachable', async () => {
    app = await openApp({ colorScheme: theme, viewport: SIZES[2]! });
    await app.goto('/certifications');
    const certScreen = new CertificationsScreen(app.page);
    await certScreen.startFromTemplate(/Google Cloud Professional Machine Learning Engineer/);
    const certification = (await app.page.evaluate(() => location.hash)).split('/').pop()!;
    // An exam plan (issue 23): the certification screen shows its card, the dashboard the week's plan.
    const examDate = await app.page.evaluate(() => {
      const t = new Date();
      t.setDate(t.getDate() + 84);
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    });
    await certScreen.editDetails({ 'Exam date': examDate });
    await certScreen.setPlanHours('8');
    await app.goto('/journal');
    await app.page.getByTestId('episode-row').first().click();
    await app.page.locator('.cm-content').waitFor();
    const episode = (await app.page.evaluate(() => location.hash)).split('/').pop()!;

    const problems: string[] = [];
    for (const size of SIZES) {
      await app.page.setViewportSize(size);
      for (const screen of screens) {
        await app.goto(screen.route({ episode, certification }));
        await app.page.locator(screen.ready).first().waitFor();
        // Laid out: fonts in, and two frames drawn after the screen's content appeared (charts measure their box in one).
        await app.page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
        await app.screenshot(`screens-${screen.name}-${size.width}-${theme}`);
        for (const problem of await overflowing(app.page)) problems.push(`${screen.name} at ${size.width}: ${problem}`);
        if (screen.name === 'editor') {
          // Export and Delete reachable: on the toolbar, or in its Actions menu when the window is narrow.
          const wide = app.page.getByRole('button', { name: 'Export' });
          const compact = app.page.getByRole('button', { name: 'Actions' });
          if (!(await wide.isVisible()) && !(await compact.isVisible())) problems.push(`editor at ${size.width}: neither Export nor Actions is visible`);
          if (!(await firstWordOnOneLine(app.page, '.preview-title'))) problems.push(`editor at ${size.width}: the preview breaks a word across lines`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 240_000);
});
