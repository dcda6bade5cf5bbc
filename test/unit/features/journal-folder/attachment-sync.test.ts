// Pictures and the journal folder, end to end below the page: the real attachments repository
// (fake-indexeddb), the real sync, the real main-process folder code over a temp folder. Hashes
// are computed here with node:crypto; bytes are compared with what the test itself wrote.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttachmentsRepo, type AttachmentChange } from '../../../../src/data/attachments-repo';
import { parseEpisode } from '../../../../src/domain/episode';
import { AttachmentFolderSync } from '../../../../src/features/journal-folder/attachment-sync';
import { episodeText, newMachine, startApp, stopApp, type Machine } from './sync-harness';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const PNG_1x1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
const pngWith = (label: string) => Uint8Array.from([...PNG_1x1, ...Buffer.from(label)]);
const NOV_30_2026 = Date.UTC(2026, 10, 30, 12);

function put(root: string, path: string, bytes: Uint8Array | string) {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  // Another tool's write lands later than anything the app wrote (a new mtime even on a fast disk).
  utimesSync(full, new Date(), new Date(Date.now() + 2000));
}
const bytesAt = (root: string, path: string) => readFileSync(join(root, ...path.split('/')));

async function desktop(machine: Machine) {
  const app = await startApp(machine);
  const attachments = new AttachmentsRepo(app.db, () => NOV_30_2026);
  const said: string[] = [];
  const changes: AttachmentChange[] = [];
  attachments.onChange((change) => changes.push(change));
  const sync = new AttachmentFolderSync(attachments, app.folder, (message) => said.push(message));
  await sync.start();
  return { ...app, attachments, attachmentSync: sync, said, changes };
}

