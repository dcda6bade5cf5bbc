// What a person sees when stored data goes wrong: a damaged episode marked and repairable, a restore
// preview that says which rows cannot be restored, a replace that will not empty a journal by
// accident, and a database that cannot be opened.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A row put straight into IndexedDB, behind the app's back. */
async function putRaw(session: AppSession, store: string, row: unknown) {
  await session.page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('episodes');
        open.onsuccess = () => {
          const tx = open.result.transaction(name as string, 'readwrite');
          tx.objectStore(name as string).put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, row] as const,
  );
}

const backupFile = (tables: Record<string, unknown[]>) => {
  const path = join(tmpdir(), `e2e-backup-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ format: 'episodes-backup', schemaVersion: 6, exportedAt: '2026-12-01T09:00:00.000Z', appVersion: '0.1.0', tables }));
  return path;
};

describe('damaged data', () => {
  it.each(['light', 'dark'] as const)('marks a damaged episode in the journal and repairs it from its editor (%s)', async (colorScheme) => {
    app = await openApp({ colorScheme });
    const j = journal(app);
    await j.open();
    await putRaw(app, 'episodes', { id: 'damaged-1', title: 42, tags: 'notalist', updatedAt: 1, deletedAt: 0, weekOf: '2026-11-30', status: 'draft' });
    await putRaw(app, 'episodeBodies', { id: 'damaged-1', body: 123, frontmatter: {}, sections: [] });
    await app.page.reload();
    await j.open();
    const row = app.page.getByTestId('episode-row').filter({ hasText: 'Damaged' });
    await expect.poll(() => row.count()).toBe(1);
    await app.screenshot(`journal-damaged-row-${colorScheme}`);
    await row.click();
    const banner = app.page.getByTestId('damaged-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/title: the title must be text/);
    await app.screenshot(`editor-damaged-${colorScheme}`);
    await banner.getByRole('button', { name: 'Repair it' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await app.page.getByLabel('Title').inputValue()).toBe('42');
    expect(app.errors).toEqual([]);
  });
});

describe('a restore that cannot hurt', () => {
  it('lists the rows it cannot restore, and does not empty the journal without a typed confirmation and a safety backup', async () => {
    app = await openApp();
    await journal(app).open();
    await app.goto('/settings');
    const garbage = backupFile({
      episodes: [{ id: 'bad', title: 42, tags: 'notalist', listTags: [], sectionKinds: [], headings: [], excerpt: '', wordCount: 0, createdAt: 1, updatedAt: 1, deletedAt: 0, status: 'draft' }],
      episodeBodies: [{ id: 'bad', body: 123, frontmatter: {}, sections: [] }],
    });
    let [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Restore from a file…' }).click()]);
    await chooser.setFiles(garbage);
    const preview = app.page.getByRole('dialog', { name: 'Restore preview' });
    await preview.waitFor();
    const rejected = preview.getByTestId('restore-rejected');
    await rejected.locator('summary').click();
    expect(await rejected.textContent()).toMatch(/2 rows in this backup cannot be restored/);
    expect(await rejected.textContent()).toMatch(/title: the title must be text/);
    await app.screenshot('settings-restore-rejected');
    await preview.getByRole('button', { name: 'Cancel' }).click();

    [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Restore from a file…' }).click()]);
    await chooser.setFiles(backupFile({}));
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Replace everything…' }).click();
    const replace = preview.getByRole('button', { name: 'Yes, replace everything' });
    expect(await replace.isDisabled()).toBe(true);
    await preview.getByLabel('Confirmation').fill('empty my journal');
    await app.screenshot('settings-restore-confirm-empty');
    const [safety] = await Promise.all([app.page.waitForEvent('download'), replace.click()]);
    expect(safety.suggestedFilename()).toMatch(/^episodes-safety-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    const path = join(tmpdir(), `e2e-safety-${Date.now()}.json`);
    await safety.saveAs(path);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { tables: { episodes: unknown[] } }).tables.episodes).toHaveLength(3);
    await expect.poll(() => app!.page.getByText(/What was here before is saved in/).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});

describe('a database that cannot be opened', () => {
  it('shows a recovery screen that saves what can be read, instead of a blank app', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'episodes-e2e-profile-'));
    app = await openApp({ profile });
    await journal(app).open();
    await app.close();
    app = await openApp({ profile });
    // As if a newer version of Episodes had upgraded the database.
    await app.page.goto(new URL('favicon.svg', inject('baseUrl')).toString());
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('episodes', 9990);
          open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
          open.onsuccess = () => (open.result.close(), resolve());
        }),
    );
    // (The SVG page asks for a /favicon.ico that is not there: not the app's error.)
    app.errors.length = 0;
    await app.goto('/dashboard');
    const screen = app.page.getByTestId('recovery-screen');
    await screen.waitFor();
    expect(await screen.textContent()).toMatch(/newer version of Episodes/);
    await app.screenshot('recovery-screen');
    const [download] = await Promise.all([app.page.waitForEvent('download'), screen.getByRole('button', { name: 'Save what can be read…' }).click()]);
    const path = join(tmpdir(), `e2e-recovered-${Date.now()}.json`);
    await download.saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { tables: { episodes: unknown[] } };
    expect(saved.tables.episodes).toHaveLength(3);
    // Nothing wrote to the newer database: its version is what the newer app left.
    // (The search index's own cache database, made while the journal was in use before, is not the journal's.)
    expect(await app.page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name === 'episodes').map((d) => d.version))).toEqual([9990]);
    // The failure is logged, not thrown at the page.
    expect(app.errors.filter((e) => !/could not be opened/.test(e))).toEqual([]);
  });
});
