// The versions the History dialog lists: the database's, and on the desktop the journal folder's
// history files that the database does not hold (kept by a profile that was lost, say).
import type { SnapshotRow } from '../../data/rows';
import { filePathOfEpisode } from '../../data/episode-files';
import type { Host } from '../../host';

export const FOLDER_VERSION_PREFIX = 'file:';

/** A history file's text back into its parts (see journal-folder/folder-history.ts for the format). */
export function parseHistoryFile(text: string): { title: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { title: '', body: text };
  const titleLine = /^title: (.*)$/m.exec(match[1]!)?.[1] ?? '';
  return { title: readTitle(titleLine), body: text.slice(match[0].length) };
}

function readTitle(line: string): string {
  try {
    return line ? String(JSON.parse(line)) : '';
  } catch {
    return line;
  }
}

export async function folderOnlyVersions(host: Host, episodeId: string, known: readonly SnapshotRow[], db?: Parameters<typeof filePathOfEpisode>[1]): Promise<SnapshotRow[]> {
  if (!host.capabilities.journalFolder) return [];
  const path = await filePathOfEpisode(episodeId, db);
  if (!path) return [];
  const inDatabase = new Set(known.map((s) => s.at));
  const files = (await host.journalFolder.listHistoryFiles(path)).filter((f) => !inDatabase.has(f.at));
  const versions: SnapshotRow[] = [];
  for (const file of files) {
    const { title, body } = parseHistoryFile((await host.journalFolder.readHistoryFile(path, file.name)).text);
    versions.push({ id: `${FOLDER_VERSION_PREFIX}${file.name}`, episodeId, at: file.at, title, body, words: body.split(/\s+/).filter(Boolean).length, reason: file.reason });
  }
  return versions;
}
