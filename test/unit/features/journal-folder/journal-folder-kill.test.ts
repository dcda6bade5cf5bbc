// The database + folder pair killed at random points. Each run writes a journal (episodes created,
// edited, retitled onto each other's names, trashed and restored in the app; files dropped in and
// edited in another editor), killing the app at random steps (KillSwitch) and starting it again on
// the same database and folder, sometimes with main's hash cache lost too. After a last clean
// start: no duplicate episode or file, no stale file, no conflict copy nobody caused, no lost word.
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../../src/domain/episode';
import { createRng, type Rng } from '../../../../src/domain/practice/generators/rng';
import { toDraft } from '../../../../src/data/episode-record';
import { Killed, KillSwitch } from './kill-switch';
import { episodeText, filesIn, newMachine, readIn, startApp, stopApp, type DesktopApp, type Machine } from './sync-harness';

export const KILL_RUNS = Number(process.env.EPISODES_KILL_RUNS ?? 120);
const FIRST_SEED = Number(process.env.EPISODES_KILL_SEED ?? 1);
const TRACE = Boolean(process.env.EPISODES_KILL_TRACE);
const log: unknown[] = [];
const say = (...items: unknown[]) => TRACE && log.push(items);

interface Model {
  /** Episode id -> what the app last committed (title, body), and whether it is live. */
  app: Map<string, { title: string; body: string; live: boolean }>;
  /** Marker words of files dropped into the folder by another tool. */
  dropped: string[];
  /** Episode id -> body an outside editor wrote into its file (those episodes are not edited in the app after). */
  outside: Map<string, string>;
  titles: string[];
}

const titles = ['Episode 1: Feature stores', 'Episode 2: Vertex pipelines', 'Episode 3: Mock interview', 'Episode 4: Churn model'];

/** One step of the workload; returns when the app (or the folder) holds its result. */
async function step(app: DesktopApp, machine: Machine, model: Model, rng: Rng, n: number): Promise<void> {
  const live = [...model.app].filter(([id, e]) => e.live && !model.outside.has(id)).map(([id]) => id);
  const kind = live.length === 0 ? 'create' : rng.pick(['create', 'edit', 'edit', 'retitle', 'trash', 'restore', 'drop', 'outside-edit', 'settle']);
  say(`step ${n}: ${kind}`);
  if (kind === 'create') {
    const title = rng.pick(titles);
    const body = `Words of step ${n} ${rng.int(0, 1e9)}.\n`;
    const created = await app.repo.create(parseEpisode(episodeText(title, body)));
    model.app.set(created.id, { title, body, live: true });
  } else if (kind === 'edit' || kind === 'retitle') {
    const id = rng.pick(live);
    const before = model.app.get(id)!;
    const title = kind === 'retitle' ? rng.pick(titles) : before.title;
    const body = `${before.body}More words at step ${n} ${rng.int(0, 1e9)}.\n`;
    await app.repo.save(id, parseEpisode(episodeText(title, body)));
    model.app.set(id, { title, body, live: true });
  } else if (kind === 'trash') {
    const id = rng.pick(live);
    await app.repo.trash(id);
    model.app.get(id)!.live = false;
  } else if (kind === 'restore') {
    const trashed = [...model.app].filter(([id, e]) => !e.live && !model.outside.has(id)).map(([id]) => id);
    if (trashed.length === 0) return;
    const id = rng.pick(trashed);
    await app.repo.restore(id);
    model.app.get(id)!.live = true;
  } else if (kind === 'drop') {
    const marker = `dropped-${n}-${rng.int(0, 1e9)}`;
    put(machine.root, `inbox/${marker}.md`, episodeText(`Dropped ${marker}`, `From another tool: ${marker}.\n`));
    model.dropped.push(marker);
    await app.sync.requestReconcile();
  } else if (kind === 'outside-edit') {
    // Only once the app has written the episode out and gone quiet, as when someone edits a synced file.
    await app.sync.idle();
    const id = rng.pick(live);
    // Through the repository the kill switch guards: a dead app edits nothing and sees nothing.
    const episode = await app.repo.get(id);
    const link = await app.links.byEpisode(id);
    if (!episode || !link?.sha256 || link.pending || link.syncedAt < episode.updatedAt) return;
    const body = `${model.app.get(id)!.body}Edited in another editor at step ${n}.\n`;
    put(machine.root, link.path, episodeText(model.app.get(id)!.title, body));
    model.outside.set(id, body);
    await app.sync.requestReconcile();
  } else await app.sync.idle();
}

function put(root: string, path: string, text: string) {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, new Date(), new Date(Date.now() + 2000));
}

