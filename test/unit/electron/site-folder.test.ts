// The static site written into a chosen folder, over real temp folders: incremental (only changed
// bytes are written), removes what an earlier export wrote and this one lacks, never writes over or
// removes a file Episodes did not write (or one edited since), and no path leaves the folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFolderHandlers } from '../../../electron/ipc/site-folder';
import { createHandler } from '../../../electron/ipc/register';
import { SiteFolder } from '../../../electron/site-folder';
import { tempRoot } from './journal-folder/helpers';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function setup(existing: Record<string, string> = {}) {
  const folder = tempRoot('site');
  for (const [path, text] of Object.entries(existing)) {
    mkdirSync(join(folder, ...path.split('/').slice(0, -1)), { recursive: true });
    writeFileSync(join(folder, ...path.split('/')), text);
  }
  const userData = tempRoot('userdata');
  const dialog = { showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }) };
  return { folder, site: new SiteFolder(userData, dialog, userData), userData, dialog };
}
const read = (folder: string, path: string) => readFileSync(join(folder, ...path.split('/')), 'utf8');
const mtime = (folder: string, path: string) => statSync(join(folder, ...path.split('/'))).mtimeMs;

const SITE = [
  { path: 'index.html', data: '<h1>Learning in public</h1>' },
  { path: 'episodes/2026-w48.html', data: '<p>Week 48</p>' },
  { path: 'episodes/2026-w49.html', data: '<p>Week 49</p>' },
  { path: 'attachments/2026/0123456789abcdef.png', data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) },
];

describe('the site folder', () => {
  it('writes the site, then writes only what changed, and removes pages the site no longer has', async () => {
    const { folder, site } = setup();
    expect(await site.choose()).toEqual({ chosen: true, folder, otherFiles: 0, wroteBefore: false });
    expect(await site.write(SITE)).toEqual({ written: 4, unchanged: 0, kept: [] });
    expect(await site.finish(SITE.map((f) => f.path))).toEqual({ removed: 0, kept: [] });
    expect(read(folder, 'episodes/2026-w48.html')).toBe('<p>Week 48</p>');
    const manifest = JSON.parse(read(folder, '.episodes-site.json')) as { files: Record<string, string> };
    expect(manifest.files['index.html']).toBe(sha('<h1>Learning in public</h1>'));

    const before = mtime(folder, 'episodes/2026-w48.html');
    expect(await site.choose()).toEqual({ chosen: true, folder, otherFiles: 0, wroteBefore: true });
    // The next export: week 49 edited, week 48 unpublished (its page gone), the rest as it was.
    const next = [SITE[0]!, { path: 'episodes/2026-w49.html', data: '<p>Week 49, edited</p>' }, SITE[3]!];
    expect(await site.write(next)).toEqual({ written: 1, unchanged: 2, kept: [] });
    expect(await site.finish(next.map((f) => f.path))).toEqual({ removed: 1, kept: [] });
    expect(existsSync(join(folder, 'episodes', '2026-w48.html'))).toBe(false);
    expect(read(folder, 'episodes/2026-w49.html')).toBe('<p>Week 49, edited</p>');
    expect(mtime(folder, 'index.html')).toBeLessThanOrEqual(before);
  });

  it('never writes over or removes a file it did not write, or a page edited since', async () => {
    const { folder, site } = setup({ 'CNAME': 'me.example\n', 'index.html': '<h1>My own page</h1>' });
    expect(await site.choose()).toMatchObject({ chosen: true, otherFiles: 2 });
    expect(await site.write(SITE)).toEqual({ written: 3, unchanged: 0, kept: ['index.html'] });
    expect(read(folder, 'index.html')).toBe('<h1>My own page</h1>');
    // The person edits a page the app wrote; the next export neither rewrites nor removes it.
    writeFileSync(join(folder, 'episodes', '2026-w49.html'), '<p>Fixed a typo by hand</p>');
    expect(await site.write([SITE[1]!, { path: 'episodes/2026-w49.html', data: '<p>Week 49 again</p>' }])).toEqual({ written: 0, unchanged: 1, kept: ['episodes/2026-w49.html'] });
    expect(await site.finish([SITE[1]!.path])).toEqual({ removed: 1, kept: ['episodes/2026-w49.html'] });
    expect(read(folder, 'episodes/2026-w49.html')).toBe('<p>Fixed a typo by hand</p>');
    expect(read(folder, 'CNAME')).toBe('me.example\n');
    // The image the app wrote and the site no longer names went; the person's files stayed.
    expect(existsSync(join(folder, 'attachments', '2026', '0123456789abcdef.png'))).toBe(false);
  });

  it('refuses paths that leave the folder, hidden names, and symlinks that lead outside; writes nothing before a folder is chosen', async () => {
    const { folder, site } = setup();
    await expect(site.write(SITE)).rejects.toThrow('Choose the folder for the site first.');
    await site.choose();
    for (const path of ['../escape.html', '/etc/passwd', '.episodes-site.json', 'a/../../b.html', 'pages\\x.html', 'CON.html']) {
      await expect(site.write([{ path, data: 'x' }]), path).rejects.toThrow(/Refused path/);
    }
    const outside = tempRoot('outside');
    symlinkSync(outside, join(folder, 'out'));
    await expect(site.write([{ path: 'out/x.html', data: 'x' }])).rejects.toThrow('leads outside the site folder');
    expect(existsSync(join(outside, 'x.html'))).toBe(false);
  });

  it('goes through the handlers: a batch over the caps is refused with a message, a cancelled dialog chooses nothing', async () => {
    const { userData } = setup();
    const cancelled = new SiteFolder(userData, { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }, userData);
    const handlers = siteFolderHandlers(cancelled);
    const from = { senderFrame: { url: 'app://episodes/index.html' } } as never;
    expect(await createHandler('chooseSiteFolder', handlers.chooseSiteFolder, () => true)(from, undefined)).toEqual({ ok: true, value: { chosen: false } });
    const write = createHandler('writeSiteFiles', handlers.writeSiteFiles, () => true);
    const many = Array.from({ length: 501 }, (_, i) => ({ path: `p${i}.html`, data: 'x' }));
    expect(await write(from, { files: many })).toMatchObject({ ok: false, error: { field: 'files' } });
    expect(await write(from, { files: [{ path: 'a.html', data: 'x' }] })).toEqual({ ok: false, error: { message: 'Choose the folder for the site first.' } });
  });
});

describe('siteBatches', () => {
  it('keeps each batch within the bridge caps, and gives a file larger than the cap a batch of its own', async () => {
    const { siteBatches } = await import('../../../src/features/publish/site-folder-export');
    const files = new Map<string, string | Uint8Array>([
      ['a.html', 'x'.repeat(10)],
      ['b.html', 'x'.repeat(10)],
      ['big.png', new Uint8Array(100)],
      ['c.html', 'x'],
    ]);
    expect(siteBatches(files, 2, 80).map((batch) => batch.map((f) => f.path))).toEqual([['a.html', 'b.html'], ['big.png'], ['c.html']]);
    expect(siteBatches(new Map()).length).toBe(0);
  });
});
