// The journal-folder bridge handlers, through the same door main uses (createHandler): sender
// check, schema validation, error envelope, against a real temp folder.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalFolderHandlers, journalFolderMethods, registerJournalFolderHandlers } from '../../../../electron/ipc/journal-folder';
import { createHandler } from '../../../../electron/ipc/register';
import { JournalFolderController } from '../../../../electron/journal-folder/controller';
import { sha256 } from '../../../../electron/journal-folder/file-ops';
import { bridgeContract, type BridgeMethod, type JournalFolderChange } from '../../../../src/shared/bridge';
import { put, tempRoot } from './helpers';

const trusted = (url: string) => url.startsWith('file:///app/renderer/');
const fromApp = { senderFrame: { url: 'file:///app/renderer/index.html' } } as never;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as never;

function setup(picked: string[] = []) {
  const userData = tempRoot('userdata');
  const documents = tempRoot('documents');
  const changes: JournalFolderChange[] = [];
  const controller = new JournalFolderController({ userDataDir: userData, documentsDir: documents, send: (c) => changes.push(c), watch: false });
  const dialog = { showOpenDialog: async () => ({ canceled: picked.length === 0, filePaths: picked }) };
  const handlers = journalFolderHandlers(controller, dialog);
  const call = <K extends BridgeMethod & keyof typeof handlers>(method: K, input?: unknown) =>
    createHandler(method, handlers[method] as never, trusted)(fromApp, input);
  return { controller, call, changes, userData, documents, root: join(documents, 'Episodes') };
}

