// The journal folder's attachments/ folder on the main side, over a real temp folder: listed with
// hashes (computed here with node:crypto), written atomically and never over a different file,
// trashed only while they hold the expected bytes, and no page-supplied path leaves the folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalFolderHandlers } from '../../../../electron/ipc/journal-folder';
import { createHandler } from '../../../../electron/ipc/register';
import { AttachmentFiles } from '../../../../electron/journal-folder/attachment-files';
import { JournalFolderController } from '../../../../electron/journal-folder/controller';
import { isWatchedPath, RecentWrites } from '../../../../electron/journal-folder/watch';
import { tempRoot } from './helpers';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const PNG_1x1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
const pngWith = (label: string) => Uint8Array.from([...PNG_1x1, ...Buffer.from(label)]);

function place(root: string, path: string, bytes: Uint8Array | string): string {
  const full = join(root, ...path.split('/'));
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, bytes);
  return full;
}

function setup() {
  const root = tempRoot('journal');
  const recent = new RecentWrites();
  return { root, recent, files: new AttachmentFiles(root, recent, () => new Date(2026, 11, 2, 9, 30, 0)) };
}

describe('attachment files in the journal folder', () => {
  it('writes a file atomically, says so again for the same bytes, and never replaces a different file', async () => {
    const { root, files, recent } = setup();
    const path = `attachments/2026/${sha(PNG_1x1).slice(0, 16)}.png`;
    const first = await files.write(path, PNG_1x1);
    expect(first).toMatchObject({ written: true, path, size: PNG_1x1.length, sha256: sha(PNG_1x1) });
    expect(Buffer.from(readFileSync(join(root, 'attachments', '2026', `${sha(PNG_1x1).slice(0, 16)}.png`))).equals(Buffer.from(PNG_1x1))).toBe(true);
    // The watcher will not report the app's own write as news.
    expect(recent.expected(path)).toBe(sha(PNG_1x1));
    expect(await files.write(path, PNG_1x1)).toMatchObject({ written: true, sha256: sha(PNG_1x1) });
    const other = pngWith('edited in another tool');
    place(root, 'attachments/2026/flow.png', other);
    const refused = await files.write('attachments/2026/flow.png', PNG_1x1);
    expect(refused).toMatchObject({ written: false, current: { path: 'attachments/2026/flow.png', sha256: sha(other) } });
    expect(sha(readFileSync(join(root, 'attachments', '2026', 'flow.png')))).toBe(sha(other));
    expect(readdirSync(join(root, 'attachments', '2026')).filter((name) => name.includes('episodes-tmp'))).toEqual([]);
  });

  it('lists every attachment with its hash, skipping what is not one, and sees an edit by its new mtime', async () => {
    const { root, files } = setup();
    place(root, 'attachments/2026/a.png', pngWith('a'));
    place(root, 'attachments/diagrams/deep/flow.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    place(root, 'attachments/notes.txt', 'not an attachment');
    place(root, 'attachments/.hidden/x.png', pngWith('hidden'));
    place(root, 'attachments/2026/.a.png.123.abcd.episodes-tmp', 'half written');
    const outside = tempRoot('outside');
    place(outside, 'secret.png', pngWith('secret'));
    symlinkSync(join(outside, 'secret.png'), join(root, 'attachments', '2026', 'link.png'));
    const huge = place(root, 'attachments/2026/huge.png', '');
    truncateSync(huge, 26 * 1024 * 1024);
    const listing = await files.list();
    expect(listing.files.map((file) => [file.path, file.sha256])).toEqual([
      ['attachments/2026/a.png', sha(pngWith('a'))],
      ['attachments/diagrams/deep/flow.svg', sha('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ]);
    expect(listing.skipped).toEqual([{ path: 'attachments/2026/huge.png', reason: 'over 25 MB' }]);
    // The hashes are kept for the next start-up.
    expect(existsSync(join(root, '.episodes', 'attachments.json'))).toBe(true);

    const edited = place(root, 'attachments/2026/a.png', pngWith('b'));
    utimesSync(edited, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const again = await new AttachmentFiles(root, new RecentWrites()).list();
    expect(again.files.find((file) => file.path === 'attachments/2026/a.png')?.sha256).toBe(sha(pngWith('b')));
  });

  it('moves a file to .episodes/trash/attachments/ only while it holds the bytes the page expects', async () => {
    const { root, files } = setup();
    const bytes = pngWith('tidy');
    await files.write('attachments/2026/0123456789abcdef.png', bytes);
    expect(await files.trash('attachments/2026/0123456789abcdef.png', sha('something else'))).toEqual({ trashed: false, reason: 'changed' });
    expect(existsSync(join(root, 'attachments', '2026', '0123456789abcdef.png'))).toBe(true);
    const moved = await files.trash('attachments/2026/0123456789abcdef.png', sha(bytes));
    expect(moved).toEqual({ trashed: true, trashedAs: 'attachments/20261202-093000-000-0123456789abcdef.png' });
    expect(existsSync(join(root, 'attachments', '2026', '0123456789abcdef.png'))).toBe(false);
    expect(sha(readFileSync(join(root, '.episodes', 'trash', 'attachments', '20261202-093000-000-0123456789abcdef.png')))).toBe(sha(bytes));
    expect(await files.trash('attachments/2026/0123456789abcdef.png', sha(bytes))).toEqual({ trashed: false, reason: 'missing' });
  });

  it('refuses paths that leave attachments/ or the folder, hidden names and symlinked folders that lead outside', async () => {
    const { root, files } = setup();
    for (const path of ['attachments/../x.png', '../attachments/x.png', '/etc/x.png', 'attachments/.secret/x.png', 'attachments/x.md', '2026/x.png', 'attachments\\x.png']) {
      await expect(files.write(path, PNG_1x1), path).rejects.toThrow(/Refused path/);
    }
    const outside = tempRoot('outside');
    mkdirSync(join(root, 'attachments'), { recursive: true });
    symlinkSync(outside, join(root, 'attachments', 'out'));
    await expect(files.write('attachments/out/x.png', PNG_1x1)).rejects.toThrow('leads outside the journal folder');
    await expect(files.read('attachments/out/x.png')).rejects.toThrow('leads outside the journal folder');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('reports attachments to the watcher, not other files', () => {
    expect(isWatchedPath('attachments/2026/a.png')).toBe(true);
    expect(isWatchedPath('attachments/2026/a.JPEG')).toBe(true);
    expect(isWatchedPath('attachments/notes.txt')).toBe(false);
    expect(isWatchedPath('.episodes/trash/attachments/a.png')).toBe(false);
    expect(isWatchedPath('2026/2026-W49-x.md')).toBe(true);
  });

  it('go through the bridge handlers: a bad path or a file over 25 MB is refused with a message', async () => {
    const documents = tempRoot('documents');
    const controller = new JournalFolderController({ userDataDir: tempRoot('userdata'), documentsDir: documents, send: () => undefined, watch: false });
    const handlers = journalFolderHandlers(controller, { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    const trusted = () => true;
    const from = { senderFrame: { url: 'app://episodes/index.html' } } as never;
    const write = createHandler('writeAttachmentFile', handlers.writeAttachmentFile, trusted);
    expect(await write(from, { path: 'attachments/2026/a.png', data: PNG_1x1 })).toMatchObject({ ok: true, value: { written: true } });
    expect(await write(from, { path: 'secrets/a.png', data: PNG_1x1 })).toEqual({
      ok: false,
      error: { message: 'Invalid path: an attachment path is attachments/…/name.png (png, jpg, gif, webp, svg or pdf)', field: 'path' },
    });
    expect(await write(from, { path: 'attachments/2026/b.png', data: new Uint8Array(25 * 1024 * 1024 + 1) })).toMatchObject({ ok: false, error: { field: 'data' } });
    expect(await write(from, { path: 'attachments/2026/c.png', data: 'not bytes' })).toMatchObject({ ok: false, error: { field: 'data' } });
    const list = createHandler('listAttachmentFiles', handlers.listAttachmentFiles, trusted);
    expect(await list(from, undefined)).toMatchObject({ ok: true, value: { files: [{ path: 'attachments/2026/a.png', sha256: sha(PNG_1x1) }], skipped: [] } });
    const read = createHandler('readAttachmentFile', handlers.readAttachmentFile, trusted);
    expect(await read(from, { path: 'attachments/2026/missing.png' })).toEqual({ ok: false, error: { message: 'That file is not in the journal folder (any more).' } });
  });
});
