// Images in episodes, stored once by their bytes: the path is the SHA-256 (computed here with
// node:crypto, not by the code under test), files are refused by what they are, not their names,
// nothing an episode, the Trash or the history names is removed, and backups carry them.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AttachmentsRepo } from '../../../src/data/attachments-repo';
import { exportBackup, parseBackup, restoreBackup, serializeBackup } from '../../../src/data/backup';
import { EpisodesDatabase } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { checkTables } from '../../../src/data/records';
import { parseEpisode } from '../../../src/domain/episode';

const fresh = () => new EpisodesDatabase(`attachments-${Math.random().toString(36).slice(2)}`);
const NOV_2026 = Date.UTC(2026, 10, 30, 12);

// The smallest valid PNG: 1x1 transparent pixel (the PNG signature, IHDR, IDAT, IEND).
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('attachments', () => {
  it('stores a pasted PNG once, under attachments/yyyy/ and the first 16 hex digits of its SHA-256', async () => {
    const repo = new AttachmentsRepo(fresh(), () => NOV_2026);
    const first = await repo.add(png, 'Screenshot 2026-11-30.png');
    expect(first).toEqual({ path: `attachments/2026/${sha(png).slice(0, 16)}.png`, ext: 'png', added: true });
    expect(await repo.add(png, 'copy.png')).toEqual({ ...first, added: false });
    const read = await repo.read(first.path.toUpperCase());
    expect(read?.mime).toBe('image/png');
    expect(Buffer.from(read!.bytes).equals(Buffer.from(png))).toBe(true);
    expect((await repo.list()).length).toBe(1);
  });

  it('refuses a file by what its bytes are, a file too large, and an SVG that would run a script', async () => {
    const repo = new AttachmentsRepo(fresh());
    await expect(repo.add(new TextEncoder().encode('just text'), 'notes.png')).rejects.toThrow('notes.png is not an image Episodes shows (PNG, JPEG, GIF, WebP, SVG) or a PDF.');
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(png.subarray(0, 8));
    await expect(repo.add(big, 'huge.png')).rejects.toThrow('huge.png is 26 MB; an episode takes files up to 25 MB.');
    const svg = (inner: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`);
    await expect(repo.add(svg('<script>alert(1)</script>'), 'chart.svg')).rejects.toThrow('chart.svg is refused: it holds a script');
    await expect(repo.add(svg('<rect onload="x()" width="5" height="5"/>'), 'chart.svg')).rejects.toThrow('event handlers');
    await expect(repo.add(svg('<image href="https://tracker.example/p.gif"/>'), 'chart.svg')).rejects.toThrow('it links to other files');
    await expect(repo.add(svg('<rect style="fill: url(https://tracker.example/p.svg#g)" width="5" height="5"/>'), 'chart.svg')).rejects.toThrow('it loads other files');
    expect((await repo.add(svg('<defs><linearGradient id="g"/></defs><rect width="5" height="5" fill="url(#g)"/>'), 'chart.svg')).ext).toBe('svg');
    expect((await repo.add(new TextEncoder().encode('%PDF-1.7\n%…'), 'notes.pdf')).ext).toBe('pdf');
  });

  it('removes only the files no live episode, Trash episode or earlier version names', async () => {
    const db = fresh();
    const repo = new AttachmentsRepo(db, () => NOV_2026);
    const episodes = new EpisodesRepo(db);
    const files = await Promise.all(
      ['live', 'trash', 'history', 'unused'].map((label) => repo.add(Uint8Array.from([...png.subarray(0, 8), ...new TextEncoder().encode(label)]), `${label}.png`)),
    );
    const [live, trashed, history] = files.map((f) => f.path);
    await episodes.create(parseEpisode(`---\ntitle: Live\n---\n![chart](../${live})\n`));
    const gone = await episodes.create(parseEpisode(`---\ntitle: Deleted\n---\n![chart](../${trashed})\n`));
    await episodes.trash(gone.id);
    const edited = await episodes.create(parseEpisode(`---\ntitle: Edited\n---\n![old](../${history})\n`));
    await episodes.history.keepNow(edited.id, { title: 'Edited', body: `![old](../${history})\n` }, 'editing', NOV_2026);
    await episodes.save(edited.id, parseEpisode('---\ntitle: Edited\n---\nNo picture now.\n'));
    expect((await repo.removeUnused()).length).toBe(1);
    expect([...(await repo.paths())].sort()).toEqual([live, trashed, history].sort());
  });

  it('go into a backup and come back from it byte for byte; a backup’s damaged file is rejected saying why', async () => {
    const db = fresh();
    const { path } = await new AttachmentsRepo(db, () => NOV_2026).add(png, 'pixel.png');
    const file = parseBackup(serializeBackup(await exportBackup(db)));
    const target = fresh();
    await restoreBackup(file, 'merge', target);
    const back = await new AttachmentsRepo(target).read(path);
    expect(Buffer.from(back!.bytes).equals(Buffer.from(png))).toBe(true);

    const row = file.tables.attachments![0] as Record<string, unknown>;
    const { rejected } = checkTables(
      {
        attachments: [
          { ...row, size: '68' },
          { ...row, data: Buffer.from('not a png at all').toString('base64'), size: 16 },
          { ...row, path: 'attachments/2026/../../etc/passwd' },
          { ...row, path: 'attachments/2026/pixel.gif' },
          // A name another tool chose, and an app-made name whose picture was edited elsewhere: both fine.
          { ...row, path: 'attachments/diagrams/pixel.png' },
          { ...row, path: 'attachments/2026/0000000000000000.png' },
        ],
      },
      () => 'hash',
    );
    expect(rejected.map((r) => r.reason)).toEqual([
      'size: Invalid input: expected number, received string',
      'data: the bytes are not a png file',
      'path: the path is not under attachments/',
      'path: the path does not end in .png',
    ]);
  });
});
