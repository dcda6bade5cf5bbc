// The crash windows between the database and the folder, each closed: the app killed at exactly the
// step that used to leave a stale file, a spurious conflict copy or a second copy of an episode.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../../src/domain/episode';
import { toDraft } from '../../../../src/data/episode-record';
import { KillSwitch } from './kill-switch';
import { episodeText, filesIn, newMachine, readIn, startApp, stopApp, type DesktopApp } from './sync-harness';

/** Runs `work` in an app that dies at the step `before` picks; returns once main has settled. */
async function crashDuring(machine: ReturnType<typeof newMachine>, before: (name: string, trace: readonly string[]) => boolean, work: (app: DesktopApp) => Promise<void>) {
  const kill = new KillSwitch(Infinity, before);
  const app = await startApp(machine, { kill, start: false });
  await app.sync.start().catch(() => undefined);
  await work(app).catch(() => undefined);
  await app.sync.idle();
  expect(kill.dead).toBe(true);
  await kill.settled();
  await stopApp(app);
}

const appText = async (app: DesktopApp, id: string) => serializeEpisode(toDraft((await app.repo.get(id))!));

describe('crash windows between the database and the folder', () => {
  it('writes out at the next start an episode saved just before a crash, so no file stays stale', async () => {
    const machine = newMachine();
    const first = await startApp(machine);
    const episode = await first.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Version one.\n')));
    await first.sync.idle();
    await stopApp(first);
    // The save commits; the crash comes before the file write is even asked for.
    await crashDuring(machine, (name) => name === 'write', async (app) => {
      await app.repo.save(episode.id, parseEpisode(episodeText('Episode 1: Alpha', 'Version two.\n')));
    });
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Version one.');
    const next = await startApp(machine);
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toBe(await appText(next, episode.id));
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Version two.');
    expect(next.notices).toEqual([]);
  });

  it('recognizes its own write whose link a crash kept from being recorded: the next edit makes no conflict copy', async () => {
    const machine = newMachine();
    const first = await startApp(machine);
    const episode = await first.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Version one.\n')));
    await first.sync.idle();
    await stopApp(first);
    // The file write lands; the crash comes before the link records it.
    await crashDuring(machine, (name, trace) => name === 'put' && trace.at(-1) === 'write', async (app) => {
      await app.repo.save(episode.id, parseEpisode(episodeText('Episode 1: Alpha', 'Version two.\n')));
    });
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Version two.');
    const next = await startApp(machine);
    await next.repo.save(episode.id, parseEpisode(episodeText('Episode 1: Alpha', 'Version three.\n')));
    await next.sync.idle();
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-alpha.md']);
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Version three.');
    expect(next.notices.filter((n) => n.kind === 'conflict')).toEqual([]);
  });

  it('does not import a new episode’s own file again when its link and main’s hash cache were both lost', async () => {
    const machine = newMachine();
    await crashDuring(machine, (name, trace) => name === 'put' && trace.at(-1) === 'write', async (app) => {
      await app.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Only once.\n')));
    });
    rmSync(join(machine.root, '.episodes', 'manifest.json'), { force: true });
    const next = await startApp(machine);
    await next.sync.requestReconcile();
    expect((await next.repo.list()).map((e) => e.title)).toEqual(['Episode 1: Alpha']);
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-alpha.md']);
    expect(next.notices).toEqual([]);
  });

  it('does not import a file twice when the crash comes after it was read but before it was stored', async () => {
    const machine = newMachine();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(machine.root, 'inbox'), { recursive: true });
    writeFileSync(join(machine.root, 'inbox', 'from-phone.md'), episodeText('Episode 5: From my phone', 'Synced in.\n'));
    // Main has scanned it (and cached its hash); the page dies while storing the new episode.
    await crashDuring(machine, (name) => name === 'put', async () => undefined);
    const next = await startApp(machine);
    await next.sync.requestReconcile();
    expect((await next.repo.list()).map((e) => e.title)).toEqual(['Episode 5: From my phone']);
  });

  it('finishes a rename a crash interrupted between the move and the write', async () => {
    const machine = newMachine();
    const first = await startApp(machine);
    const episode = await first.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Words.\n')));
    await first.sync.idle();
    await stopApp(first);
    await crashDuring(machine, (name, trace) => name === 'write' && trace.at(-1) === 'move', async (app) => {
      await app.repo.save(episode.id, parseEpisode(episodeText('Episode 1: Omega', 'Words, retitled.\n')));
    });
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-omega.md']);
    const next = await startApp(machine);
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-omega.md']);
    expect(readIn(machine.root, '2026/2026-W48-episode-1-omega.md')).toBe(await appText(next, episode.id));
    expect(await next.repo.list()).toHaveLength(1);
    expect(next.notices).toEqual([]);
  });
});