describe('journal folder bridge handlers', () => {
  it('registers one channel per method, each in the bridge contract', () => {
    const channels: string[] = [];
    const { controller } = setup();
    registerJournalFolderHandlers({ handle: (channel) => channels.push(channel) }, controller, { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }, trusted);
    expect(channels).toEqual(journalFolderMethods.map((m) => bridgeContract[m].channel));
  });

  it('refuses a caller that is not the app window, without touching the disk', async () => {
    const { controller, root } = setup();
    const handle = createHandler('writeEpisodeFile', journalFolderHandlers(controller, { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }).writeEpisodeFile, trusted);
    const reply = await handle(fromElsewhere, { path: 'x.md', text: 'x' });
    expect(reply.ok).toBe(false);
    expect(existsSync(join(root, 'x.md'))).toBe(false);
  });

  it('uses Documents/Episodes by default, creating it on first use', async () => {
    const { call, controller, root } = setup();
    await controller.start();
    expect(await call('journalFolderInfo')).toEqual({ ok: true, value: { path: root, isDefault: true } });
    expect(existsSync(join(root, '.episodes', 'trash'))).toBe(true);
  });

  it('writes, reads, scans, moves, trashes and copies through the bridge', async () => {
    const { call, root } = setup();
    const written = await call('writeEpisodeFile', { path: '2026/2026-W47-a.md', text: '# A', expectedSha256: null });
    expect(written).toMatchObject({ ok: true, value: { written: true, sha256: sha256('# A') } });
    expect(await call('readEpisodeFile', { path: '2026/2026-W47-a.md' })).toMatchObject({ ok: true, value: { text: '# A' } });
    put(root, '2026/2026-W48-b.md', '# B');
    const scan = await call('scanJournalFolder', { known: { '2026/2026-W47-a.md': sha256('# A') } });
    expect(scan).toMatchObject({ ok: true, value: { unchanged: 1, added: [{ path: '2026/2026-W48-b.md', text: '# B' }] } });
    expect(await call('moveEpisodeFile', { from: '2026/2026-W48-b.md', to: '2026/2026-W48-c.md' })).toMatchObject({ ok: true, value: { moved: true } });
    expect(await call('trashEpisodeFile', { path: '2026/2026-W48-c.md' })).toMatchObject({ ok: true, value: { trashedAs: expect.stringMatching(/-2026-W48-c\.md$/) } });
    expect(await call('writeConflictCopy', { path: '2026/2026-W47-a.md', text: 'mine' })).toMatchObject({ ok: true, value: { path: expect.stringMatching(/^2026\/2026-W47-a \(conflict \d{4}-\d\d-\d\d \d{4}\)\.md$/) } });
    expect(await call('scanJournalFolder', { known: { '2026/2026-W47-a.md': sha256('# A') } })).toMatchObject({
      ok: true,
      value: { changed: [], added: [], deleted: [], renamed: [], conflictCopies: [expect.stringMatching(/\(conflict /)] },
    });
  });

  it('rejects a scan whose known files are not path -> sha256', async () => {
    const { call } = setup();
    expect(await call('scanJournalFolder', { known: { 'a.md': 'not a hash' } })).toMatchObject({ ok: false, error: { field: 'known.a.md' } });
    expect(await call('scanJournalFolder', { known: { 'notes.txt': sha256('x') } })).toMatchObject({ ok: false });
  });

  it.each(['../x.md', '/etc/passwd.md', 'a/../../x.md', 'C:\\x.md', '..\\x.md', 'a\u0000.md', '.episodes/manifest.md'])(
    'answers a write to %j with an error and writes nothing',
    async (path) => {
      const { call, documents } = setup();
      const reply = await call('writeEpisodeFile', { path, text: 'x' });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(/Refused|Invalid/);
      expect(existsSync(join(documents, 'x.md'))).toBe(false);
    },
  );

  it('refuses to write through a symlink that leads outside', async () => {
    const { call, root, controller } = setup();
    await controller.start();
    const outside = tempRoot('outside');
    symlinkSync(outside, join(root, 'escape'));
    const reply = await call('writeEpisodeFile', { path: 'escape/x.md', text: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/leads outside/) } });
    expect(existsSync(join(outside, 'x.md'))).toBe(false);
  });

  it('rejects a non-.md path and a malformed hash at the schema', async () => {
    const { call } = setup();
    expect(await call('readEpisodeFile', { path: 'x.txt' })).toMatchObject({ ok: false, error: { field: 'path' } });
    expect(await call('writeEpisodeFile', { path: 'x.md', text: '', expectedSha256: 'abc' })).toMatchObject({ ok: false, error: { field: 'expectedSha256' } });
  });

  it('writes, lists and reads backups; refuses a backup name with a path', async () => {
    const { call } = setup();
    const written = await call('writeBackup', { json: '{"episodes":[]}' });
    expect(written).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^episodes-backup-\d{4}-\d\d-\d\d\.json$/), removed: [] } });
    const name = written.ok ? written.value.name : '';
    expect(await call('listBackups')).toMatchObject({ ok: true, value: [{ name }] });
    expect(await call('readBackup', { name })).toEqual({ ok: true, value: { name, json: '{"episodes":[]}' } });
    expect(await call('readBackup', { name: '../manifest.json' })).toMatchObject({ ok: false, error: { field: 'name' } });
  });

  it('switches to the folder picked in the dialog, saves it, and tells the page', async () => {
    const picked = tempRoot('picked');
    put(picked, 'old.md', 'already here');
    const { call, changes, userData, documents } = setup([picked]);
    expect(await call('chooseJournalFolder')).toEqual({ ok: true, value: { changed: true, info: { path: picked, isDefault: false } } });
    expect(JSON.parse(readFileSync(join(userData, 'journal-folder.json'), 'utf8'))).toEqual({ version: 1, path: picked });
    expect(changes).toEqual([{ reason: 'folder-changed', paths: [] }]);
    expect(await call('scanJournalFolder')).toMatchObject({ ok: true, value: { added: [{ path: 'old.md' }] } });
    // A new controller (next start-up) opens the saved folder.
    const next = new JournalFolderController({ userDataDir: userData, documentsDir: documents, send: () => undefined, watch: false });
    expect(next.info()).toEqual({ path: picked, isDefault: false });
  });

  it('keeps the current folder when the dialog is cancelled', async () => {
    const { call } = setup([]);
    expect(await call('chooseJournalFolder')).toEqual({ ok: true, value: { changed: false } });
  });

  it('reports a folder that cannot be opened instead of crashing', async () => {
    const { controller, call, documents } = setup();
    put(documents, 'Episodes', 'a file where the folder should be');
    await controller.start();
    expect(controller.info().problem).toMatch(/could not be opened/);
    expect(await call('scanJournalFolder')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/could not be opened/) } });
  });
});
