// Pure decisions for start-up and on-change reconciliation: which files must be read at all, and,
// once their hashes are known, what happened to each file since the manifest was written.
// A file whose size and mtime match the manifest is trusted as unchanged and never read.

export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}
export type Manifest = Record<string, ManifestEntry>;

export interface ScanEntry {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ReconcilePlan {
  /** Same size and mtime as the manifest: not read. */
  unchanged: string[];
  /** Size or mtime changed but the bytes did not (a `touch`, a sync tool): manifest refreshed, nothing to report. */
  touched: string[];
  changed: Array<{ path: string; previousSha256: string; sha256: string }>;
  added: Array<{ path: string; sha256: string }>;
  deleted: Array<{ path: string; previousSha256: string }>;
  /** A deleted path and a new path with the same bytes: the file was renamed or moved outside the app. */
  renamed: Array<{ from: string; to: string; sha256: string }>;
  /** Needed reading but no hash was supplied (unreadable, too large): the old entry is kept, to retry later. */
  unreadable: string[];
  /** The manifest to persist after this reconciliation. */
  next: Manifest;
}

const sameStat = (entry: ManifestEntry | undefined, file: ScanEntry) =>
  entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;

/** The paths whose bytes must be read and hashed; `force` re-reads everything (mtime not trusted). */
export function filesToRead(previous: Manifest, scan: readonly ScanEntry[], options: { force?: boolean } = {}): string[] {
  return scan.filter((file) => options.force || !sameStat(previous[file.path], file)).map((file) => file.path);
}

export function reconcilePlan(
  previous: Manifest,
  scan: readonly ScanEntry[],
  hashes: Readonly<Record<string, string>>,
): ReconcilePlan {
  const plan: ReconcilePlan = { unchanged: [], touched: [], changed: [], added: [], deleted: [], renamed: [], unreadable: [], next: {} };
  const seen = new Set<string>();
  for (const file of scan) {
    seen.add(file.path);
    const before = Object.hasOwn(previous, file.path) ? previous[file.path] : undefined;
    const sha256 = Object.hasOwn(hashes, file.path) ? hashes[file.path] : undefined;
    if (sha256 === undefined) {
      if (sameStat(before, file)) {
        plan.unchanged.push(file.path);
        plan.next[file.path] = before!;
      } else {
        plan.unreadable.push(file.path);
        if (before) plan.next[file.path] = before;
      }
      continue;
    }
    plan.next[file.path] = { size: file.size, mtimeMs: file.mtimeMs, sha256 };
    if (!before) plan.added.push({ path: file.path, sha256 });
    else if (before.sha256 === sha256) (sameStat(before, file) ? plan.unchanged : plan.touched).push(file.path);
    else plan.changed.push({ path: file.path, previousSha256: before.sha256, sha256 });
  }
  for (const [path, entry] of Object.entries(previous)) {
    if (!seen.has(path)) plan.deleted.push({ path, previousSha256: entry.sha256 });
  }
  pairRenames(plan);
  return plan;
}

/** Pairs each deleted file with one new file holding the same bytes, first come first served. */
function pairRenames(plan: ReconcilePlan): void {
  const addedBySha = new Map<string, Array<{ path: string; sha256: string }>>();
  for (const added of plan.added) {
    const list = addedBySha.get(added.sha256) ?? [];
    list.push(added);
    addedBySha.set(added.sha256, list);
  }
  const stillDeleted: ReconcilePlan['deleted'] = [];
  const paired = new Set<string>();
  for (const gone of plan.deleted) {
    const match = addedBySha.get(gone.previousSha256)?.shift();
    if (match) {
      plan.renamed.push({ from: gone.path, to: match.path, sha256: match.sha256 });
      paired.add(match.path);
    } else stillDeleted.push(gone);
  }
  plan.deleted = stillDeleted;
  plan.added = plan.added.filter((added) => !paired.has(added.path));
}
