// A text file git left with merge markers (both branches changed the same lines):
//   <<<<<<< HEAD / (ours) / [||||||| base / (base)] / ======= / (theirs) / >>>>>>> branch
// split back into the two whole versions, so each can be kept as a version of its own.

export interface GitConflictSides {
  ours: string;
  theirs: string;
}

/** The two versions a marked file stands for, or null when it holds no complete conflict block. */
export function splitGitConflict(text: string): GitConflictSides | null {
  const lines = text.split(/(?<=\n)/);
  let ours = '';
  let theirs = '';
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  let blocks = 0;
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    if (state === 'both' && /^<{7}(?: |$)/.test(bare)) state = 'ours';
    else if ((state === 'ours' || state === 'base') && /^={7}$/.test(bare)) state = 'theirs';
    else if (state === 'ours' && /^\|{7}(?: |$)/.test(bare)) state = 'base';
    else if (state === 'theirs' && /^>{7}(?: |$)/.test(bare)) {
      state = 'both';
      blocks += 1;
    } else if (state === 'both') {
      ours += line;
      theirs += line;
    } else if (state === 'ours') ours += line;
    else if (state === 'theirs') theirs += line;
  }
  return blocks > 0 && state === 'both' ? { ours, theirs } : null;
}