describe('attachments in the journal folder', () => {
  it('writes a pasted picture into attachments/yyyy/, and a second device with the same folder shows it', async () => {
    const machine = newMachine();
    const laptop = await desktop(machine);
    const { path } = await laptop.attachments.add(PNG_1x1, 'Screenshot.png');
    await laptop.repo.create(parseEpisode(episodeText('Episode 5: Pictures', `![The burn-up](../${path})\n`)));
    await laptop.attachmentSync.idle();
    await laptop.sync.idle();
    expect(path).toBe(`attachments/2026/${sha(PNG_1x1).slice(0, 16)}.png`);
    expect(sha(bytesAt(machine.root, path))).toBe(sha(PNG_1x1));
    await stopApp(laptop);

    // The desktop: a new database over the same folder (as a sync tool would have copied it).
    const desk = await desktop({ ...newMachine(), root: machine.root });
    await desk.attachmentSync.idle();
    expect((await desk.repo.list()).map((e) => e.title)).toContain('Episode 5: Pictures');
    const shown = await desk.attachments.read(path);
    expect(shown && sha(shown.bytes)).toBe(sha(PNG_1x1));
  });

  it('takes in a picture edited in another tool at the same path, and tells the preview to redraw', async () => {
    const machine = newMachine();
    const app = await desktop(machine);
    const { path } = await app.attachments.add(pngWith('before'), 'chart.png');
    await app.attachmentSync.idle();
    put(machine.root, path, pngWith('after, cropped in an image editor'));
    expect(await app.attachmentSync.reconcile()).toEqual({ written: 0, imported: 1, trashed: 0 });
    expect(sha((await app.attachments.read(path))!.bytes)).toBe(sha(pngWith('after, cropped in an image editor')));
    expect(app.changes.at(-1)).toEqual({ type: 'replaced', path, hash: sha(pngWith('after, cropped in an image editor')), previousHash: sha(pngWith('before')) });
    // The folder's file was not written over with the old bytes.
    expect(sha(bytesAt(machine.root, path))).toBe(sha(pngWith('after, cropped in an image editor')));
  });

  it('takes in a file another tool put there once an episode names it, or when the preview asks for it', async () => {
    const machine = newMachine();
    const app = await desktop(machine);
    put(machine.root, 'attachments/diagrams/flow.png', pngWith('flow'));
    put(machine.root, 'attachments/later.png', pngWith('later'));
    await app.repo.create(parseEpisode(episodeText('Episode 6: Diagrams', '![The pipeline](../attachments/diagrams/flow.png)\n')));
    await app.sync.idle();
    expect(await app.attachmentSync.reconcile()).toEqual({ written: 0, imported: 1, trashed: 0 });
    expect(sha((await app.attachments.read('attachments/diagrams/flow.png'))!.bytes)).toBe(sha(pngWith('flow')));
    // Not named by any episode yet: left in the folder, not copied into the database.
    expect(await app.attachments.read('attachments/later.png')).toBeUndefined();
    expect(await app.attachmentSync.lookAside('attachments/later.png')).toBe(true);
    expect(sha((await app.attachments.read('attachments/later.png'))!.bytes)).toBe(sha(pngWith('later')));
    expect(await app.attachmentSync.lookAside('attachments/not-there.png')).toBe(false);
  });

  it('says once why a file in the folder is not shown (not a picture; the same bytes under another name)', async () => {
    const machine = newMachine();
    const app = await desktop(machine);
    const { path } = await app.attachments.add(PNG_1x1, 'pixel.png');
    put(machine.root, 'attachments/fake.png', 'this is text, not a PNG');
    put(machine.root, 'attachments/copy.png', PNG_1x1);
    await app.repo.create(parseEpisode(episodeText('Episode 7: Broken', '![a](../attachments/fake.png) ![b](../attachments/copy.png)\n')));
    await app.sync.idle();
    await app.attachmentSync.reconcile();
    await app.attachmentSync.reconcile();
    expect(app.said).toEqual([
      'attachments/copy.png in the journal folder is the same picture as ' + path + '; link that one instead.',
      'attachments/fake.png in the journal folder is not shown: fake.png is not an image Episodes shows (PNG, JPEG, GIF, WebP, SVG) or a PDF.',
    ]);
    expect(await app.attachments.read('attachments/fake.png')).toBeUndefined();
  });

  it('writes back a picture deleted from the folder while an episode shows it', async () => {
    const machine = newMachine();
    const app = await desktop(machine);
    const { path } = await app.attachments.add(pngWith('keep'), 'keep.png');
    await app.attachmentSync.idle();
    rmSync(join(machine.root, ...path.split('/')));
    expect(await app.attachmentSync.reconcile()).toEqual({ written: 1, imported: 0, trashed: 0 });
    expect(sha(bytesAt(machine.root, path))).toBe(sha(pngWith('keep')));
  });

  it('moves the app’s own unused files to the folder’s trash, and leaves files with names a person chose', async () => {
    const machine = newMachine();
    const app = await desktop(machine);
    const ours = await app.attachments.add(pngWith('unused'), 'unused.png');
    put(machine.root, 'attachments/mine.png', pngWith('mine'));
    const episode = await app.repo.create(parseEpisode(episodeText('Episode 8: Gone', '![m](../attachments/mine.png)\n')));
    await app.sync.idle();
    await app.attachmentSync.reconcile();
    await app.repo.save(episode.id, parseEpisode(episodeText('Episode 8: Gone', 'No pictures now.\n')));
    // The history keeps the earlier version that named mine.png: drop it so nothing names either file.
    await app.db.snapshots.clear();
    expect((await app.attachments.removeUnused()).map((file) => file.path).sort()).toEqual(['attachments/mine.png', ours.path].sort());
    await app.attachmentSync.idle();
    expect(existsSync(join(machine.root, ...ours.path.split('/')))).toBe(false);
    const trashed = readdirSync(join(machine.root, '.episodes', 'trash', 'attachments'));
    expect(trashed).toHaveLength(1);
    expect(sha(readFileSync(join(machine.root, '.episodes', 'trash', 'attachments', trashed[0]!)))).toBe(sha(pngWith('unused')));
    expect(existsSync(join(machine.root, 'attachments', 'mine.png'))).toBe(true);
  });
});
