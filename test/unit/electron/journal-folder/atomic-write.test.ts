import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, cleanStaleTempFiles, isTempFileName, serialized, TEMP_SUFFIX } from '../../../../electron/journal-folder/atomic-write';
import { put, tempRoot } from './helpers';

describe('atomic write', () => {
  it('creates parent folders, replaces the file, and leaves no temp file behind', async () => {
    const root = tempRoot();
    const target = join(root, '2026', 'deep', '2026-W47-x.md');
    await atomicWrite(target, 'first');
    await atomicWrite(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(join(root, '2026', 'deep'))).toEqual(['2026-W47-x.md']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const root = tempRoot();
    const target = put(root, 'x.md', 'old');
    const { chmodSync } = await import('node:fs');
    chmodSync(target, 0o600);
    await atomicWrite(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('applies concurrent writes to one file in the order they were asked for', async () => {
    const root = tempRoot();
    const target = join(root, 'x.md');
    const order: number[] = [];
    const writes = Array.from({ length: 25 }, (_, i) =>
      atomicWrite(target, `version ${i}`.padEnd(50_000 - i * 1000, '.')).then(() => {
        order.push(i);
        expect(readFileSync(target, 'utf8').startsWith(`version ${i}`)).toBe(true);
      }),
    );
    await Promise.all(writes);
    expect(order).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(readFileSync(target, 'utf8').startsWith('version 24')).toBe(true);
  });

  it('keeps the queue going after a failed task', async () => {
    const ran: string[] = [];
    const failing = serialized('k', async () => {
      ran.push('a');
      throw new Error('boom');
    });
    const next = serialized('k', async () => {
      ran.push('b');
      return 2;
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe(2);
    expect(ran).toEqual(['a', 'b']);
  });

  it('fails cleanly when the folder cannot be created, leaving nothing behind', async () => {
    const root = tempRoot();
    put(root, 'file', 'not a folder');
    await expect(atomicWrite(join(root, 'file', 'x.md'), 'x')).rejects.toThrow();
    expect(readdirSync(root)).toEqual(['file']);
  });

  it('cleans stale temp files anywhere under the root, and nothing else', async () => {
    const root = tempRoot();
    put(root, 'keep.md', 'k');
    const stale = put(root, `2026/.x.md.123.abcd${TEMP_SUFFIX}`, 'half');
    const internal = put(root, `.episodes/.manifest.json.9.ff${TEMP_SUFFIX}`, 'half');
    writeFileSync(join(root, 'notes.tmp'), 'user file');
    const removed = await cleanStaleTempFiles(root);
    expect(removed.sort()).toEqual([internal, stale].sort());
    expect(existsSync(join(root, 'keep.md')) && existsSync(join(root, 'notes.tmp'))).toBe(true);
    expect(isTempFileName('x.md')).toBe(false);
  });
});
