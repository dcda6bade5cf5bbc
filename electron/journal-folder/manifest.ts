// .episodes/manifest.json: what the app last knew about each file (size, mtime, sha256). Loaded
// through a schema; a missing or damaged manifest is an empty one (every file is then reported as
// new, and the renderer matches them by content).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { atomicWrite } from './atomic-write';
import type { Manifest } from './reconcile';
import { resolveInternalPath } from './safe-path';

const manifestSchema = z.object({
  version: z.literal(1),
  files: z.record(
    z.string().min(1).max(512),
    z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

export async function loadManifest(root: string): Promise<Manifest> {
  try {
    const raw = await readFile(await resolveInternalPath(root, 'manifest.json'), 'utf8');
    const parsed = manifestSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data.files } : {};
  } catch {
    return {};
  }
}

export async function saveManifest(root: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
  await atomicWrite(await resolveInternalPath(root, 'manifest.json'), `${JSON.stringify({ version: 1, files: sorted })}\n`);
}
