import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJournalFolder, loadJournalFolderSetting, saveJournalFolderSetting } from '../../../../electron/journal-folder/settings';
import { tempRoot } from './helpers';

describe('journal folder setting', () => {
  it('round-trips an absolute folder and defaults to Documents/Episodes', async () => {
    const dir = tempRoot('userdata');
    expect(loadJournalFolderSetting(dir)).toBeUndefined();
    await saveJournalFolderSetting(dir, '/home/ada/Journal');
    expect(loadJournalFolderSetting(dir)).toBe('/home/ada/Journal');
    expect(defaultJournalFolder('/home/ada/Documents')).toBe(join('/home/ada/Documents', 'Episodes'));
  });

  it.each([['not json'], [JSON.stringify({ version: 1, path: 'relative/folder' })], [JSON.stringify({ version: 2, path: '/x' })], [JSON.stringify({ path: '/x' })]])(
    'ignores a damaged setting file: %s',
    (content) => {
      const dir = tempRoot('userdata');
      writeFileSync(join(dir, 'journal-folder.json'), content);
      expect(loadJournalFolderSetting(dir)).toBeUndefined();
    },
  );

  it('refuses to save a relative path', async () => {
    await expect(saveJournalFolderSetting(tempRoot('userdata'), 'relative')).rejects.toThrow();
  });
});
