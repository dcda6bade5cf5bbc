import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('settings: backups in the browser', () => {
  it('exports a full backup file and restores it after a preview, removing nothing on merge', async () => {
    app = await openApp();
    // A journal with one episode in it (a backup of nothing offers nothing to restore).
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await j.typeInEditor('A week worth keeping');
    await j.waitSaved();
    await app.goto('/settings');
    await expect.poll(() => app!.page.getByText('Unavailable in the browser: a journal folder on disk').count()).toBe(1);

    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export a backup file…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^episodes-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(tmpdir(), `e2e-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const backup = JSON.parse(readFileSync(path, 'utf8')) as { format: string; tables: Record<string, unknown[]> };
    expect(backup.format).toBe('episodes-backup');
    expect(backup.tables.episodes!.length).toBeGreaterThan(0);
    expect(Object.keys(backup.tables)).toEqual(expect.arrayContaining(['episodes', 'certifications', 'studySessions', 'practiceAttempts', 'savedCalculations', 'settings']));

    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Restore from a file…' }).click()]);
    await chooser.setFiles(path);
    const preview = app.page.getByRole('dialog', { name: 'Restore preview' });
    await expect.poll(() => preview.count()).toBe(1);
    await app.screenshot('settings-restore-preview-light');
    await preview.getByRole('button', { name: 'Merge into this app' }).click();
    await expect.poll(() => app!.page.getByText(/Merged .*nothing was removed/).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('refuses a file that is not a backup, saying why', async () => {
    app = await openApp({ colorScheme: 'dark' });
    await app.goto('/settings');
    const path = join(tmpdir(), `not-a-backup-${Date.now()}.json`);
    writeFileSync(path, '{"hello": "world"}');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Restore from a file…' }).click()]);
    await chooser.setFiles(path);
    await expect.poll(() => app!.page.getByRole('alert').textContent()).toMatch(/is not an Episodes backup/);
    await app.screenshot('settings-dark');
    // Preferences are validated field by field.
    const alpha = app.page.getByLabel('Default significance level (alpha)');
    await alpha.fill('0.7');
    await alpha.press('Enter');
    await expect.poll(() => app!.page.getByText('Alpha must be below 0.5.').count()).toBe(1);
    await alpha.fill('0.01');
    await alpha.press('Enter');
    await expect.poll(() => app!.page.getByText('Alpha must be below 0.5.').count()).toBe(0);
    // A calculator opened for the first time starts from the default alpha.
    await app.goto('/calculators/sample-size-proportions');
    await expect.poll(() => app!.page.locator('[name="alpha"]').inputValue()).toBe('0.01');
    expect(app.errors).toEqual([]);
  });
});

describe('settings: erase all data', () => {
  it('saves a backup first, then erases everything only after ERASE is typed', async () => {
    app = await openApp();
    await app.goto('/inspirations');
    const form = app.page.getByRole('form', { name: 'Add an inspiration' });
    await form.getByLabel('Who or what').fill('Kohavi');
    await form.getByLabel('Who or what').press('Enter');
    await expect.poll(() => app!.page.locator('.inspiration-item').count()).toBe(1);

    await app.goto('/settings');
    await app.page.getByRole('button', { name: 'Erase all data…' }).click();
    const erase = app.page.getByRole('button', { name: 'Save a backup and erase everything' });
    expect(await erase.isDisabled()).toBe(true);
    await app.page.getByLabel('Type ERASE to confirm').fill('ERASE');
    const [download] = await Promise.all([app.page.waitForEvent('download'), erase.click()]);
    expect(download.suggestedFilename()).toMatch(/^episodes-backup-/);
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/dashboard');
    await app.goto('/inspirations');
    await expect.poll(() => app!.page.getByText('No inspirations yet').count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
