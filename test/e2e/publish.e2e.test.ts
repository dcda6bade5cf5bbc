// Publishing one episode: the pre-publish check lists what needs a look with a jump to each spot,
// and the export is the target's file (dev.to here: a draft with at most four tags).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openApp, resultsDir, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('publish an episode', () => {
  it.each([
    ['light', 1280],
    ['dark', 720],
  ] as const)('checks the post for dev.to, jumps to a problem, and exports a draft with four tags (%s, %i px)', async (colorScheme, width) => {
    app = await openApp({ colorScheme, viewport: { width, height: 860 } });
    const page = app.page;
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await page.getByLabel('Title').fill('Feature stores and a Bayesian A/B test');
    for (const tag of ['machine-learning', 'gcp', 'statistics', 'interview-prep', 'vertex-ai']) {
      await page.locator('#episode-tags').fill(tag);
      await page.keyboard.press('Enter');
    }
    await j.typeInEditor('\n\n## Screenshots\n\n![](attachments/2026/missing-chart.png)\n');
    await j.waitSaved();

    await page.getByRole('button', { name: width < 900 ? 'Actions' : 'Export' }).click();
    await page.getByRole('menuitem', { name: /Publish for a blog or site/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Publish/ });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /dev\.to/ }).check();
    const check = dialog.getByRole('list', { name: 'Pre-publish check' });
    await expect.poll(() => check.getByRole('listitem').count()).toBeGreaterThan(0);
    const items = await check.getByRole('listitem').allInnerTexts();
    expect(items[0]).toContain('dev.to takes at most 4 tags; this episode has 5, so vertexai would be left out.');
    expect(items.join('\n')).toContain('The image attachments/2026/missing-chart.png is not in the journal.');
    expect(items.join('\n')).toContain('An image has no alt text');
    expect(items.join('\n')).toContain('still marked Draft');
    await app.screenshot(`publish-check-${colorScheme}-${width}`);

    // The image's line: the dialog closes and the editor's cursor is on it.
    await check.getByRole('button', { name: /^Show: An image has no alt text/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const cursorLine = () =>
      page.evaluate(() => {
        const node = window.getSelection()?.focusNode;
        return (node instanceof Element ? node : node?.parentElement)?.closest('.cm-line')?.textContent ?? null;
      });
    await expect.poll(cursorLine).toBe('![](attachments/2026/missing-chart.png)');

    // The shortcut opens it again on the journal’s default; choosing dev.to and making it the default sticks.
    await page.keyboard.press('Control+Shift+E');
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /dev\.to/ }).check();
    await dialog.getByRole('button', { name: /Make dev\.to this journal’s default/ }).click();
    await expect.poll(() => dialog.getByText('dev.to is this journal’s default.').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Export anyway/ }).click()]);
    expect(download.suggestedFilename()).toBe('feature-stores-and-a-bayesian-a-b-test-devto.md');
    const text = readFileSync(await download.path(), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ title: 'Feature stores and a Bayesian A/B test', published: false, tags: 'machinelearning, gcp, statistics, interviewprep' });
    expect(text).toContain('![](attachments/2026/missing-chart.png)');
    expect(text).not.toContain('<!-- kind:');

    await page.keyboard.press('Control+Shift+E');
    await expect.poll(() => dialog.getByRole('radio', { name: /dev\.to/ }).isChecked()).toBe(true);
  });

  it('keeps the series and the sites in Settings, and a wrong address says what to write', async () => {
    app = await openApp();
    const page = app.page;
    await app.goto('/settings#publishing');
    const section = page.getByRole('region', { name: 'Publishing' });
    await section.getByLabel('Series name').fill('Learning in public');
    await section.getByLabel('Series name').press('Enter');
    await section.getByLabel('Your site’s address').fill('ana.example');
    await section.getByLabel('Your site’s address').press('Enter');
    await expect.poll(() => section.getByText('Your site’s address starts with https://').count()).toBe(1);
    await section.getByLabel('Your site’s address').fill('https://ana.example');
    await section.getByLabel('Your site’s address').press('Enter');
    await expect.poll(() => section.getByText('Your site’s address starts with https://').count()).toBe(0);
    await section.getByLabel('Default target').selectOption('hashnode');
    await app.screenshot('settings-publishing');
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Publishing' }).getByLabel('Series name').inputValue()).toBe('Learning in public');
    await expect.poll(() => page.getByRole('region', { name: 'Publishing' }).getByLabel('Default target').inputValue()).toBe('hashnode');
  });

  it.each(['light', 'dark'] as const)('exports the static site of the published episodes, which opens from disk with its feed (%s)', async (colorScheme) => {
    app = await openApp({ colorScheme, viewport: { width: 1000, height: 800 } });
    const page = app.page;
    await journal(app).open();
    await page.getByRole('button', { name: 'Publish site…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the site' });
    await expect.poll(() => dialog.getByTestId('site-summary').innerText()).toMatch(/^\d+ published episodes?/);
    await dialog.getByLabel('Site title (the series name)').fill('Learning in public');
    await dialog.getByLabel('Site address').fill('ana.example');
    await expect.poll(() => dialog.getByText('The address starts with https://').count()).toBe(1);
    await dialog.getByLabel('Site address').fill('https://ana.example');
    await app.screenshot(`publish-site-dialog-${colorScheme}`);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export the site (.zip)…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^site-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(await download.path()));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['index.html', 'style.css', 'feed.xml', 'rss.xml', 'sitemap.xml', 'tags/index.html']));
    const pages = names.filter((name) => /^episodes\/[^/]+\/index\.html$/.test(name));
    expect(pages.length).toBeGreaterThan(0);

    const feed = await new Parser().parseString(strFromU8(files['feed.xml']!));
    expect(feed.title).toBe('Learning in public');
    expect(feed.items.length).toBe(pages.length);
    expect(feed.items[0]!.link).toMatch(/^https:\/\/ana\.example\/episodes\/[^/]+\/$/);

    // The folder, opened from disk as a reader would: the index links to the newest episode's page.
    const dir = mkdtempSync(join(tmpdir(), 'episodes-site-'));
    try {
      for (const [name, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      const reader = await app.context.newPage();
      await reader.emulateMedia({ colorScheme });
      await reader.setViewportSize({ width: 900, height: 900 });
      await reader.goto(pathToFileURL(join(dir, 'index.html')).href);
      const first = feed.items[0]!.title!;
      await reader.getByRole('link', { name: new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
      await expect.poll(() => reader.locator('h1').innerText()).toBe(first);
      // The style sheet applied (a file:// page with a broken link would show the browser's default).
      expect(await reader.evaluate(() => getComputedStyle(document.body).maxWidth === 'none' && getComputedStyle(document.querySelector('main')!).maxWidth)).toBe('720px');
      await reader.screenshot({ path: join(resultsDir, `publish-site-page-${colorScheme}.png`) });
      await reader.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
