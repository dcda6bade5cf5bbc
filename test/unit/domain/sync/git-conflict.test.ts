// git's merge markers in an episode file, split back into the two versions (the shapes git writes
// with the default and the diff3 conflict styles).
import { describe, expect, it } from 'vitest';
import { splitGitConflict } from '../../../../src/domain/sync';

describe('splitGitConflict', () => {
  it('gives both whole versions of a file with two conflict blocks', () => {
    const text = [
      '---',
      'title: "Episode 12"',
      '---',
      '<<<<<<< HEAD',
      'Written on the laptop.',
      '=======',
      'Written on the desktop.',
      '>>>>>>> origin/main',
      'Shared line.',
      '<<<<<<< HEAD',
      '',
      '=======',
      'A line only the desktop added.',
      '>>>>>>> origin/main',
      '',
    ].join('\n');
    expect(splitGitConflict(text)).toEqual({
      ours: '---\ntitle: "Episode 12"\n---\nWritten on the laptop.\nShared line.\n\n',
      theirs: '---\ntitle: "Episode 12"\n---\nWritten on the desktop.\nShared line.\nA line only the desktop added.\n',
    });
  });

  it('drops the base of the diff3 style and keeps CRLF line ends', () => {
    const text = 'a\r\n<<<<<<< ours\r\nmine\r\n||||||| base\r\nold\r\n=======\r\ntheirs\r\n>>>>>>> theirs\r\nz\r\n';
    expect(splitGitConflict(text)).toEqual({ ours: 'a\r\nmine\r\nz\r\n', theirs: 'a\r\ntheirs\r\nz\r\n' });
  });

  it.each([
    ['no markers', 'Just text.\n'],
    ['an unfinished block', '<<<<<<< HEAD\nmine\n=======\ntheirs\n'],
    ['a markdown rule of equals signs', 'Heading\n=======\n'],
  ])('is null for %s', (_what, text) => {
    expect(splitGitConflict(text)).toBeNull();
  });
});