/** Runs the workload across kills; returns the kill count. */
async function runWithKills(seed: number, steps: number): Promise<{ machine: Machine; model: Model; kills: number }> {
  const rng = createRng(seed);
  const machine = newMachine();
  const model: Model = { app: new Map(), dropped: [], outside: new Map(), titles };
  let kills = 0;
  let n = 0;
  while (n < steps) {
    const kill = new KillSwitch(rng.int(1, 50));
    let app: DesktopApp | undefined;
    try {
      app = await startApp(machine, { kill, start: false });
      await app.sync.start();
      for (; n < steps; n++) await step(app, machine, model, rng, n);
      await app.sync.idle();
      if (kill.dead) throw new Killed();
    } catch (error) {
      if (!(error instanceof Killed) && !kill.dead) throw error;
      say(`killed at bridge/link/repo step ${kill.steps}: ${kill.trace.join(' ')}`, app?.notices);
      kills++;
      n++; // the step the kill interrupted is not retried
    }
    kill.dead = true;
    await kill.settled();
    if (app) await stopApp(app);
    // Main's hash cache is only a cache: sometimes it is lost with the process.
    if (rng.chance(0.3)) rmSync(join(machine.root, '.episodes', 'manifest.json'), { force: true });
  }
  return { machine, model, kills };
}

async function check(machine: Machine, model: Model) {
  if (TRACE) {
    const { EpisodesDatabase } = await import('../../../../src/data/db');
    const db = new EpisodesDatabase(machine.dbName);
    say('before the last start', { files: filesIn(machine.root).map((f) => [f, readIn(machine.root, f).split('---\n')[2]]), links: await db.fileLinks.toArray(), episodes: (await db.episodes.toArray()).map((e) => [e.id, e.deletedAt, e.updatedAt]) });
    db.close();
  }
  const app = await startApp(machine);
  await app.sync.requestReconcile();
  await app.sync.idle();
  const problems: string[] = [];
  const live = await app.repo.list();
  const files = filesIn(machine.root);
  const conflictCopies = files.filter((f) => f.includes('(conflict '));
  if (conflictCopies.length) problems.push(`conflict copies nobody caused: ${conflictCopies.join(', ')}`);
  const episodeFiles = files.filter((f) => !f.includes('(conflict '));
  if (episodeFiles.length !== live.length) problems.push(`${episodeFiles.length} files for ${live.length} live episodes`);
  for (const meta of live) {
    const episode = (await app.repo.get(meta.id))!;
    const link = await app.links.byEpisode(meta.id);
    if (!link || !existsSync(join(machine.root, ...link.path.split('/')))) {
      problems.push(`${meta.title}: no file`);
      continue;
    }
    const onDisk = readIn(machine.root, link.path);
    // A file another tool wrote keeps its own bytes; the app's files hold exactly what it would write.
    const notTheAppsBytes = model.outside.has(meta.id) || episode.body.startsWith('From another tool:');
    if (!notTheAppsBytes && onDisk !== serializeEpisode(toDraft(episode))) problems.push(`${meta.title}: stale file ${link.path}`);
    if (notTheAppsBytes && parseEpisode(onDisk).body !== episode.body) problems.push(`${meta.title}: file and episode differ`);
  }
  // No lost words: every committed app version, every outside edit, every dropped file is there once.
  for (const [id, want] of model.app) {
    const episode = await app.repo.get(id);
    const body = model.outside.get(id) ?? want.body;
    if (!episode) problems.push(`episode ${want.title} is gone`);
    else if (episode.body !== body) {
      problems.push(`${want.title}: body lost words`);
      say({ want: body, got: episode.body, outside: model.outside.has(id), link: await app.links.byEpisode(id), updatedAt: episode.updatedAt });
    }
    else if (want.live !== (episode.deletedAt === 0) && !model.outside.has(id)) problems.push(`${want.title}: live=${want.live} in the app, not in the database`);
  }
  const bodies = await Promise.all(live.map(async (m) => (await app.repo.get(m.id))!.body));
  for (const marker of model.dropped) {
    const holders = bodies.filter((body) => body.includes(`From another tool: ${marker}.`)).length;
    if (holders !== 1) problems.push(`dropped file ${marker} is in ${holders} episodes`);
  }
  const expectedLive = [...model.app.values()].filter((e) => e.live).length + model.dropped.length;
  if (live.length !== expectedLive) {
    problems.push(`${live.length} live episodes, expected ${expectedLive}`);
    say({ live: live.map((m, i) => [m.id, m.title, bodies[i]]), model: [...model.app], outside: [...model.outside.keys()] });
  }
  await stopApp(app);
  return problems;
}

describe('the database and folder killed at random points', () => {
  it(`keeps one episode per file, fresh files and every word across ${KILL_RUNS} runs`, async () => {
    let kills = 0;
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + KILL_RUNS; seed++) {
      const run = await runWithKills(seed, 14);
      kills += run.kills;
      const problems = await check(run.machine, run.model);
      if (problems.length) failures.push(`seed ${seed}: ${problems.join('; ')}`);
      if (problems.length && TRACE) console.dir(log, { depth: 6 });
      log.length = 0;
      rmSync(run.machine.root, { recursive: true, force: true });
      rmSync(run.machine.userData, { recursive: true, force: true });
    }
    console.info(`[kill test] ${KILL_RUNS} runs, ${kills} kills, ${failures.length} runs with problems`);
    expect(failures).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(KILL_RUNS);
  }, 600_000);
});
