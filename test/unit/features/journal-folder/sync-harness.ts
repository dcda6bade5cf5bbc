// One desktop app for the sync tests: a database (fake-indexeddb) with the real repository and
// links, the real sync, and the real main-process journal folder over a temp folder, joined
// through the same bridge and host adapter the app uses.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EpisodesDatabase } from '../../../../src/data/db';
import { EpisodesRepo } from '../../../../src/data/episodes-repo';
import { FileLinksRepo } from '../../../../src/data/file-links-repo';
import { JournalFolderSync, type SyncNotice } from '../../../../src/features/journal-folder/journal-folder-sync';
import { createElectronHost } from '../../../../src/host/electron-host';
import type { JournalFolderHost } from '../../../../src/host/host';
import { bridgeOver, desktopMain, type DesktopBridge } from '../../../support/desktop-bridge';
import { tempRoot } from '../../electron/journal-folder/helpers';
import { killableFolder, killableLinks, killableRepo, type KillSwitch } from './kill-switch';

let databases = 0;

export interface DesktopApp {
  db: EpisodesDatabase;
  /** The repository as the sync and the test's own edits see it (behind the kill switch, if any). */
  repo: ReturnType<typeof killableRepo>;
  links: FileLinksRepo;
  sync: JournalFolderSync;
  main: DesktopBridge;
  folder: JournalFolderHost;
  notices: SyncNotice[];
}

export interface Machine {
  root: string;
  userData: string;
  dbName: string;
}

export function newMachine(): Machine {
  return { root: tempRoot('journal'), userData: tempRoot('userdata'), dbName: `sync-${process.pid}-${databases++}` };
}

/** Derived-row checks and rebuilds never run here: the sync is what is under test. */
const never = { check: () => undefined, rebuild: () => undefined };

/** Starts the app on `machine` (a second call is the next start-up: same database, same folder). */
export async function startApp(machine: Machine, options: { clock?: () => number; kill?: KillSwitch; start?: boolean } = {}): Promise<DesktopApp> {
  const db = new EpisodesDatabase(machine.dbName);
  const realRepo = new EpisodesRepo(db, options.clock ?? (() => Date.now()), undefined, never);
  const links = new FileLinksRepo(db);
  const main = await desktopMain(machine.root, machine.userData);
  const real = createElectronHost(bridgeOver(main)).journalFolder;
  const kill = options.kill;
  const folder = kill ? killableFolder(real, kill) : real;
  const repo = kill ? killableRepo(realRepo, kill) : realRepo;
  const notices: SyncNotice[] = [];
  const sync = new JournalFolderSync(repo, folder, kill ? killableLinks(links, kill) : links, (notice) => notices.push(notice));
  if (options.start !== false) await sync.start();
  return { db, repo, links, sync, main, folder, notices };
}

export async function stopApp(app: DesktopApp): Promise<void> {
  app.sync.stop();
  await app.sync.idle();
  app.db.close();
}

/** Every visible .md file under the root, relative, sorted. */
export function filesIn(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, prefix ? `${prefix}/${name}` : name);
      else if (name.endsWith('.md')) out.push(prefix ? `${prefix}/${name}` : name);
    }
  };
  walk(root, '');
  return out.sort();
}

export const readIn = (root: string, path: string) => readFileSync(join(root, ...path.split('/')), 'utf8');

export const episodeText = (title: string, body: string, week = '2026-W48') => `---\ntitle: "${title}"\nweek: ${week}\nstatus: draft\ntags: []\n---\n${body}`;
