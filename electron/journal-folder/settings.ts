// Which folder holds the journal: userData/journal-folder.json, validated on load. Without a valid
// setting the journal lives in Documents/Episodes, created on first use.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from './atomic-write';

const SETTINGS_FILE = 'journal-folder.json';
const settingsSchema = z.object({
  version: z.literal(1),
  path: z.string().min(1).max(4096).refine((path) => isAbsolute(path) && !path.includes('\0'), 'an absolute folder path'),
});

export function defaultJournalFolder(documentsDir: string): string {
  return join(documentsDir, 'Episodes');
}

/** The folder the user chose, or undefined when none was chosen or the file is damaged. */
export function loadJournalFolderSetting(userDataDir: string): string | undefined {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(join(userDataDir, SETTINGS_FILE), 'utf8')));
    return parsed.success ? parsed.data.path : undefined;
  } catch {
    return undefined;
  }
}

export async function saveJournalFolderSetting(userDataDir: string, path: string): Promise<void> {
  const setting = settingsSchema.parse({ version: 1, path });
  await atomicWrite(join(userDataDir, SETTINGS_FILE), `${JSON.stringify(setting, null, 2)}\n`);
}
