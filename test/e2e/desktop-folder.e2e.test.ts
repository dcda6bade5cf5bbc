// The built app as the desktop app (the real main-process handlers behind window.episodes, see
// support/desktop.ts) with its journal folder in a temp folder: files in, files out, links.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { LEGACY_EXPORT_SCRIPT } from '../../electron/legacy-origin';
import { parseBackup } from '../../src/data/backup';
import { openApp, type AppSession } from './support/app';
import type { DesktopSide } from './support/desktop';
import { journal } from './support/journal-page';

let app: (AppSession & { desktop?: DesktopSide }) | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function folders() {
  const base = mkdtempSync(join(tmpdir(), 'episodes-desktop-'));
  return { root: join(base, 'journal'), userData: join(base, 'userdata') };
}

function mdFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, prefix))) {
    if (name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) out.push(...mdFiles(root, rel));
    else if (name.endsWith('.md')) out.push(rel);
  }
  return out.sort();
}

function put(root: string, path: string, text: string) {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const episode = (title: string, week: string, body: string) => `---\ntitle: "${title}"\nweek: ${week}\nstatus: draft\ntags: []\n---\n${body}`;

describe('the desktop journal folder', () => {
  it('writes the journal out, and takes a file dropped into the folder in once, however many rescans are asked for', async () => {
    const dirs = folders();
    app = await openApp({ desktop: dirs });
    const j = journal(app);
    await j.open();
    // The starter episodes are written out as files, in yyyy/yyyy-Www-slug.md.
    await expect.poll(() => mdFiles(dirs.root).length, { timeout: 15_000 }).toBe(3);
    expect(mdFiles(dirs.root).every((path) => /^2026\/2026-W4\d-[a-z0-9-]+\.md$/.test(path))).toBe(true);
    const before = (await j.rowTitles()).length;

    put(dirs.root, '2026/2026-W49-written-in-obsidian.md', episode('Episode 9: Written in Obsidian', '2026-W49', 'Dropped into the folder.\n'));
    // The watcher, main's focus event and the window's own focus, all at once.
    await Promise.all([
      app.desktop!.send({ reason: 'watch', paths: ['2026/2026-W49-written-in-obsidian.md'] }),
      app.desktop!.send({ reason: 'focus', paths: [] }),
      app.page.evaluate(() => window.dispatchEvent(new Event('focus'))),
    ]);
    await expect.poll(() => j.rowTitles(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Written in Obsidian'));
    // One more focus: its rescan answered, the journal still has the file once.
    const scans = app.desktop!.answered('scanJournalFolder');
    await app.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => app!.desktop!.answered('scanJournalFolder')).toBeGreaterThan(scans);
    const titles = await j.rowTitles();
    expect(titles).toHaveLength(before + 1);
    expect(titles.filter((t) => t.includes('Written in Obsidian'))).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });

  it('opens the linked episode, the web page and the footnote from the preview, and refuses other links, without leaving the app', async () => {
    const dirs = folders();
    put(
      dirs.root,
      '2026/2026-W48-links.md',
      episode(
        'Episode 8: Links',
        '2026-W48',
        '## Notes\nNext week: [the next episode](2026-W49-next.md). A course: [on the web](https://www.coursera.org/learn/mlops).\n\nWrite to [me](mailto:me@example.com). A claim.[^1]\n\n[^1]: The source of the claim.\n',
      ),
    );
    put(dirs.root, '2026/2026-W49-next.md', episode('Episode 9: The next one', '2026-W49', 'Here I am.\n'));
    app = await openApp({ desktop: dirs });
    const j = journal(app);
    await j.open();
    await app.page.getByText('Episode 8: Links').click();
    const preview = app.page.getByTestId('preview');
    await preview.getByRole('link', { name: 'on the web' }).waitFor();
    const appUrl = app.page.url().split('#')[0];

    await preview.getByRole('link', { name: 'on the web' }).click();
    await expect.poll(() => app!.desktop!.main.opened).toEqual(['https://www.coursera.org/learn/mlops']);

    await preview.getByRole('link', { name: 'me', exact: true }).click();
    await expect.poll(() => app!.page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/does not open mailto: links/));
    await app.screenshot('desktop-preview-link-refused');

    // The footnote reference and its note point at ids that exist.
    const ref = preview.locator('a[data-footnote-ref]');
    const target = (await ref.getAttribute('href'))!.slice(1);
    expect(await preview.locator(`[id="${target}"]`).count()).toBe(1);
    await ref.click();
    expect(app.page.url().split('#')[0]).toBe(appUrl);

    await preview.getByRole('link', { name: 'the next episode' }).click();
    await expect.poll(() => app!.page.locator('.preview-title').textContent()).toBe('Episode 9: The next one');
    expect(app.page.url().split('#')[0]).toBe(appUrl);
    expect(app.errors).toEqual([]);
  });
});

describe('the old file:// origin’s data', () => {
  it('is read in full by the export script main runs there, and the script creates nothing where there is no database', async () => {
    app = await openApp();
    await journal(app).open();
    const json = (await app.page.evaluate(LEGACY_EXPORT_SCRIPT)) as string;
    const backup = parseBackup(json, 'legacy');
    expect(backup.schemaVersion).toBeGreaterThanOrEqual(5);
    expect(backup.tables.episodes).toHaveLength(3);
    expect(backup.tables.episodeBodies).toHaveLength(3);
    expect(Object.keys(backup.tables)).not.toContain('aggregates');
    expect(Object.keys(backup.tables)).not.toContain('fileLinks');
    await app.close();

    app = await openApp();
    // A page of the same origin that does not run the app: no database there yet.
    await app.page.goto(new URL('favicon.svg', inject('baseUrl')).toString());
    expect(await app.page.evaluate(LEGACY_EXPORT_SCRIPT)).toBeNull();
    expect(await app.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });
});
