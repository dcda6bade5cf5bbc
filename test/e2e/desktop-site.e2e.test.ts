// The static site written into a folder on the desktop (the real main-process handlers behind
// window.episodes; the folder dialog answers with a temp folder): written once, then rewritten
// incrementally after an edit, with the pages of the site on disk.
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import type { DesktopSide } from './support/desktop';
import { journal } from './support/journal-page';

let app: (AppSession & { desktop?: DesktopSide }) | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the site in a folder (desktop)', () => {
  it.each([
    ['light', 1280],
    ['dark', 720],
  ] as const)('writes the published episodes into the chosen folder, then only what an edit changed (%s, %i px)', async (colorScheme, width) => {
    const base = mkdtempSync(join(tmpdir(), 'episodes-desktop-site-'));
    const siteFolder = join(base, 'site');
    mkdirSync(siteFolder);
    writeFileSync(join(siteFolder, 'CNAME'), 'me.example\n');
    app = await openApp({ colorScheme, viewport: { width, height: 860 }, desktop: { root: join(base, 'journal'), userData: join(base, 'userdata'), siteFolder } });
    const page = app.page;
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await page.getByLabel('Title').fill('Written to a folder');
    await page.getByRole('button', { name: 'Published' }).click();
    await j.typeInEditor('\n\n## Notes\n\nFirst words.\n');
    await j.waitSaved();

    await app.goto('/journal');
    await page.getByRole('button', { name: 'Publish site…' }).click();
    const site = page.getByRole('dialog', { name: 'Publish the site' });
    await expect.poll(() => site.getByTestId('site-summary').count()).toBe(1);
    await site.getByRole('button', { name: 'Write to a folder…' }).click();
    // The folder holds a file Episodes did not write: asked first.
    const ask = page.getByRole('dialog', { name: 'Write the site beside other files?' });
    await expect.poll(() => ask.innerText()).toContain('1 file that Episodes did not write');
    await app.screenshot(`site-folder-confirm-${colorScheme}-${width}`);
    await ask.getByRole('button', { name: 'Write the site here' }).click();
    await expect.poll(() => site.getByTestId('site-written').innerText(), { timeout: 30_000 }).toMatch(/^The site is in .*site\. Wrote \d+ files, 0 unchanged\.$/);
    await app.screenshot(`site-folder-written-${colorScheme}-${width}`);
    const pagePath = join(siteFolder, 'episodes', 'written-to-a-folder', 'index.html');
    expect(readFileSync(pagePath, 'utf8')).toContain('First words.');
    expect(readFileSync(join(siteFolder, 'index.html'), 'utf8')).toContain('Written to a folder');
    expect(readFileSync(join(siteFolder, 'CNAME'), 'utf8')).toBe('me.example\n');
    const styleBefore = statSync(join(siteFolder, 'style.css')).mtimeMs;
    await site.getByRole('button', { name: 'Close' }).click();

    // An edit, and the same folder again: the page is rewritten, the style sheet is not.
    await page.getByText('Written to a folder').first().click();
    await j.typeInEditor('Second words.\n');
    await j.waitSaved();
    await app.goto('/journal');
    await page.getByRole('button', { name: 'Publish site…' }).click();
    await expect.poll(() => site.getByTestId('site-summary').count()).toBe(1);
    // The folder holds this site already: no question this time.
    await site.getByRole('button', { name: 'Write to a folder…' }).click();
    await expect.poll(() => site.getByTestId('site-written').innerText(), { timeout: 30_000 }).toMatch(/Wrote \d+ files?, [1-9]\d* unchanged\./);
    expect(await ask.count()).toBe(0);
    expect(readFileSync(pagePath, 'utf8')).toContain('Second words.');
    expect(statSync(join(siteFolder, 'style.css')).mtimeMs).toBe(styleBefore);
    expect(app.errors).toEqual([]);
  });
});
