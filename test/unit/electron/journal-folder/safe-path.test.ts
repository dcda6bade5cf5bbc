import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { episodePathProblem, resolveEpisodePath, resolveInternalPath, UnsafePathError, writablePathProblem } from '../../../../electron/journal-folder/safe-path';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { put, tempRoot } from './helpers';

describe('safe paths inside the journal folder', () => {
  it.each([
    ['../x.md', '`.` or `..` segment'],
    ['/etc/passwd', 'absolute path'],
    ['a/../../x.md', '`.` or `..` segment'],
    ['C:\\x.md', 'backslash'],
    ['C:x.md', 'drive letter or colon'],
    ['..\\x.md', 'backslash'],
    ['a\u0000.md', 'NUL byte'],
    ['2026/./x.md', '`.` or `..` segment'],
    ['2026//x.md', 'empty segment'],
    ['.episodes/manifest.md', 'hidden file or folder'],
    ['.hidden.md', 'hidden file or folder'],
    ['2026/notes.txt', 'only .md files'],
    ['2026/x.md:stream', 'drive letter or colon'],
    ['', 'empty path'],
    ['x'.repeat(600) + '.md', 'path too long'],
  ])('refuses %j (%s)', async (path, reason) => {
    expect(episodePathProblem(path)).toBe(reason);
    await expect(resolveEpisodePath(tempRoot(), path)).rejects.toBeInstanceOf(UnsafePathError);
  });

  it.each(['2026/2026-W47-feature-stores.md', 'x.md', 'Notes/Ünïcode week.MD', '2026/2026-W47-slug (conflict 2026-11-26 1015).md'])(
    'accepts %j and resolves it under the root',
    async (path) => {
      const root = tempRoot();
      const resolved = await resolveEpisodePath(root, path);
      expect(resolved).toEqual({ relative: path, absolute: join(root, ...path.split('/')) });
    },
  );

  it('refuses a symlinked folder inside the root that points outside, for existing and new files', async () => {
    const root = tempRoot();
    const outside = tempRoot('outside');
    put(outside, 'secret.md', 'secret');
    symlinkSync(outside, join(root, 'escape'));
    await expect(resolveEpisodePath(root, 'escape/secret.md')).rejects.toThrow(/leads outside/);
    await expect(resolveEpisodePath(root, 'escape/new/deeper.md')).rejects.toThrow(/leads outside/);
  });

  it('refuses a symlinked file that points outside, and a dangling one', async () => {
    const root = tempRoot();
    const outside = tempRoot('outside');
    symlinkSync(put(outside, 'x.md', 'x'), join(root, 'link.md'));
    await expect(resolveEpisodePath(root, 'link.md')).rejects.toThrow(/leads outside/);
    symlinkSync(join(outside, 'missing.md'), join(root, 'dangling.md'));
    await expect(resolveEpisodePath(root, 'dangling.md')).rejects.toThrow(/leads outside/);
  });

  it('accepts a symlink that stays inside, and a root that is itself reached through a symlink', async () => {
    const base = tempRoot();
    mkdirSync(join(base, 'real'));
    put(base, 'real/2026/a.md', 'a');
    symlinkSync(join(base, 'real'), join(base, 'alias'));
    const root = join(base, 'alias');
    symlinkSync(join(root, '2026'), join(root, 'current'));
    await expect(resolveEpisodePath(root, 'current/a.md')).resolves.toMatchObject({ relative: 'current/a.md' });
  });

  it('builds internal paths only from plain names', async () => {
    const root = tempRoot();
    expect(await resolveInternalPath(root, 'backups', 'episodes-backup-2026-11-26.json')).toBe(join(root, '.episodes', 'backups', 'episodes-backup-2026-11-26.json'));
    await expect(resolveInternalPath(root, '..', 'x')).rejects.toBeInstanceOf(UnsafePathError);
    await expect(resolveInternalPath(root, 'a/b')).rejects.toBeInstanceOf(UnsafePathError);
  });

  it.each([
    ['con.md', 'a name Windows reserves'],
    ['2026/NUL.md', 'a name Windows reserves'],
    ['aux/notes.md', 'a name Windows reserves'],
    ['com1.md', 'a name Windows reserves'],
    ['caf\u0065\u0301.md', 'not in Unicode normal form C'],
    [`2026/${'é'.repeat(101)}.md`, 'a name longer than 200 bytes'],
  ])('creates no file named %j (%s), though an existing one may be read', async (path, reason) => {
    expect(episodePathProblem(path)).toBeUndefined();
    expect(writablePathProblem(path)).toBe(reason);
    const root = tempRoot();
    const journal = await JournalFolder.open(root);
    await expect(journal.write(path, 'x')).rejects.toThrow(reason);
  });

  it('accepts the portable names the app writes', () => {
    for (const path of ['2026/2026-W48-console.md', 'undated/con-episode.md', '2026/2026-W47-café.md', `2026/${'é'.repeat(98)}.md`]) {
      expect(writablePathProblem(path)).toBeUndefined();
    }
  });
});
