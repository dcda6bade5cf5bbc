// Kills a writer process with SIGKILL at random moments: the target must always hold one complete
// version (the old or the new), never a truncated or mixed file. A process crash, not a power cut:
// the fsyncs are what cover the latter, and they cannot be tested from here.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cleanStaleTempFiles, isTempFileName } from '../../../../electron/journal-folder/atomic-write';
import { versionText } from './fixtures/version-text';
import { tempRoot } from './helpers';

const KILLS = 40;
const SIZE = 1024 * 1024;

function runAndKill(script: string, target: string, first: number, delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, target, String(SIZE), String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Odd runs count from spawn (the kill may land in the very first write), even runs from the first completed write.
    if (first % 2000 === 1000) setTimeout(() => child.kill('SIGKILL'), 30 + delayMs * 3);
    else child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited on its own: ${stderr}`))));
  });
}

describe('atomic write under SIGKILL', () => {
  it(`leaves a complete old or new file after each of ${KILLS} kills`, async () => {
    const work = tempRoot('crash');
    const script = join(work, 'child.cjs');
    buildSync({
      entryPoints: [resolve(import.meta.dirname, 'fixtures/atomic-writer-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: script,
      logLevel: 'error',
    });
    const root = join(work, 'journal');
    const target = join(root, 'episode.md');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(root);
    writeFileSync(target, versionText(0, SIZE));
    let killedMidWrite = 0;
    const seen = new Set<number>();
    let previous = 0;
    for (let i = 0; i < KILLS; i += 1) {
      // Each run writes versions from (i + 1) * 1000 upwards, so "old" and "new" are told apart.
      const first = (i + 1) * 1000;
      await runAndKill(script, target, first, Math.floor(Math.random() * 40));
      const text = readFileSync(target, 'utf8');
      const version = Number(/^version (\d+)\n/.exec(text)?.[1]);
      expect(text.length).toBe(SIZE);
      expect(text).toBe(versionText(version, SIZE));
      expect(version === previous || version >= first).toBe(true);
      previous = version;
      seen.add(version);
      if (readdirSync(root).some(isTempFileName)) killedMidWrite += 1;
      await cleanStaleTempFiles(root);
      expect(readdirSync(root)).toEqual(['episode.md']);
    }
    const keptOld = KILLS - seen.size;
    console.info(`[crash test] ${KILLS} kills, ${killedMidWrite} left a temp file behind, ${keptOld} kept the previous run's version`);
    // The kills must have landed inside writes, or the test proves nothing.
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 120_000);
});
