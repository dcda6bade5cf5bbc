// The names sync engines give the second version of a file both sides changed, and the file it is
// a version of. Dropbox: "x (Ann's conflicted copy 2026-12-01).md"; Syncthing:
// "x.sync-conflict-20261201-101530-ABCDEF7.md"; iCloud Drive: "x 2.md"; OneDrive: "x-DESKTOP-4F2K.md".
// iCloud's and OneDrive's names are also names a person could choose ("Week 2.md"), so they count
// only when the original file is there too.
export type SyncEngine = 'dropbox' | 'syncthing' | 'icloud' | 'onedrive';

const DROPBOX_RE = /^(.*?) \([^()]*conflicted copy[^()]*(?:\(\d+\))?\)(\.md)$/i;
const SYNCTHING_RE = /^(.*?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.md)$/;
const ICLOUD_RE = /^(.*?) \d{1,3}(\.md)$/i;
// A Windows computer name in capitals (the app's own names are lower-case slugs).
const ONEDRIVE_RE = /^(.*?)-[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(\.md)$/;

/**
 * The original a sync engine's conflict file stands for, or null. `exists` says whether a path is in
 * the folder (needed for the engines whose names a person could also have chosen).
 */
export function syncConflictOriginal(path: string, exists: (path: string) => boolean): { original: string; engine: SyncEngine } | null {
  const slash = path.lastIndexOf('/') + 1;
  const dir = path.slice(0, slash);
  const name = path.slice(slash);
  const sure: Array<[SyncEngine, RegExp]> = [
    ['dropbox', DROPBOX_RE],
    ['syncthing', SYNCTHING_RE],
  ];
  for (const [engine, re] of sure) {
    const match = re.exec(name);
    if (match && match[1]) return { original: `${dir}${match[1]}${match[2]}`, engine };
  }
  const likely: Array<[SyncEngine, RegExp]> = [
    ['icloud', ICLOUD_RE],
    ['onedrive', ONEDRIVE_RE],
  ];
  for (const [engine, re] of likely) {
    const match = re.exec(name);
    const original = match && match[1] ? `${dir}${match[1]}${match[2]}` : null;
    if (original && original !== path && exists(original)) return { original, engine };
  }
  return null;
}
