// The editor's History: what the episode said before, what changed since, and putting it back.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('revision history', () => {
  it.each([
    ['light', 1280],
    ['dark', 720],
  ] as const)('shows an earlier version with what changed since, and restores it with a click (%s, %i px)', async (colorScheme, width) => {
    app = await openApp({ colorScheme, viewport: { width, height: 800 } });
    const j = journal(app);
    await j.open();
    await app.page.getByTestId('episode-row').first().click();
    await app.page.locator('.cm-content').waitFor();
    const original = await j.editorText();
    await j.typeInEditor('\n\nA sentence added this afternoon.');
    await j.waitSaved();

    const open = app.page.getByRole('button', { name: /1 earlier version/ });
    await expect.poll(() => open.count()).toBe(1);
    await open.click();
    const dialog = app.page.getByRole('dialog', { name: 'Earlier versions' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('history-diff').locator('ins').allTextContents()).toContainEqual(expect.stringContaining('A sentence added this afternoon.'));
    await app.screenshot(`editor-history-${colorScheme}-${width}`);

    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => j.editorText()).toBe(original);
    // The text it replaced is the newest version now: the restore can be undone the same way.
    await expect.poll(() => app!.page.getByRole('button', { name: /2 earlier versions/ }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('says how much history is kept in Settings, and clears it after a confirmation', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await app.page.getByTestId('episode-row').first().click();
    await j.typeInEditor(' More.');
    await j.waitSaved();
    await app.goto('/settings');
    await expect.poll(() => app!.page.getByTestId('history-size').textContent()).toMatch(/^1 earlier version, 0\.0 MB of at most 64 MB\.$/);
    await app.screenshot('settings-history');
    await app.page.getByRole('button', { name: 'Clear the history…' }).click();
    await app.page.getByRole('button', { name: 'Yes, clear the history' }).click();
    await expect.poll(() => app!.page.getByTestId('history-size').textContent()).toBe('No earlier versions are kept yet.');
  });
});
