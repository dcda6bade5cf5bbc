// The revision history in the journal folder: written as files, moved with the episode, read back
// by a new profile on the same folder.
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import { folderOnlyVersions, parseHistoryFile } from '../../../../src/features/editor/history-versions';
import { createElectronHost } from '../../../../src/host/electron-host';
import { bridgeOver } from '../../../support/desktop-bridge';
import { episodeText, newMachine, startApp, stopApp } from './sync-harness';

describe('the revision history in the journal folder', () => {
  it('keeps each version as a readable file beside the journal, moves it with the episode, and offers it to a new profile', async () => {
    const machine = newMachine();
    const app = await startApp(machine);
    const episode = await app.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'First words.\n')));
    await app.sync.idle();
    // An edit made in another editor comes in: the text it replaces is kept, in the database and the folder.
    const file = join(machine.root, '2026', '2026-W48-episode-1-alpha.md');
    writeFileSync(file, episodeText('Episode 1: Alpha', 'Rewritten in Obsidian.\n'));
    utimesSync(file, new Date(), new Date(Date.now() + 2000));
    await app.sync.requestReconcile();
    // The history tells the folder after its transaction, on the next turn: wait for that, then the queue.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await app.sync.idle();
    const historyDir = join(machine.root, '.episodes', 'history', '2026', '2026-W48-episode-1-alpha');
    const [name] = readdirSync(historyDir);
    expect(name).toMatch(/^\d{8}T\d{9}Z-outside-edit\.md$/);
    expect(parseHistoryFile(readFileSync(join(historyDir, name!), 'utf8'))).toEqual({ title: 'Episode 1: Alpha', body: 'First words.\n' });

    // A new title renames the file; the history folder follows it.
    await app.repo.save(episode.id, parseEpisode(episodeText('Episode 1: Omega', 'Rewritten in Obsidian, retitled.\n')), 'outside-edit');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await app.sync.idle();
    expect(existsSync(historyDir)).toBe(false);
    const moved = join(machine.root, '.episodes', 'history', '2026', '2026-W48-episode-1-omega');
    expect(readdirSync(moved)).toHaveLength(2);
    await stopApp(app);

    // The profile is lost: a new database on the same folder imports the episode again, and its history is still offered.
    const fresh = await startApp({ ...machine, dbName: `${machine.dbName}-new-profile` });
    const [again] = await fresh.repo.list();
    const host = createElectronHost(bridgeOver(fresh.main));
    const versions = await folderOnlyVersions(host, again!.id, [], fresh.db);
    expect(versions.map((v) => v.body)).toEqual(expect.arrayContaining(['First words.\n', 'Rewritten in Obsidian.\n']));
    expect(versions.every((v) => v.id.startsWith('file:'))).toBe(true);
    await stopApp(fresh);
    rmSync(machine.root, { recursive: true, force: true });
  });
});
