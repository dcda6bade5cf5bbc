// Pure decisions for a folder scan. The page says which file content it last agreed with at each
// path (`known`, from its file links, which it writes in the same transactions as the episodes);
// the scan reports how the folder differs from that. The manifest is only a cache of hashes: a file
// whose size and mtime match its cache entry is not read again, and a lost cache costs a re-read,
// never a wrong answer.

export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}
/** Path -> what the folder held there when main last hashed or wrote it. */
export type Manifest = Record<string, ManifestEntry>;
/** Path -> sha256 of the content the page last agreed with there. */
export type Known = Readonly<Record<string, string>>;

export interface ScanEntry {
  path: string;
  size: number;
  mtimeMs: number;
}

const sameStat = (entry: ManifestEntry | undefined, file: ScanEntry) =>
  entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * The hash the cache vouches for (same size and mtime), unless `force` says mtimes are not to be
 * trusted. Undefined means the file must be read.
 */
export function cachedHash(cache: Manifest, file: ScanEntry, options: { force?: boolean } = {}): string | undefined {
  const entry = own(cache, file.path);
  return !options.force && sameStat(entry, file) ? entry!.sha256 : undefined;
}

/** The listed files whose bytes must be read: no trusted cached hash, or one that differs from what the page knows (its text is needed). */
export function filesToRead(cache: Manifest, listed: readonly ScanEntry[], known: Known, options: { force?: boolean } = {}): string[] {
  return listed.filter((file) => {
    const cached = cachedHash(cache, file, options);
    return cached === undefined || cached !== own(known, file.path);
  }).map((file) => file.path);
}

export interface FolderDiff {
  unchanged: string[];
  changed: Array<{ path: string; previousSha256: string; sha256: string }>;
  added: Array<{ path: string; sha256: string }>;
  deleted: Array<{ path: string; previousSha256: string }>;
  /** A known path gone and a new path with the same bytes: moved or renamed outside the app. */
  renamed: Array<{ from: string; to: string; sha256: string }>;
  /** Listed but with no hash (unreadable this time): neither changed nor deleted, tried again next scan. */
  unreadable: string[];
}

/**
 * `hashes` holds every listed file's hash that is known (cached or read). `unsure(path)` says a
 * known path lies where the folder could not be listed (an unreadable sub-folder, say): its
 * absence is not a deletion.
 */
export function diffAgainstKnown(
  known: Known,
  listed: readonly ScanEntry[],
  hashes: Readonly<Record<string, string>>,
  unsure: (path: string) => boolean = () => false,
): FolderDiff {
  const diff: FolderDiff = { unchanged: [], changed: [], added: [], deleted: [], renamed: [], unreadable: [] };
  const seen = new Set<string>();
  for (const file of listed) {
    seen.add(file.path);
    const sha256 = own(hashes, file.path);
    const before = own(known, file.path);
    if (sha256 === undefined) diff.unreadable.push(file.path);
    else if (before === undefined) diff.added.push({ path: file.path, sha256 });
    else if (before === sha256) diff.unchanged.push(file.path);
    else diff.changed.push({ path: file.path, previousSha256: before, sha256 });
  }
  for (const [path, previousSha256] of Object.entries(known)) {
    if (!seen.has(path) && !unsure(path)) diff.deleted.push({ path, previousSha256 });
  }
  pairRenames(diff);
  return diff;
}

/** Pairs each deleted file with one new file holding the same bytes, first come first served. */
function pairRenames(diff: FolderDiff): void {
  const addedBySha = new Map<string, Array<{ path: string; sha256: string }>>();
  for (const added of diff.added) {
    const list = addedBySha.get(added.sha256) ?? [];
    list.push(added);
    addedBySha.set(added.sha256, list);
  }
  const stillDeleted: FolderDiff['deleted'] = [];
  const paired = new Set<string>();
  for (const gone of diff.deleted) {
    const match = addedBySha.get(gone.previousSha256)?.shift();
    if (match) {
      diff.renamed.push({ from: gone.path, to: match.path, sha256: match.sha256 });
      paired.add(match.path);
    } else stillDeleted.push(gone);
  }
  diff.deleted = stillDeleted;
  diff.added = diff.added.filter((added) => !paired.has(added.path));
}
