import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFiles, readPickedFile, saveFile } from '../../../electron/ipc/dialogs';

const dir = () => mkdtempSync(join(tmpdir(), 'episodes-dialogs-'));

describe('open and save dialogs', () => {
  it('reads the files the user picked, and names the one that is too large', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'week-12.md'), '# Episode 12');
    writeFileSync(join(folder, 'huge.md'), Buffer.alloc(5 * 1024 * 1024 + 1, 97));
    const dialog = {
      showOpenDialog: async () => ({ canceled: false, filePaths: [join(folder, 'week-12.md'), join(folder, 'huge.md')] }),
      showSaveDialog: async () => ({ canceled: true }),
    };
    const files = await openFiles(dialog, { filters: [], multiple: true });
    expect(files[0]).toMatchObject({ name: 'week-12.md', size: 12 });
    expect(new TextDecoder().decode((files[0] as { data: Uint8Array }).data)).toBe('# Episode 12');
    expect(files[1]).toMatchObject({ name: 'huge.md', error: 'huge.md is 5.0 MB; files over 5 MB are not imported.' });
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const dialog = {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    };
    expect(await openFiles(dialog, { filters: [], multiple: false })).toEqual([]);
    expect(await saveFile(dialog, { suggestedName: 'a.md', filters: [], data: 'x' }, '/tmp')).toEqual({ saved: false });
  });

  it('reports a missing file instead of throwing', async () => {
    expect(await readPickedFile('/nonexistent/episode.md')).toMatchObject({ name: 'episode.md', error: expect.stringContaining('ENOENT') });
  });

  it('saves to the chosen path and leaves no temporary file behind', async () => {
    const folder = dir();
    const target = join(folder, 'episode-12.md');
    writeFileSync(target, 'old text');
    const dialog = {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
    };
    const result = await saveFile(dialog, { suggestedName: 'episode-12.md', filters: [], data: 'new text' }, folder);
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('new text');
    expect(readdirSync(folder)).toEqual(['episode-12.md']);
  });
});
