// The site written into a folder the person chose (desktop): in batches main checks and writes
// (only files whose bytes changed), then what an earlier export wrote and this one lacks is removed.
import type { SiteOutput } from '../../domain/publish';
import type { SiteFolderHost } from '../../host';
import { MAX_SITE_BATCH_BYTES, MAX_SITE_BATCH_FILES } from '../../shared/bridge-site';

export interface SiteFolderOutcome {
  written: number;
  unchanged: number;
  removed: number;
  /** Files left as they were: there before and not written by Episodes, or edited since. */
  kept: string[];
}

const sizeOf = (data: string | Uint8Array) => (typeof data === 'string' ? data.length * 3 : data.byteLength);

/** Batches that fit the bridge's caps (a single file over the byte cap goes alone). */
export function siteBatches(files: ReadonlyMap<string, string | Uint8Array>, maxFiles = MAX_SITE_BATCH_FILES, maxBytes = MAX_SITE_BATCH_BYTES / 2): Array<Array<{ path: string; data: string | Uint8Array }>> {
  const batches: Array<Array<{ path: string; data: string | Uint8Array }>> = [];
  let batch: Array<{ path: string; data: string | Uint8Array }> = [];
  let bytes = 0;
  for (const [path, data] of files) {
    const size = sizeOf(data);
    if (batch.length > 0 && (batch.length >= maxFiles || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push({ path, data });
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export async function writeSiteToFolder(folder: SiteFolderHost, site: SiteOutput, onProgress?: (done: number, total: number) => void): Promise<SiteFolderOutcome> {
  const outcome: SiteFolderOutcome = { written: 0, unchanged: 0, removed: 0, kept: [] };
  let done = 0;
  for (const batch of siteBatches(site.files)) {
    const result = await folder.write(batch);
    outcome.written += result.written;
    outcome.unchanged += result.unchanged;
    outcome.kept.push(...result.kept);
    done += batch.length;
    onProgress?.(done, site.files.size);
  }
  const finished = await folder.finish([...site.files.keys()]);
  outcome.removed = finished.removed;
  outcome.kept.push(...finished.kept);
  return outcome;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "Wrote 12 files, 1,988 unchanged, 2 removed." (and what was left alone) */
export function describeSiteFolderOutcome(outcome: SiteFolderOutcome): string {
  const parts = [`Wrote ${plural(outcome.written, 'file')}`, `${outcome.unchanged.toLocaleString('en')} unchanged`];
  if (outcome.removed) parts.push(`${outcome.removed.toLocaleString('en')} removed`);
  const kept = outcome.kept.length ? ` ${plural(outcome.kept.length, 'file')} Episodes did not write (or that changed since) left as ${outcome.kept.length === 1 ? 'it is' : 'they are'}: ${outcome.kept.slice(0, 3).join(', ')}${outcome.kept.length > 3 ? ', …' : ''}.` : '';
  return `${parts.join(', ')}.${kept}`;
}
